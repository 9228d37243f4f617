"""Clause-based fact finding over the UD view of a sentence: the driver of the extractor's rules.

One pass over the tree finds the predicates (verbs, verb chains, copular
predicates) and reads off each one's relation (:mod:`~kg.ie.verbs`),
subject, object and further arguments (:mod:`~kg.ie.arguments`,
:mod:`~kg.ie.spans`), through light and control verbs (:mod:`~kg.ie.light`),
with its speaker and conditions (:mod:`~kg.ie.speech`), one fact per
conjunct (:mod:`~kg.ie.conjunctions`); nouns state facts of their own
(:mod:`~kg.ie.nominal`, :mod:`~kg.ie.roles`, :mod:`~kg.ie.events`,
:mod:`~kg.ie.absolute`). Results are :class:`~kg.ie.drafts.Draft` records
of token indices; :mod:`kg.ie.facts` turns them into :class:`kg.types.Fact`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.ie.absolute import _absolute_clause, _absolute_drafts
from kg.ie.arguments import _fronted, _has_agent, _is_reduced_passive, _object, _obliques, _participle, _subject
from kg.ie.conjunctions import _split
from kg.ie.drafts import (
    CONDITIONAL,
    REPORTED,
    Draft,
    _chain,
    _depth,
    _hands_off,
    _is_predicate,
)
from kg.ie.events import _buyers, _departure_drafts, _event_drafts, _funders, _merger_partners, _own_sites
from kg.ie.lexicon import (
    COPULA_LEMMA,
    ELIDED_CLITICS,
    FOUNDED_LEMMA,
    FOUNDED_WORD,
    FOUNDER_WORDS,
    OBJECT_DEPS,
    REPORTING_VERBS,
)
from kg.ie.light import _frame_holders, _light_frame
from kg.ie.nominal import _copula_drafts, _measured, _noun_drafts
from kg.ie.roles import _appos_drafts, _apposed_counts, _role_of_change
from kg.ie.speech import _attribution, _is_complement, _under_condition
from kg.ie.tree import NOMINAL_POS, Node, Tree
from kg.ie.verbs import _verb_group


def find_drafts(tree: Tree) -> list[Draft]:
    """Find the facts of one sentence.

    Args:
        tree: The sentence's UD view.

    Returns:
        Drafts in the order of their predicate tokens.
    """
    drafts: list[Draft] = []
    nodes = tree.nodes
    for node in nodes:
        if _is_predicate(tree, node) and not _hands_off(tree, node):
            drafts.extend(_clause_drafts(tree, node))
        if node.head != node.i and (
            node.dep == "appos"
            or (node.dep == "dep" and node.pos == "NOUN" and nodes[node.head].pos in ("VERB", "AUX"))
        ):
            # A noun the parser left as a bare dependent of a verb may be an
            # apposition of the verb's subject (:func:`_appos_drafts` checks).
            drafts.extend(_appos_drafts(tree, node))
        if node.pos in NOMINAL_POS and node.kids:
            drafts.extend(_noun_drafts(tree, node))
            for event in _event_drafts(tree, node):
                drafts.append(event)
                # "la nomination de X comme directrice générale": X holds the post.
                role = _role_of_change(tree, event)
                if role is not None:
                    drafts.append(role)
            drafts.extend(_departure_drafts(tree, node))
    drafts.extend([founding for d in drafts if (founding := _founding(tree, d)) is not None])
    drafts.sort(key=lambda d: d.pred)
    return drafts


def _founding(tree: Tree, draft: Draft) -> Draft | None:
    """ "X, cofondateur de Y", "Y co-founder X": X also founded Y."""
    if draft.kind not in ("role", "title", "copula") or draft.object is None or draft.negated:
        return None
    if FOUNDER_WORDS.isdisjoint(draft.lemma.lower().split()):
        return None
    return replace(
        draft,
        kind="founder",
        relation=FOUNDED_WORD.get(tree.lang, "founded"),
        lemma=FOUNDED_LEMMA.get(tree.lang, "found"),
        args=[],
    )


# --- predicates -----------------------------------------------------------


def _clause_drafts(tree: Tree, pred: Node) -> Iterator[Draft]:
    """Drafts of the clause headed by ``pred`` (verb or copular predicate)."""
    nodes = tree.nodes
    chain = _chain(tree, pred)
    top = chain[0]
    copula = next((nodes[k] for k in pred.kids if nodes[k].dep == "cop"), None)
    if pred.i in _frame_holders(tree):
        # "reached a deal to buy X": the fact is the buying (see below).
        return
    absolute = _absolute_clause(tree, pred)
    if absolute is not None:
        yield from _absolute_drafts(tree, pred, absolute)
        return
    subject, inherited = _subject(tree, chain)
    if subject is None or (subject.left == subject.right and nodes[subject.head].lower in ELIDED_CLITICS):
        return
    attribution, anonymous = _attribution(tree, top)
    group = _verb_group(tree, chain, copula, subject, attribution)
    if anonymous:
        group.note(REPORTED)
    frame = _light_frame(tree, top)
    if frame is not None and frame.adjunct:
        group.note(frame.modality)
    elif frame is not None:
        # "fait part de son intention d’investir", "has reached a deal to
        # buy": the whole phrase relates, qualified by the light verb's words.
        holder = frame.holder
        holder_cop = next((nodes[k] for k in holder.kids if nodes[k].dep == "cop"), None)
        outer = _verb_group(tree, _chain(tree, holder), holder_cop, subject, None)
        first = min([holder.i, *outer.tokens])
        group.tokens = list(range(first, top.i)) + outer.tokens + group.tokens
        group.negated = group.negated or outer.negated
        group.attribution = group.attribution or outer.attribution
        group.conditional_mood = group.conditional_mood or outer.conditional_mood
        group.note(outer.modality)
        group.note(frame.modality)
    if _under_condition(tree, chain):
        # "If the deal fails, Northwind will pay": neither clause is asserted.
        group.modality = CONDITIONAL
    elif group.conditional_mood:
        # The French conditional of a claim ("Northwind serait en
        # discussions"); in a complement it is the future of the past.
        group.note(CONDITIONAL if _is_complement(tree, top) else REPORTED)
    group.tokens = sorted(set(group.tokens))
    if copula is not None:
        yield from _copula_drafts(tree, pred, copula, subject, group, inherited)
        return
    if (
        pred.lemma in REPORTING_VERBS
        and tree.kid(pred.i, OBJECT_DEPS) is None
        and (tree.kid(pred.i, ("ccomp",)) is not None or (pred.dep == "parataxis" and pred.head < pred.i))
    ):
        # The reported clause is the fact; the saying is its attribution.
        return
    if _is_reduced_passive(tree, pred):
        # "la demande liée à la pandémie", "an album released in 2000": like
        # a role noun, the bare participle gets its copula in the lemma. With
        # an agent it is a verb's passive ("founded by", "levés par"), and the
        # verb's own lemma says what the agent did.
        verb = pred.lemma if _has_agent(tree, pred) else _participle(tree, pred)
        group.lemma.extend([COPULA_LEMMA.get(tree.lang, "be"), verb])
    else:
        group.lemma.append(pred.lemma)
    group.lemma.extend(group.particles)
    args = _obliques(tree, chain, exclude={subject.head})
    if inherited and top.dep == "conj":
        key = ("fronted", top.head)
        if key not in tree.memo:
            tree.memo[key] = _fronted(tree, nodes[top.head])
        args = list(tree.memo[key]) + args
    relation, obj = _object(tree, chain, inherited, group, args)
    if obj is not None:
        args = args + _apposed_counts(tree, nodes[obj.head])
    draft = Draft(
        "verb",
        pred.i,
        subject,
        relation,
        " ".join(group.lemma),
        obj,
        args,
        group.negated,
        group.modality,
        group.attribution,
        inherited,
        _depth(tree, top),
    )
    yield from _own_sites(tree, draft)
    measured = _measured(tree, draft)
    if measured is not None:
        yield measured
    conjuncts = list(_split(tree, draft))
    yield from _merger_partners(tree, draft, conjuncts)
    for each in conjuncts:
        yield from _funders(tree, each)
        yield from _buyers(tree, each)
        role = _role_of_change(tree, each)
        if role is not None and role.object and role.subject.head == each.subject.head:
            # "stepped down as CEO of Disney": Disney is what was left; "served as
            # President of the Dallas Fed": the bank is where the post was held.
            each = replace(each, args=[*each.args, role.object])
        yield each
        if role is not None:
            yield role


# --- subjects and attribution ---------------------------------------------


# --- arguments ------------------------------------------------------------


# --- appositions ----------------------------------------------------------


# --- noun phrases ---------------------------------------------------------


# --- conjunction splitting ------------------------------------------------
