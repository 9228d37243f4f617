"""Clause-based fact finding over the UD view of a sentence.

One pass over the tree finds the predicates (verbs, verb chains, copular
predicates) and reads off each one's subject, relation phrase, object and
further arguments; a second pass reads appositions ("X, CEO of Y"). Results
are :class:`Draft` records of token indices; :mod:`kg.ie.facts` turns them
into :class:`kg.types.Fact`.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import islice, product

from kg.ie.lexicon import (
    ABSOLUTE_PREPOSITIONS,
    ABSOLUTE_VERBS,
    AGENT_PREPOSITIONS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    AMOUNT_VERBS,
    ANNOUNCING_VERBS,
    ANONYMOUS_SOURCES,
    APPOINTING_VERBS,
    AS_PREPOSITIONS,
    ATTRIBUTION_PREPOSITIONS,
    AUX_DEPS,
    BECOMING_VERBS,
    CLITIC_DEPS,
    CONCESSIVE_ADVERBS,
    CONDITION_MARKS,
    DEPARTURE_NOUNS,
    EVENT_NOUNS,
    EVENT_VERBS,
    EXPLETIVES,
    FOUNDER_WORDS,
    FUNDER_PREPOSITIONS,
    FUNDING_NOUNS,
    HOLDING_VERBS,
    IMMINENCE_NOUNS,
    INCLUDING_WORDS,
    INTENTION_NOUNS,
    LEAVING_LEMMA,
    LEAVING_VERBS,
    LIGHT_VERBS,
    MEASURE_NOUNS,
    MEASURE_PARTS,
    MODAL_CONDITIONALS,
    MODALS,
    NEGATIONS,
    OBJECT_DEPS,
    OBLIQUE_DEPS,
    OF_PREPOSITIONS,
    ORGANIZATION_NOUNS,
    PARTICLE_DEPS,
    PERCENT_WORDS,
    PERSON_LABELS,
    PHRASAL_PARTICLES,
    PLACE_LABELS,
    POSSESSIVES,
    RAISING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTED_ADVERBS,
    REPORTED_PASSIVES,
    REPORTING_VERBS,
    ROLE_PREPOSITIONS,
    ROLE_WORDS,
    SITE_NOUNS,
    SITE_PREPOSITIONS,
    SITE_VERBS,
    STAKE_NOUNS,
    STAKE_PREPOSITIONS,
    SUBJECT_DEPS,
    TALKS_NOUNS,
    TIME_LABELS,
    TRIM_DEPS,
)
from kg.ie.tree import COPULA_LEMMAS, NOMINAL_POS, Node, Tree
from kg.lang import words
from kg.text import fold

#: Most facts one clause may yield once its conjunctions are split.
MAX_FACTS_PER_CLAUSE = 256

#: Most conjuncts read per argument.
MAX_CONJUNCTS = 256

#: How far (in heads) subject inheritance may climb.
MAX_CLIMB = 8

#: Labels under which a verb heads a clause of its own.
PREDICATE_DEPS = frozenset({
    "root", "conj", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis",
    "csubj", "csubj:pass", "dep", "advcl:cleft",
})

#: Labels a token never heads a clause under.
NON_PREDICATE_DEPS = frozenset({
    "aux", "aux:pass", "aux:tense", "aux:caus", "cop", "amod", "compound", "case", "mark",
    "det", "fixed", "flat", "flat:name", "flat:foreign", "punct", "nummod", "compound:prt",
})

#: Copula lemmas written out per language when a fact has no verb of its own.
COPULA_WORD = {"fr": "est", "en": "is"}
COPULA_LEMMA = {"fr": "être", "en": "be"}

#: The copula of a post held before ("was CEO of"), per language.
PAST_COPULA_WORD = {"fr": "était", "en": "was"}

#: "Founded" written out per language, for founding read off a founder noun.
FOUNDED_WORD = {"fr": "a fondé", "en": "founded"}
FOUNDED_LEMMA = {"fr": "fonder", "en": "found"}

#: "Invested in" written out per language, for an investor read off a round.
INVESTED_WORD = {"fr": "a investi dans", "en": "invested in"}
INVESTED_LEMMA = {"fr": "investir dans", "en": "invest in"}
INVESTED_PREPOSITION = {"fr": "dans", "en": "in"}

#: "Operates in" written out per language, for a place of the subject's own site.
OPERATES_WORD = {"fr": "opère à", "en": "operates in"}
OPERATES_LEMMA = {"fr": "opérer à", "en": "operate in"}

#: The preposition of "CEO of" written out per language.
OF_WORD = {"fr": "de", "en": "of"}

#: "Have" written out per language, for possession read off a noun phrase.
HAVE_WORD = {"fr": "a", "en": "has"}
HAVE_LEMMA = {"fr": "avoir", "en": "have"}

#: Forms of address that are not titles worth a fact.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "st.", "m.", "mme"})

#: The preposition of "X is in Y" for places in apposition.
LOCATIVE_WORD = {"fr": "en", "en": "in"}

#: Prepositions that place a noun ("the depot at Kettering").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "on", "à", "en", "au", "aux", "dans"})

#: Entity labels of numbers, amounts and dates, which take no appositions.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})

#: Personal pronouns resolved to the main clause's subject.
RESOLVABLE_PRONOUNS = frozenset({"he", "she", "it", "they", "il", "elle", "ils", "elles"})

#: Elided clitics the French parser sometimes takes for a subject ("l’expliquait").
ELIDED_CLITICS = frozenset({"l’", "l'", "s’", "s'", "m’", "m'", "t’", "t'"})

#: Parts of speech an argument may take in from the tagger's entity.
ENTITY_POS = frozenset({"PROPN", "NOUN", "NUM", "ADJ", "DET", "ADP", "SYM", "PART", "X"})

#: Entity labels of what a role is held at.
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})

#: Entity labels of countries, places and nationalities, which hold no staff.
_PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "NORP"})

#: Labels of the place in "Helsinki-based".
_BASED_PLACE_DEPS = frozenset({"obl:npmod", "npadvmod", "compound", "nmod", "obl"})

#: Labels that join a name to the common noun before it ("le fabricant [Michelin]").
_NAME_DEPS = frozenset({"flat:name", "flat", "appos"})

#: Spans longer than this are not checked for balanced brackets.
MAX_BALANCED_SPAN = 200
_OPENING = frozenset({"(", "[", "-LRB-", "-LSB-"})
_CLOSING = frozenset({")", "]", "-RRB-", "-RSB-"})

#: Modifiers before a predicate noun that belong to its phrase.
_PREDICATE_MODIFIERS = frozenset({
    "det", "amod", "nummod", "compound", "nmod:poss", "advmod", "flat", "flat:name", "det:predet",
})

#: Children of a predicate noun that are never part of it as an argument.
_CLAUSE_PARTS = SUBJECT_DEPS | {"cop", "aux", "aux:pass", "aux:tense", "expl", "expl:subj"}

#: Children of a predicate noun that belong to its clause, not its phrase.
_CLAUSE_LEVEL = frozenset({"advcl", "ccomp", "xcomp", "acl:relcl", "mark", "cop", "aux"})

#: Modality of a fact someone else claims ("serait", "reportedly", "according
#: to sources"); it wins over the others but a condition.
REPORTED = "reported"

#: Modality of a fact that holds under a condition, and of the condition.
CONDITIONAL = "conditional"

#: Labels under which a clause is the complement of another ("a dit qu'il
#: viendrait"): a conditional there is the future of the past, not a claim.
_COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "csubj:pass"})

#: Labels of an infinitive completing a light noun or verb ("a deal [to buy]").
_FRAME_DEPS = frozenset({"acl", "acl:relcl", "xcomp", "advcl"})


@dataclass
class Slot:
    """An argument as a token range of the tree.

    Attributes:
        head: Index of the head token.
        left: First token of the argument text.
        right: Last token of the argument text.
        role: ``subject``, ``object``, ``agent``, a preposition, ``time``...
        resolved: Antecedent text when the head is a relative pronoun.
    """

    head: int
    left: int
    right: int
    role: str
    resolved: str = ""


@dataclass
class Draft:
    """A fact found in a tree, before it is turned into a :class:`Fact`.

    Attributes:
        kind: Which rule found it: ``verb``, ``copula``, ``appos``, ``role``.
        pred: Index of the predicate token.
        subject: The subject.
        relation: Relation phrase.
        lemma: Normalized relation.
        object: The object, if any.
        args: Further arguments, in sentence order.
        negated: The clause is negated.
        modality: Modality, if any.
        attribution: Who reports it, if anyone.
        inherited: The subject came from another clause.
        depth: How deep the predicate sits under the root.
        split: One of several facts a conjunction was split into.
    """

    kind: str
    pred: int
    subject: Slot
    relation: str
    lemma: str
    object: Slot | None = None
    args: list[Slot] = field(default_factory=list)
    negated: bool = False
    modality: str | None = None
    attribution: str | None = None
    inherited: bool = False
    depth: int = 0
    split: bool = False


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
        if node.head != node.i and (node.dep == "appos" or (
                node.dep == "dep" and node.pos == "NOUN" and nodes[node.head].pos in ("VERB", "AUX"))):
            # A noun the parser left as a bare dependent of a verb may be an
            # apposition of the verb's subject (:func:`_appos_drafts` checks).
            drafts.extend(_appos_drafts(tree, node))
        if node.pos in NOMINAL_POS and node.kids:
            drafts.extend(_noun_drafts(tree, node))
            drafts.extend(_event_drafts(tree, node))
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
    return replace(draft, kind="founder", relation=FOUNDED_WORD.get(tree.lang, "founded"),
                   lemma=FOUNDED_LEMMA.get(tree.lang, "found"), args=[])


# --- predicates -----------------------------------------------------------


def _is_predicate(tree: Tree, node: Node) -> bool:
    """Whether a token heads a clause the extractor reads."""
    if node.dep in NON_PREDICATE_DEPS:
        return False
    nodes = tree.nodes
    if any(nodes[k].dep == "cop" for k in node.kids):
        return True
    if node.pos == "VERB":
        if node.dep not in PREDICATE_DEPS:
            return False
        # A capitalized "verb" inside the sentence is a mis-tagged name.
        return not (node.i > 0 and node.text[:1].isupper() and node.dep != "root")
    if node.pos == "AUX" and node.dep in PREDICATE_DEPS:
        return any(nodes[k].dep in SUBJECT_DEPS or nodes[k].dep in OBLIQUE_DEPS for k in node.kids)
    return False


def _hands_off(tree: Tree, node: Node) -> bool:
    """Whether a verb passes its clause on to an infinitive it governs."""
    nodes = tree.nodes
    if node.pos not in ("VERB", "AUX") and not (
        node.pos == "ADJ" and any(nodes[k].dep == "cop" for k in node.kids)
    ):
        return False
    has_obj = False
    chain_kid = False
    for k in node.kids:
        kid = nodes[k]
        if kid.dep in OBJECT_DEPS or kid.dep == "ccomp":
            has_obj = True
        elif kid.dep == "xcomp" and (
            kid.pos in ("VERB", "AUX") and _is_infinitive(tree, kid)
            or any(nodes[j].dep == "cop" and (nodes[j].verbform == "Inf" or nodes[j].tag == "VB") for j in kid.kids)
        ):
            chain_kid = True
    return chain_kid and not has_obj


def _is_infinitive(tree: Tree, node: Node) -> bool:
    """Whether a verb is an infinitive (or an English bare/to-infinitive)."""
    if node.verbform == "Inf":
        return True
    nodes = tree.nodes
    for k in node.kids:
        kid = nodes[k]
        if kid.lower == "to" or kid.dep in ("aux", "aux:pass", "aux:tense") and kid.verbform == "Inf":
            return True
    return node.tag == "VB"


def _between_subject_and_verb(tree: Tree, adverb: Node, verb: Node) -> bool:
    """Whether an adverb sits right before its verb, after any subject."""
    if adverb.i > verb.i or verb.pos not in ("VERB", "AUX"):
        return False
    nodes = tree.nodes
    for k in range(adverb.i + 1, verb.i):
        if nodes[k].head != verb.i or nodes[k].dep not in AUX_DEPS and nodes[k].dep != "advmod":
            return False
    return True


def _chain(tree: Tree, node: Node) -> list[Node]:
    """The verbs of the infinitival chain that ends at ``node``, top first."""
    nodes = tree.nodes
    chain = [node]
    current = node
    while (
        len(chain) < MAX_CLIMB
        and current.dep == "xcomp"
        and current.head != current.i
        and _hands_off(tree, nodes[current.head])
    ):
        current = nodes[current.head]
        chain.append(current)
    chain.reverse()
    return chain


@dataclass
class VerbGroup:
    """The relation words of a clause, read off its verb chain.

    Attributes:
        tokens: Indices of the tokens of the relation phrase.
        lemma: Lemmas of the chain's content verbs and particles.
        negated: A negation hangs off the chain.
        modality: The modality a modal verb or mood gives it.
        attribution: Who reports it, when a verb of saying is in the chain.
    """

    tokens: list[int]
    lemma: list[str]
    negated: bool = False
    modality: str | None = None
    attribution: str | None = None
    conditional_mood: bool = False
    particles: list[str] = field(default_factory=list)

    def note(self, modality: str | None) -> None:
        """Take a modality: the first one found, unless a later one is :data:`REPORTED`."""
        if modality and (self.modality is None or modality == REPORTED):
            self.modality = modality


@dataclass
class Frame:
    """The light noun an infinitive completes ("reached a deal to [buy]").

    Attributes:
        holder: The verb (or copular noun) whose clause the noun is in; its
            subject is the infinitive's, and its auxiliaries, negation and
            mood qualify it.
        modality: What the noun says of the infinitive (``intended``, or
            ``None`` for an agreement).
        adjunct: The noun comes before its verb ("Despite plans to add X,
            Y won't show"): it lends the subject only, the verb keeps its
            own clause.
    """

    holder: Node
    modality: str | None
    adjunct: bool = False


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
    if subject is None or subject.left == subject.right and nodes[subject.head].lower in ELIDED_CLITICS:
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
    if pred.lemma in REPORTING_VERBS and tree.kid(pred.i, OBJECT_DEPS) is None and (
        tree.kid(pred.i, ("ccomp",)) is not None or pred.dep == "parataxis" and pred.head < pred.i
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
        "verb", pred.i, subject, relation, " ".join(group.lemma), obj, args, group.negated,
        group.modality, group.attribution, inherited, _depth(tree, top),
    )
    yield from _own_sites(tree, draft)
    measured = _measured(tree, draft)
    if measured is not None:
        yield measured
    for each in _split(tree, draft):
        yield from _funders(tree, each)
        role = _role_of_change(tree, each)
        if role is not None and role.object and role.subject.head == each.subject.head:
            # "stepped down as CEO of Disney": Disney is what was left; "served as
            # President of the Dallas Fed": the bank is where the post was held.
            each = replace(each, args=[*each.args, role.object])
        yield each
        if role is not None:
            yield role


def _measured(tree: Tree, draft: Draft) -> Draft | None:
    """The company a figure belongs to, and the figure's amount.

    "Les ventes du groupe se sont élevées à 295 millions d'euros" → (groupe;
    chiffre d'affaires de; 295 millions d'euros); "Its revenue reached $3
    billion" → (Its; revenue of; $3 billion). The figure's noun is the
    subject of a verb of amount; its owner is its "de"/"of" complement or
    its possessive, which the resolver takes to the company.
    """
    nodes = tree.nodes
    noun = nodes[draft.subject.head]
    measure = MEASURE_NOUNS.get(tree.lang, {}).get(noun.lemma)
    if measure is None or nodes[draft.pred].lemma not in AMOUNT_VERBS or draft.negated:
        return None
    amount = next((a for a in (draft.object, *draft.args) if a is not None and _holds_number(tree, a)), None)
    if amount is None:
        return None
    owner: Slot | None = None
    parts = [noun, *(nodes[k] for k in noun.kids if nodes[k].lemma in MEASURE_PARTS)]
    for part in parts:
        for k in part.kids:
            kid = nodes[k]
            if kid.dep in ("nmod", "nmod:poss") and kid.lemma not in MEASURE_PARTS and kid.pos in NOMINAL_POS \
                    and (kid.dep == "nmod:poss" or _case_text(tree, kid).lower() in OF_PREPOSITIONS):
                owner = _slot(tree, kid, "subject")
                break
            if kid.dep in ("det", "nmod:poss") and kid.lower in POSSESSIVES:
                owner = Slot(kid.i, kid.i, kid.i, "subject")
                break
        if owner is not None:
            break
    if owner is None:
        return None
    of = OF_WORD.get(tree.lang, "of")
    return Draft("measure", draft.pred, owner, f"{measure} {of}", f"{measure} {of}", replace(amount, role="object"),
                 [a for a in draft.args if a is not amount], draft.negated, draft.modality, draft.attribution,
                 draft.inherited, draft.depth)


def _holds_number(tree: Tree, slot: Slot) -> bool:
    """Whether an argument states a number ("295 millions d'euros", "$3 billion")."""
    return any(tree.nodes[i].pos == "NUM" for i in range(slot.left, slot.right + 1))


#: The role of a count in apposition to an object ("2.5 percent of its workforce, roughly 19,000 jobs").
_RESTATED_ROLE = {"en": "namely", "fr": "soit"}


def _apposed_counts(tree: Tree, head: Node) -> list[Slot]:
    """Counts the text restates an object as, in apposition: "cut 2.5 percent of its staff, roughly 19,000 jobs"."""
    nodes = tree.nodes
    found = []
    for k in head.kids:
        appos = nodes[k]
        if appos.dep == "appos" and appos.i > head.i and any(nodes[j].pos == "NUM" for j in appos.kids):
            found.append(_slot(tree, appos, _RESTATED_ROLE.get(tree.lang, "namely")))
    return found


def _role_of_change(tree: Tree, draft: Draft) -> Draft | None:
    """The post a change of post names: who held or now holds which role where.

    "Iger is stepping down as CEO of Disney" → (Iger; was CEO of; Disney);
    "Nike appointed Elliott Hill as CEO" → (Elliott Hill; is CEO of; Nike);
    "Rogers, who served as the President of the Dallas Fed" → (Rogers; is President of; the Dallas Fed).
    """
    if draft.negated or draft.modality == CONDITIONAL:
        return None
    nodes = tree.nodes
    words = f" {draft.lemma} "
    leaving = any(f" {verb} " in words for verb in LEAVING_VERBS)
    appointing = not leaving and any(f" {verb} " in words for verb in APPOINTING_VERBS)
    holding = not (leaving or appointing) and any(f" {verb} " in words for verb in HOLDING_VERBS)
    if not (leaving or appointing or holding):
        return None
    role = next((a for a in (draft.object, *draft.args) if a is not None and a.role.lower() in AS_PREPOSITIONS), None)
    person = draft.object if appointing else draft.subject
    if role is None and appointing and person is not None:
        # "appointed Dan Reyes as CEO": the parser hung the role on the name.
        inner = next((nodes[k] for k in nodes[person.head].kids
                      if k > person.head and _case_text(tree, nodes[k]).lower() in AS_PREPOSITIONS), None)
        if inner is not None:
            role = _slot(tree, inner, _case_text(tree, inner))
            person = Slot(person.head, person.left, _case_range(tree, inner)[0] - 1, person.role)
    if role is None or nodes[role.head].pos not in NOMINAL_POS:
        return None
    org_node = _role_organization(tree, nodes[role.head])
    if person is None or person is role or nodes[person.head].pos not in ("PROPN", "NOUN", "PRON"):
        return None
    if org_node is not None:
        org = _slot(tree, org_node, _case_text(tree, org_node))
        _, case_right = _case_range(tree, org_node)
        title = _phrase(tree, list(range(role.left, case_right + 1)))
    elif appointing and nodes[draft.subject.head].pos in ("PROPN", "NOUN"):
        org = replace(draft.subject, role=OF_WORD.get(tree.lang, "of"))
        title = f"{_phrase(tree, list(range(role.left, role.right + 1)))} {OF_WORD.get(tree.lang, 'of')}"
    else:
        return None
    cop = (PAST_COPULA_WORD if leaving else COPULA_WORD).get(tree.lang, "is")
    lemma = f"{COPULA_LEMMA.get(tree.lang, 'be')} {title.lower()}"
    return Draft("role", draft.pred, replace(person, role="subject"), f"{cop} {title}", lemma,
                 org, [], depth=draft.depth, inherited=draft.inherited)


def _absolute_clause(tree: Tree, verb: Node) -> Node | None:
    """The clause whose subject did what "avec 80 millions d’euros [levés]" says, if any."""
    if verb.lemma not in ABSOLUTE_VERBS or not _is_reduced_passive(tree, verb):
        return None
    nodes = tree.nodes
    noun = nodes[verb.head]
    if noun.head == noun.i or not noun.dep.startswith("obl") or _case_text(tree, noun).lower() not in ABSOLUTE_PREPOSITIONS:
        return None
    if _has_agent(tree, verb):
        return None
    clause = nodes[noun.head]
    return clause if _is_predicate(tree, clause) else None


def _absolute_drafts(tree: Tree, verb: Node, clause: Node) -> Iterator[Draft]:
    """The fact of "Avec 80 millions d’euros levés, Lumen...": (Lumen; levés; 80 millions d’euros)."""
    nodes = tree.nodes
    subject, _ = _subject(tree, _chain(tree, clause))
    if subject is None:
        return
    obj = _slot(tree, nodes[verb.head], "object", exclude=verb.i)
    attribution, anonymous = _attribution(tree, verb)
    # "avec 20 millions rassemblés auprès de X": who the money came from.
    args = [a for a in _obliques(tree, [verb], exclude=set()) if a.role.lower() in FUNDER_PREPOSITIONS]
    for each in _split(tree, Draft(
        "verb", verb.i, subject, verb.text, verb.lemma, obj, args, False, REPORTED if anonymous else None,
        attribution, True, _depth(tree, verb),
    )):
        yield each
        yield from _funders(tree, each)


def _own_sites(tree: Tree, draft: Draft) -> Iterator[Draft]:
    """ "Merck va investir sur ses sites de Molsheim et Martillac": the subject operates in each place.

    Only sites the subject owns by a possessive ("ses sites", "its Ohio plant")
    count; their places are named after them or, in English, before them.
    """
    nodes = tree.nodes
    owner = nodes[draft.subject.head]
    if draft.negated or owner.ent in NUMERIC_LABELS or owner.lemma in EVENT_NOUNS:
        return  # "an $88 million investment to boost production at its plant" is no owner
    building = draft.lemma.split()[-1:] and draft.lemma.split()[-1] in SITE_VERBS
    places: list[Node] = []
    if building and draft.object is not None and nodes[draft.object.head].lemma in SITE_NOUNS:
        # "will build a factory in Marshall, Michigan": the site's place is the verb's.
        places = [nodes[a.head] for a in draft.args
                  if a.role.lower() in SITE_PREPOSITIONS and nodes[a.head].pos == "PROPN" and nodes[a.head].ent in PLACE_LABELS]
    for place in places:
        for alt in _place_alternatives(tree, place):
            yield Draft("site", draft.pred, draft.subject, OPERATES_WORD.get(tree.lang, "operates in"),
                        OPERATES_LEMMA.get(tree.lang, "operate in"), alt, [], depth=draft.depth,
                        inherited=True, modality=draft.modality)
    for slot in (draft.object, *draft.args):
        if slot is None:
            continue
        for k in range(slot.left, slot.right + 1):
            site = nodes[k]
            if site.lemma not in SITE_NOUNS or site.pos != "NOUN":
                continue
            owned = any(nodes[j].lower in POSSESSIVES and nodes[j].dep in ("det", "nmod:poss") for j in site.kids)
            if not owned and not (building and slot is draft.object):
                continue
            places = [
                nodes[j] for j in site.kids
                if nodes[j].pos == "PROPN" and (
                    j > site.i and nodes[j].dep in ("nmod", "obl") and _case_text(tree, nodes[j]).lower() in SITE_PREPOSITIONS
                    or j < site.i and nodes[j].dep == "compound" and nodes[j].ent in PLACE_LABELS
                )
            ]
            for place in places:
                for alt in _place_alternatives(tree, place):
                    yield Draft("site", site.i, draft.subject, OPERATES_WORD.get(tree.lang, "operates in"),
                                OPERATES_LEMMA.get(tree.lang, "operate in"), alt, [], depth=draft.depth,
                                inherited=True, modality=draft.modality)


def _place_alternatives(tree: Tree, place: Node) -> list[Slot]:
    """A place and the places joined to it ("Marshall, Michigan", "Lehi (Utah)", "A et B")."""
    nodes = tree.nodes
    slots = _alternatives(tree, _slot(tree, place, LOCATIVE_WORD.get(tree.lang, "in")))
    for k in place.kids:
        if nodes[k].dep == "appos" and nodes[k].pos == "PROPN" and nodes[k].ent in PLACE_LABELS:
            slots.append(_slot(tree, nodes[k], LOCATIVE_WORD.get(tree.lang, "in")))
    return slots


def _funders(tree: Tree, draft: Draft) -> Iterator[Draft]:
    """ "Udaan raises $225M from DST Global": each one named it is raised from invests in the raiser."""
    if draft.negated or draft.modality == CONDITIONAL:
        return
    nodes = tree.nodes
    words = draft.lemma.split()
    raised = bool(words) and not RAISING_VERBS.isdisjoint(words)
    # The round may be a phrase of the fact, with its own participle: "signe la
    # levée ... avec 20 millions d'euros rassemblés auprès de A, B et C",
    # "finalise le podium avec une levée de 8 millions, réalisée auprès de X".
    inside = [k for arg in (draft.object, *draft.args) if arg is not None for k in range(arg.left, arg.right + 1)]
    if not raised and not any(nodes[k].lemma in RAISING_VERBS or nodes[k].lemma in FUNDING_NOUNS for k in inside):
        return
    funders = [a for a in draft.args if a.role.lower() in FUNDER_PREPOSITIONS]
    # "raises $140M Series C from A, B and C", "5 millions d'euros auprès de X":
    # the parser hung the funders on the amount, or on the round's participle.
    for k in inside:
        node = nodes[k]
        if node.pos == "PROPN" and node.dep in ("nmod", "obl") and _case_text(tree, node).lower() in FUNDER_PREPOSITIONS:
            funders.extend(_alternatives(tree, _slot(tree, node, _case_text(tree, node))))
    # "a levé 5 millions auprès de X": "auprès" is tagged an adverb, X its argument; it
    # hangs on the verb, on one of its dependents, or on the round's participle.
    holders = [*nodes[draft.pred].kids, *(k for k in inside if nodes[k].pos == "VERB")]
    aupres = [a for k in holders for a in ([k] if nodes[k].lower == "auprès" else nodes[k].kids)
              if nodes[a].lower == "auprès"]
    for j in (j for a in aupres for j in nodes[a].kids):
        if nodes[j].dep in ("obl", "obl:arg", "nmod"):
            funders.extend(_alternatives(tree, _slot(tree, nodes[j], "auprès de")))
    if funders:
        # "auprès de BNP Paribas, Financière Fonds Privés et Breed Reply": the parser
        # rarely reads a list of names as one; the names the text lists are the funders.
        listed = _named_list(tree, min(a.left for a in funders), funders[0].role)
        if len(listed) >= 2:
            funders = listed
    funders = list({(a.head, a.left, a.right): a for a in funders}.values())
    for arg in funders:
        if nodes[arg.head].pos == "PROPN" or nodes[arg.head].ent_start >= 0:
            investor = replace(arg, role="subject")
            company = replace(draft.subject, role=INVESTED_PREPOSITION.get(tree.lang, "in"))
            yield Draft("funding", draft.pred, investor, INVESTED_WORD.get(tree.lang, "invested in"),
                        INVESTED_LEMMA.get(tree.lang, "invest in"), company, [], depth=draft.depth, inherited=True)


#: Words that join the names of a list ("A, B et C", "A and B").
_LIST_JOINERS = frozenset({",", "et", "and", "ainsi que"})

#: Words that may open a listed name without being part of it ("de Bpifrance", "l'IRD").
_LIST_OPENERS = frozenset({"de", "d'", "d’", "du", "des", "from", "l'", "l’", "la", "le", "les", "the"})


def _named_list(tree: Tree, first: int, role: str) -> list[Slot]:
    """The names listed from token ``first`` on ("A, B et C"), one slot each; stops at the first word that is no name.

    A name is a run of capitalized words, with hyphens or "&" inside
    ("CM-CIC Investissement", "Marks & Spencer"), or the tagger's entity.
    """
    nodes = tree.nodes
    n = len(nodes)
    names: list[Slot] = []
    k = first
    while k < n:
        while k < n and nodes[k].lower in _LIST_OPENERS:
            k += 1
        if k >= n or not nodes[k].text[:1].isupper():
            break
        end = nodes[k].ent_end - 1 if nodes[k].ent_start == k else k
        while end + 1 < n and (nodes[end + 1].text[:1].isupper() or (
                nodes[end + 1].text in ("-", "&") and end + 2 < n and nodes[end + 2].text[:1].isupper())):
            end += 2 if nodes[end + 1].text in ("-", "&") else 1
        names.append(Slot(end, k, end, role))
        k = end + 1
        if k < n and nodes[k].lower in _LIST_JOINERS:
            k += 1
            continue
        break
    return names


def _verb_group(
    tree: Tree, chain: list[Node], copula: Node | None, subject: Slot, attribution: str | None
) -> VerbGroup:
    """Relation tokens, lemma, negation, modality and attribution of a chain."""
    nodes = tree.nodes
    pred = chain[-1]
    group = VerbGroup([], [], attribution=attribution)
    for position, verb in enumerate(chain):
        if verb is not pred:
            modal = MODALS.get(verb.lemma)
            if modal:
                group.note(modal)
            elif verb.lemma in REPORTED_PASSIVES and _is_passive(tree, verb):
                # "is said to be in talks": someone unnamed says so.
                group.note(REPORTED)
            elif verb.lemma in REPORTING_VERBS and group.attribution is None:
                # "dit vouloir consacrer": the subject reports its own intent.
                group.attribution = subject_text(tree, subject)
            elif verb.lemma not in AGREEMENT_VERBS:
                # "agreed to buy": agreed counts as done, the fact is buying.
                group.lemma.append(verb.lemma)
        for k in verb.kids:
            kid = nodes[k]
            if kid.dep in AUX_DEPS:
                group.tokens.append(k)
                if kid.dep != "cop" and (kid.tag == "MD" or tree.lang == "fr"):
                    group.note(MODALS.get(kid.lower) or MODALS.get(kid.lemma))
                if kid.mood == "Cnd" and MODALS.get(kid.lemma) not in MODAL_CONDITIONALS:
                    group.conditional_mood = True
            elif kid.dep == "advmod" and (kid.lower in REPORTED_ADVERBS or kid.lemma in REPORTED_ADVERBS):
                group.note(REPORTED)
                if _between_subject_and_verb(tree, kid, verb):
                    group.tokens.append(k)
            elif kid.dep in CLITIC_DEPS:
                group.tokens.append(k)
                if verb is pred:
                    group.lemma.append("se" if kid.lemma in ("s’", "s'") else kid.lemma)
            elif kid.dep in PARTICLE_DEPS or _adverbial_particle(tree, kid, verb):
                group.tokens.append(k)
                # "is stepping down as": the particle follows its verb in the
                # lemma ("step down"), the predicate's lemma is added last.
                (group.particles if verb is pred else group.lemma).append(kid.lemma)
            elif kid.dep == "advmod" and (kid.lemma in NEGATIONS or kid.lower in NEGATIONS):
                group.negated = True
                group.tokens.append(k)
            elif kid.dep == "advmod" and kid.pos == "ADV" and not kid.kids and _between_subject_and_verb(tree, kid, verb):
                # "thus retroactively re-designated", "also houses"
                group.tokens.append(k)
            elif kid.dep == "mark" and position > 0 and kid.i < verb.i:
                group.tokens.append(k)
                if verb is pred and group.lemma:
                    group.lemma.append(kid.lemma)
        if verb.mood == "Cnd" and MODALS.get(verb.lemma) not in MODAL_CONDITIONALS:
            group.conditional_mood = True
        if copula is None or verb is not pred:
            group.tokens.append(verb.i)
    return group


def _object(
    tree: Tree, chain: list[Node], inherited: bool, group: VerbGroup, args: list[Slot]
) -> tuple[str, Slot | None]:
    """The relation phrase and object of a verbal clause.

    The object is, in order: the antecedent of a relative clause without a
    relative word, the direct object (a light verb's object noun joins the
    relation), a nominal complement, a complement clause, or the first
    prepositional argument after the verb, whose preposition then joins the
    relation ("taught at"). ``args`` loses the argument taken as object.
    """
    nodes = tree.nodes
    top, pred = chain[0], chain[-1]
    relation = _phrase(tree, group.tokens)
    obj_node = next((o for o in (tree.kid(v.i, OBJECT_DEPS) for v in reversed(chain)) if o is not None), None)
    if obj_node is None and not inherited and top.dep == "acl:relcl" and _zero_relative(tree, top):
        # "a post he held": the antecedent is the object.
        ante = _slot(tree, _stand_in(tree, nodes[top.head]), "object", exclude=top.i)
        return relation, Slot(ante.head, ante.left, ante.right, "object", tree.span_text(ante.left, ante.right))
    if obj_node is not None and pred.lemma in BECOMING_VERBS and obj_node.pos == "NOUN":
        org = _role_organization(tree, obj_node)
        if org is not None:
            # "va devenir président de Suez en mai": the role reads with the verb.
            _, case_right = _case_range(tree, org)
            group.lemma.extend([obj_node.lemma, _case_text(tree, org).lower()])
            role = _phrase(tree, list(range(_predicate_left(tree, obj_node), case_right + 1)))
            return f"{relation} {role}", _slot(tree, org, _case_text(tree, org))
    if obj_node is not None:
        obj = _resolve_relative(tree, pred, _slot(tree, obj_node, "object"))
        inner = _light_object_complement(tree, pred, obj_node) if not obj.resolved else None
        if inner is None:
            if pred.lemma in ANNOUNCING_VERBS and obj_node.lemma in EVENT_NOUNS and not obj.resolved:
                # "announced a $2.8 billion investment to build": the event is
                # the fact, its amount stays in the object.
                group.lemma.append(obj_node.lemma)
            return relation, obj
        # "has a mass of about 1,765 kg": the noun reads with the verb (a
        # percentage does not: "racheter 50% de").
        _, case_right = _case_range(tree, inner)
        if obj_node.lemma not in PERCENT_WORDS and obj_node.lower not in PERCENT_WORDS:
            group.lemma.append(obj_node.lemma)
        group.lemma.append(_case_text(tree, inner).lower())
        return f"{relation} {tree.span_text(obj.left, case_right)}", _slot(tree, inner, _case_text(tree, inner))
    complement = next(
        (nodes[k] for k in pred.kids if nodes[k].dep == "xcomp" and nodes[k].pos in ("ADJ", "NOUN", "PROPN", "NUM")),
        None,
    )
    if complement is not None:
        # "became more common", "was re-elected senator"
        org = _role_organization(tree, complement) if complement.pos == "NOUN" else None
        if org is not None:
            # "va devenir président de Suez en mai": the role reads with the verb.
            _, case_right = _case_range(tree, org)
            group.lemma.extend([complement.lemma, _case_text(tree, org).lower()])
            role = _phrase(tree, list(range(_predicate_left(tree, complement), case_right + 1)))
            return f"{relation} {role}", _slot(tree, org, _case_text(tree, org))
        return relation, _slot(tree, complement, "object")
    shared = _shared_object(tree, pred)
    if shared is not None:
        # "bought and sold the house": both verbs take the object.
        return relation, _slot(tree, shared, "object")
    ccomp = tree.kid(pred.i, ("ccomp",))
    if ccomp is not None:
        mark = tree.kid(ccomp.i, ("mark",))
        if mark is not None and mark.i == ccomp.left:
            return f"{relation} {mark.text}", Slot(ccomp.i, mark.i + 1, ccomp.right, "object")
        return relation, Slot(ccomp.i, ccomp.left, ccomp.right, "object")
    after = next((a for a in args if a.left > pred.i and not _is_date(tree, a) and nodes[a.head].dep != "advcl"), None)
    if after is None or after.role in ("time", "place", "obl", "iobj"):
        return relation, None
    args.remove(after)
    group.lemma.append(_role_text(tree, after).lower())
    return f"{relation} {_role_text(tree, after)}", after


def _copula_drafts(
    tree: Tree, pred: Node, copula: Node, subject: Slot, group: VerbGroup, inherited: bool
) -> Iterator[Draft]:
    """Drafts of a copular clause: "X est un moteur pour Y", "X is big".

    A complement of the predicate noun joins the relation with the noun
    ("est un véritable moteur pour" le groupe); otherwise the predicate is
    the object ("is" an Australian footballer).
    """
    nodes = tree.nodes
    cop_lemma = COPULA_LEMMA.get(tree.lang, copula.lemma)
    folded = next(
        (nodes[k] for k in pred.kids
         if k > pred.i and nodes[k].dep in ("nmod", "obl", "obl:arg", "obl:mod") and _case(tree, nodes[k])),
        None,
    )
    args = [a for a in _obliques(tree, [pred], exclude={subject.head}) if folded is None or a.head != folded.i]
    args = [a for a in args if a.left < pred.i or nodes[a.head].dep.startswith("obl")]
    left = _predicate_left(tree, pred)
    args = [a for a in args if not left <= a.head <= pred.i]
    if folded is not None:
        _, case_right = _case_range(tree, folded)
        tokens = [t for t in sorted(set(group.tokens) | set(range(left, case_right + 1))) if t <= case_right]
        relation = _phrase(tree, tokens)
        obj = _slot(tree, folded, _case_text(tree, folded))
        lemma = " ".join([cop_lemma, pred.lemma, obj.role.lower()])
    else:
        relation = _phrase(tree, group.tokens)
        right = pred.i
        for k in pred.kids:
            kid = nodes[k]
            if k > pred.i and kid.dep not in TRIM_DEPS | SUBJECT_DEPS | _CLAUSE_LEVEL and not kid.dep.startswith("obl"):
                right = max(right, kid.right)
        obj = Slot(pred.i, left, _strip_right(tree, left, right), "object")
        lemma = cop_lemma
    yield from _split(tree, Draft(
        "copula", pred.i, subject, relation, lemma, obj, args, group.negated, group.modality,
        group.attribution, inherited, _depth(tree, pred),
    ))


def _predicate_left(tree: Tree, pred: Node) -> int:
    """First token of a copular predicate's own phrase (its determiner...)."""
    nodes = tree.nodes
    left = pred.i
    for k in pred.kids:
        kid = nodes[k]
        if k > pred.i or kid.lemma in NEGATIONS:
            continue
        # "around nine inches long": a measure belongs to its adjective.
        measure = kid.dep == "obl:npmod" and pred.pos == "ADJ"
        if (kid.dep in _PREDICATE_MODIFIERS or measure) and not any(
            nodes[j].dep in _CLAUSE_PARTS for j in range(kid.left, kid.right + 1)
        ):
            left = min(left, kid.left)
    return left


# --- subjects and attribution ---------------------------------------------


def _subject(tree: Tree, chain: list[Node]) -> tuple[Slot | None, bool]:
    """The subject of a clause and whether it was inherited from another."""
    nodes = tree.nodes
    top = chain[0]
    for verb in chain:
        subj = tree.kid(verb.i, SUBJECT_DEPS)
        if subj is not None:
            if subj.lemma in EXPLETIVES:
                return None, False
            slot = _resolve_relative(tree, chain[-1], _slot(tree, subj, "subject"))
            header = _header_name(tree, top, subj)
            if header is not None and not slot.resolved:
                # "Westinghouse : l'entreprise américaine va investir": the
                # description is the name that heads the line.
                slot = replace(slot, resolved=tree.span_text(*_span(tree, header)))
            name = _second_subject(tree, verb, subj, slot)
            if name is not None:
                # "Le groupe de médias allemand Axel Springer a annoncé": the
                # parser made the name a second subject; it ends the first.
                slot = Slot(name.i, slot.left, _span(tree, name)[1], "subject")
            return _resolve_pronoun(tree, top, subj, slot), False
    current = top
    for _ in range(MAX_CLIMB):
        if current.head == current.i:
            return None, False
        head = nodes[current.head]
        dep = current.dep
        frame = _light_frame(tree, current) if dep in _FRAME_DEPS else None
        if frame is not None:
            # "Northwind has reached a deal to buy": the light verb's subject.
            subj, _ = _subject(tree, _chain(tree, frame.holder))
            return subj, subj is not None
        if dep in ("acl", "acl:relcl"):
            return _slot(tree, _stand_in(tree, head), "subject", exclude=current.i), True
        if dep == "xcomp":
            obj = tree.kid(head.i, OBJECT_DEPS)
            if obj is not None:
                return _slot(tree, obj, "subject"), True
        if dep not in ("conj", "xcomp", "advcl"):
            return None, False
        if dep == "advcl" and current.verbform not in ("Part", "Ger", "Inf") and current.tag not in ("VBG", "VBN"):
            return None, False
        subj = tree.kid(head.i, SUBJECT_DEPS)
        if subj is not None:
            if subj.lemma in EXPLETIVES:
                return None, False
            return _resolve_relative(tree, head, _slot(tree, subj, "subject")), True
        current = head
    return None, False


def _header_name(tree: Tree, top: Node, subj: Node) -> Node | None:
    """The name before a colon that a description subject stands for ("Merck : le groupe ..."), if any."""
    if subj.pos != "NOUN" or top.dep != "parataxis" or top.head == top.i:
        return None
    nodes = tree.nodes
    name = nodes[top.head]
    if name.pos != "PROPN" or name.i > subj.i or name.head != name.i:
        return None
    between = [nodes[k].text for k in range(_span(tree, name)[1] + 1, subj.left)]
    return name if between == [":"] else None


def _second_subject(tree: Tree, verb: Node, subj: Node, slot: Slot) -> Node | None:
    """A name the parser made a second subject of ``verb``, right after the first one's span."""
    nodes = tree.nodes
    for k in verb.kids:
        kid = nodes[k]
        if k != subj.i and kid.dep in SUBJECT_DEPS and kid.pos == "PROPN" and kid.left == slot.right + 1:
            return kid
    return None


def _resolve_pronoun(tree: Tree, clause: Node, subj: Node, slot: Slot) -> Slot:
    """Resolve a personal pronoun subject of an embedded clause to the main subject.

    "The viaduct closed in 1985, when it was deemed too expensive": ``it`` is
    the viaduct. Only a third-person pronoun in a clause under the sentence's
    main clause, whose own subject is a noun phrase, is resolved.
    """
    if subj.pos != "PRON" or subj.lower not in RESOLVABLE_PRONOUNS or clause.head == clause.i:
        return slot
    nodes = tree.nodes
    root = nodes[tree.root]
    main = tree.kid(root.i, SUBJECT_DEPS)
    if main is None or main.i == subj.i or main.pos not in ("NOUN", "PROPN") or main.i > subj.i:
        return slot
    ante = _slot(tree, main, "subject")
    return replace(slot, resolved=tree.span_text(ante.left, ante.right))


def _resolve_relative(tree: Tree, pred: Node, slot: Slot) -> Slot:
    """Replace a relative pronoun by its antecedent, keeping the role."""
    nodes = tree.nodes
    node = nodes[slot.head]
    if node.lemma not in RELATIVE_PRONOUNS and node.prontype != "Rel":
        return slot
    if node.pos not in ("PRON", "DET") and node.tag not in ("WDT", "WP"):
        return slot
    clause = pred
    for _ in range(MAX_CLIMB):
        if clause.dep == "acl:relcl" or clause.head == clause.i:
            break
        clause = nodes[clause.head]
    if clause.dep == "acl:relcl":
        antecedent = _stand_in(tree, nodes[clause.head])
    else:
        # The parser hung the relative clause on the verb ("X justifie Y par
        # Z, qui a entraîné..."): the antecedent is the verb's last nominal
        # argument before the pronoun.
        antecedent = _last_argument_before(tree, pred, node.i)
        if antecedent is None:
            return slot
    ante = _slot(tree, antecedent, slot.role, exclude=clause.i)
    return Slot(ante.head, ante.left, ante.right, slot.role, resolved=tree.span_text(ante.left, ante.right))


def _last_argument_before(tree: Tree, clause: Node, position: int) -> Node | None:
    """The governing verb's last object or oblique before ``position``."""
    nodes = tree.nodes
    if clause.head == clause.i or clause.dep not in ("advcl", "conj", "parataxis"):
        return None
    head = nodes[clause.head]
    found = None
    for k in head.kids:
        kid = nodes[k]
        if k < position and kid.pos in ("NOUN", "PROPN") and (kid.dep in OBJECT_DEPS or kid.dep.startswith("obl")):
            found = kid
    return found


def _fronted(tree: Tree, head: Node) -> list[Slot]:
    """Obliques fronted before a clause's subject ("In 1879, he ... and ...")."""
    subj = tree.kid(head.i, SUBJECT_DEPS)
    if subj is None:
        return []
    return [a for a in _obliques(tree, [head], exclude={subj.i}) if a.right < subj.left]


def _zero_relative(tree: Tree, clause: Node) -> bool:
    """Whether a relative clause has no relative word and no object of its own."""
    nodes = tree.nodes
    for k in clause.kids:
        kid = nodes[k]
        if kid.lemma in RELATIVE_PRONOUNS or kid.prontype == "Rel" or kid.tag in ("WDT", "WP", "WRB"):
            return False
        if kid.dep in ("ccomp", "xcomp", "obj", "iobj") or kid.dep in OBLIQUE_DEPS and k > clause.i:
            return False
        if kid.dep == "mark":
            return False
    return clause.pos == "VERB"


def _light_frame(tree: Tree, clause: Node) -> Frame | None:
    """The light noun an infinitive ``clause`` completes, if any.

    The noun is an intention, an agreement, a negotiation or the "point" of
    "sur le point de", and it is the
    object or oblique of a verb ("fait part de son intention d’[investir]",
    "reached a deal to [buy]"), the predicate of a copula ("serait en
    discussions pour [racheter]") or the place of "be" ("is in talks to
    [acquire]"). The French parser may hang the infinitive on the verb
    instead of the noun ("a trouvé un accord pour [racheter]").
    """
    if clause.dep not in _FRAME_DEPS or clause.head == clause.i or not _is_infinitive(tree, clause):
        return None
    nodes = tree.nodes
    head = nodes[clause.head]
    if clause.dep in ("acl", "acl:relcl"):
        noun = head
        holder = None
        if noun.head != noun.i and (noun.dep in OBJECT_DEPS or noun.dep.startswith("obl")):
            above = nodes[noun.head]
            if above.pos == "VERB" or above.pos == "AUX" and above.lemma in COPULA_LEMMAS and _case(tree, noun):
                holder = above
        if holder is None and any(nodes[k].dep == "cop" for k in noun.kids):
            holder = noun
    elif head.pos == "VERB":
        holder = head
        noun = next((
            nodes[k] for k in head.kids
            if k < clause.i and (nodes[k].dep in OBJECT_DEPS or nodes[k].dep.startswith("obl"))
            and nodes[k].tr + 1 == clause.left
        ), None)
    else:
        return None
    if holder is None or noun is None:
        return None
    if noun.dep not in OBJECT_DEPS and any(
        nodes[k].dep in OBJECT_DEPS and k != noun.i and nodes[k].pos == "PROPN" for k in holder.kids
    ):
        # "agreed to buy Intu Properties ... in a deal to create a malls giant": a verb
        # with a named object of its own is no light verb; the deal is its adjunct.
        return None
    adjunct = holder.i > noun.i
    if noun.lemma in INTENTION_NOUNS or noun.lower in TALKS_NOUNS:
        return Frame(holder, "intended", adjunct)
    if noun.lemma in AGREEMENT_NOUNS:
        return Frame(holder, None, adjunct)
    if noun.lemma in IMMINENCE_NOUNS and _case_text(tree, noun).lower() == "sur":
        return Frame(holder, "future", adjunct)
    return None


def _frame_holders(tree: Tree) -> frozenset[int]:
    """Indices of the light verbs and nouns of the tree's frames (computed once)."""
    key = ("frame holders",)
    if key not in tree.memo:
        frames = (_light_frame(tree, node) for node in tree.nodes if node.dep in _FRAME_DEPS)
        tree.memo[key] = frozenset(f.holder.i for f in frames if f is not None and not f.adjunct)
    return tree.memo[key]  # type: ignore[return-value]


def _stand_in(tree: Tree, noun: Node) -> Node:
    """The subject of a copular predicate noun, else the noun itself.

    "X is a footballer who plays": the one who plays is X.
    """
    nodes = tree.nodes
    if any(nodes[k].dep == "cop" for k in noun.kids):
        subj = tree.kid(noun.i, SUBJECT_DEPS)
        if subj is not None and subj.lemma not in RELATIVE_PRONOUNS:
            return subj
    return noun


def _attribution(tree: Tree, top: Node) -> tuple[str | None, bool]:
    """Who reports the clause headed by ``top`` or a clause above it.

    Returns:
        The reporter's text (or ``None``) and whether it is an unnamed
        source ("according to people familiar with the matter").
    """
    nodes = tree.nodes
    current = top
    for _ in range(MAX_CLIMB):
        key = ("attribution", current.i)
        if key not in tree.memo:
            tree.memo[key] = _own_attribution(tree, current)
        found = tree.memo[key]
        if found is not None:
            return found  # type: ignore[return-value]
        if current.head == current.i or current.dep in ("root", "parataxis"):
            return None, False
        current = nodes[current.head]
    return None, False


def _own_attribution(tree: Tree, top: Node) -> tuple[str, bool] | None:
    """Who reports the clause headed by ``top``, and whether the source is unnamed."""
    nodes = tree.nodes
    for k in top.kids:
        kid = nodes[k]
        if kid.dep in OBLIQUE_DEPS and _case_text(tree, kid).lower() in ATTRIBUTION_PREPOSITIONS:
            left, right = _span(tree, kid)
            return tree.span_text(left, right), kid.lemma in ANONYMOUS_SOURCES or kid.lower in ANONYMOUS_SOURCES
        if kid.dep in ("parataxis", "ccomp") and kid.lemma in REPORTING_VERBS and tree.kid(kid.i, ("ccomp",)) is None:
            subj = tree.kid(kid.i, SUBJECT_DEPS)
            if subj is not None:
                return _reporter(tree, subj), False
    if top.dep in ("ccomp", "parataxis") and top.head != top.i:
        head = nodes[top.head]
        if head.lemma in REPORTING_VERBS:
            subj = tree.kid(head.i, SUBJECT_DEPS)
            if subj is not None:
                return _reporter(tree, subj), False
    return None


def _reporter(tree: Tree, subj: Node) -> str:
    """Text of a verb of saying's subject, with a name right after it ("le PDG Jean Dupont")."""
    nodes = tree.nodes
    slot = _slot(tree, subj, "subject")
    for k in subj.kids:
        kid = nodes[k]
        if kid.dep == "appos" and kid.pos == "PROPN" and kid.left == slot.right + 1:
            slot.right = _span(tree, kid)[1]
            break
    return subject_text(tree, slot)


def _under_condition(tree: Tree, chain: list[Node]) -> bool:
    """Whether a clause is a condition ("if the deal fails") or holds under one."""
    nodes = tree.nodes
    top = chain[0]
    if top.dep == "advcl" and _is_condition(tree, top):
        return True
    verbs = list(chain)
    current = top
    while current.dep == "conj" and current.head != current.i and len(verbs) < MAX_CLIMB:
        # "If it fails, Northwind will pay a fee and drop the plan."
        current = nodes[current.head]
        verbs.append(current)
    return any(nodes[k].dep == "advcl" and _is_condition(tree, nodes[k]) for verb in verbs for k in verb.kids)


def _is_condition(tree: Tree, clause: Node) -> bool:
    """Whether an adverbial clause opens with "if", "si" (not "even if", "même si")."""
    nodes = tree.nodes
    mark = next((nodes[k] for k in clause.kids if nodes[k].dep == "mark" and k < clause.i), None)
    if mark is None or mark.lower not in CONDITION_MARKS:
        return False
    return not any(nodes[k].lower in CONCESSIVE_ADVERBS and k == mark.i - 1 for k in clause.kids)


def _is_complement(tree: Tree, node: Node) -> bool:
    """Whether a clause sits inside a complement clause ("a dit qu'il [viendrait]")."""
    nodes = tree.nodes
    current = node
    for _ in range(MAX_CLIMB):
        if current.dep in _COMPLEMENT_DEPS:
            return True
        if current.head == current.i:
            return False
        current = nodes[current.head]
    return False


def _is_passive(tree: Tree, verb: Node) -> bool:
    """Whether a verb has a passive auxiliary or subject ("is said to")."""
    return any(tree.nodes[k].dep in ("aux:pass", "nsubj:pass") for k in verb.kids)


def subject_text(tree: Tree, slot: Slot) -> str:
    """Text of a slot."""
    return slot.resolved or tree.span_text(slot.left, slot.right)


# --- arguments ------------------------------------------------------------


def _obliques(tree: Tree, chain: list[Node], exclude: set[int]) -> list[Slot]:
    """Prepositional, temporal and locative arguments of a clause, in order."""
    nodes = tree.nodes
    found: list[Slot] = []
    for verb in chain:
        for k in verb.kids:
            kid = nodes[k]
            if k in exclude or kid.dep not in OBLIQUE_DEPS:
                continue
            if kid.pos in ("ADV",) and not _case(tree, kid):
                continue
            role = _role(tree, kid)
            if role.lower() in ATTRIBUTION_PREPOSITIONS:
                continue
            slot = _slot(tree, kid, role)
            found.append(_resolve_relative(tree, verb, slot))
    found.sort(key=lambda s: s.left)
    return found


def _participle(tree: Tree, verb: Node) -> str:
    """The citation form of a past participle ("accélérées" → "accéléré")."""
    if tree.lang == "fr":
        for ending, participle in (("er", "é"), ("ir", "i")):
            if verb.lemma.endswith(ending):
                return verb.lemma[: -len(ending)] + participle
    return verb.lower


def _has_agent(tree: Tree, verb: Node) -> bool:
    """Whether a passive verb has an agent ("by X", "par X")."""
    nodes = tree.nodes
    return any(nodes[k].dep == "obl:agent" or _case_text(tree, nodes[k]).lower() in AGENT_PREPOSITIONS for k in verb.kids)


def _adverbial_particle(tree: Tree, kid: Node, verb: Node) -> bool:
    """Whether an adverb right after its verb is the verb's particle ("stepped down from")."""
    return (
        tree.lang == "en" and kid.dep == "advmod" and kid.i == verb.i + 1 and not kid.kids
        and kid.lower in PHRASAL_PARTICLES
    )


def _is_reduced_passive(tree: Tree, verb: Node) -> bool:
    """Whether a verb is a bare past participle modifying a noun ("liée à")."""
    nodes = tree.nodes
    if any(nodes[k].dep in AUX_DEPS for k in verb.kids):
        return False
    if verb.dep == "acl" and (verb.tag == "VBN" or verb.verbform == "Part" and verb.tag != "VBG" and tree.lang == "fr"):
        return not any(nodes[k].dep in OBJECT_DEPS for k in verb.kids)
    return False


def _shared_object(tree: Tree, verb: Node) -> Node | None:
    """The object of the last verb conjoined to ``verb``, when ``verb`` has nothing after it."""
    nodes = tree.nodes
    conjuncts = [nodes[k] for k in verb.kids if nodes[k].dep == "conj" and nodes[k].pos == "VERB"]
    if not conjuncts:
        return None
    last = conjuncts[-1]
    if any(k > verb.i and k < last.i and nodes[k].dep not in ("punct", "cc", "conj", "advmod") for k in verb.kids):
        return None
    if tree.kid(last.i, SUBJECT_DEPS) is not None:
        return None
    return tree.kid(last.i, OBJECT_DEPS)


def _light_object_complement(tree: Tree, verb: Node, obj: Node) -> Node | None:
    """The complement of a light verb's object ("has a mass [of X]"), if any."""
    nodes = tree.nodes
    if obj.lemma in STAKE_NOUNS or obj.lower in STAKE_NOUNS:
        # "buy a 40 percent stake in X", "racheter 50% de X": the company is
        # what the stake is bought in.
        return next(
            (nodes[k] for k in obj.kids
             if k > obj.i and nodes[k].dep in ("nmod", "obl") and _case_text(tree, nodes[k]).lower() in STAKE_PREPOSITIONS
             and (nodes[k].pos == "PROPN" or nodes[k].ent in _ORGANIZATION_LABELS)),
            None,
        )
    event = obj.lemma in EVENT_NOUNS and verb.lemma in _DEAL_VERBS
    if verb.lemma not in LIGHT_VERBS and not event or obj.pos != "NOUN":
        return None
    for k in obj.kids:
        kid = nodes[k]
        if k > obj.i and kid.dep in ("nmod", "obl") and _case(tree, kid):
            if event and _case_text(tree, kid).lower() not in OF_PREPOSITIONS:
                # "le rachat de Contoso", not "l'acquisition en 2020".
                return None
            if any(nodes[j].dep in ("amod", "compound", "nmod", "acl", "acl:relcl") for j in obj.kids if obj.i < j < kid.left):
                return None
            return kid
    return None


def _is_date(tree: Tree, slot: Slot) -> bool:
    """Whether an argument is a date or a year ("in 1941", "on 23 May")."""
    node = tree.nodes[slot.head]
    return node.ent in TIME_LABELS or node.pos == "NUM" and node.text.isdigit() and len(node.text) == 4


def _role(tree: Tree, node: Node) -> str:
    """Role of an oblique: its preposition, or ``time``/``place``/``agent``."""
    case = _case_text(tree, node)
    if node.dep == "obl:agent":
        return "agent"
    if case:
        return case
    if node.dep == "iobj":
        return "iobj"
    if node.ent in TIME_LABELS or node.dep == "obl:tmod":
        return "time"
    if node.ent in PLACE_LABELS:
        return "place"
    return "obl"


def _case(tree: Tree, node: Node) -> bool:
    """Whether a nominal has a preposition before it."""
    nodes = tree.nodes
    return any(nodes[k].dep == "case" and k < node.i for k in node.kids)


def _case_range(tree: Tree, node: Node) -> tuple[int, int]:
    """Token range of the prepositions before a nominal, (-1, -1) if none."""
    nodes = tree.nodes
    left = right = -1
    for k in node.kids:
        kid = nodes[k]
        if kid.dep == "case" and k < node.i:
            if left < 0:
                left = kid.left
            right = max(right, kid.right)
    return left, right


def _case_text(tree: Tree, node: Node) -> str:
    """The preposition before a nominal, as written ("d’ici à", "in")."""
    left, right = _case_range(tree, node)
    if left < 0:
        return ""
    return tree.span_text(left, right)


def _role_text(tree: Tree, slot: Slot) -> str:
    """How a folded argument's role reads inside the relation phrase."""
    if slot.role == "agent":
        node = tree.nodes[slot.head]
        return _case_text(tree, node) or ("par" if tree.lang == "fr" else "by")
    return slot.role


def _slot(tree: Tree, node: Node, role: str, exclude: int = -1) -> Slot:
    """The argument headed by ``node``, without its preposition or clauses.

    A description followed at once by a name in apposition ("his son Jamie",
    "former executives Ann Lee and Bo Chen") is one argument headed by the
    name, so that the name is what the fact is about.
    """
    left, right = _span(tree, node, exclude)
    name = _named_apposition(tree, node, right)
    if name is not None and name.i != exclude:
        _, right = _span(tree, name)
        return Slot(name.i, left, right, role)
    return Slot(node.i, left, right, role)


def _named_apposition(tree: Tree, node: Node, right: int) -> Node | None:
    """The name in apposition right after a common noun's span ("his son [Jamie]"), if any."""
    if node.pos != "NOUN":
        return None
    nodes = tree.nodes
    for k in node.kids:
        kid = nodes[k]
        if kid.dep == "appos" and kid.pos == "PROPN" and kid.left == right + 1 and kid.ent_start >= 0:
            return kid
    return None


def _span(tree: Tree, node: Node, exclude: int = -1) -> tuple[int, int]:
    """Token range of an argument: its head, modifiers and entity."""
    nodes = tree.nodes
    left = right = node.i
    floor, ceiling = -1, len(nodes)
    for k in node.kids:
        kid = nodes[k]
        if k != exclude and (_joined_by_ampersand(tree, kid) or kid.dep == "cc" and kid.text == "&"):
            pass  # "Legal & General", "Movenpick Hotels & Resorts": one name
        elif k == exclude or kid.dep in TRIM_DEPS or kid.dep in _CLAUSE_PARTS or _parenthetical_participle(tree, kid):
            # What is left out also bounds what is kept: "10 milliards de
            # yuan (près de 1,3 milliard) de revenus" is not one argument.
            if kid.dep != "punct":
                if k > node.i:
                    ceiling = min(ceiling, kid.left)
                else:
                    floor = max(floor, kid.right)
            continue
        if kid.dep in ("case", "mark") and k < node.i:
            continue
        if kid.tl < left:
            left = kid.tl
        if kid.tr > right:
            right = kid.tr
    if right >= ceiling:
        right = max(ceiling - 1, node.i)
    if left <= floor:
        left = min(floor + 1, node.i)
    if node.ent_start >= 0 and (node.ent_start < left or node.ent_end - 1 > right):
        # The tagger's entity mends a name the parser split ("Alibaba |
        # Cloud | France"), unless it runs over punctuation or a clause.
        added = [*range(node.ent_start, left), *range(right + 1, node.ent_end)]
        if all(nodes[k].pos in ENTITY_POS for k in added):
            left = min(left, node.ent_start)
            right = max(right, node.ent_end - 1)
    while left < right and nodes[left].pos == "PUNCT" and nodes[left].lower not in ("``", "\"", "«", "'"):
        left += 1
    right = _strip_right(tree, left, right)
    return left, right


def _parenthetical_participle(tree: Tree, node: Node) -> bool:
    """Whether a participle clause sits between commas after its noun ("The startup, founded by X, raised")."""
    if node.dep != "acl" or node.head > node.i or not (node.tag == "VBN" or node.verbform == "Part"):
        return False
    nodes = tree.nodes
    before = nodes[node.left] if nodes[node.left].text == "," else nodes[node.left - 1] if node.left > 0 else None
    return before is not None and before.text == ","


def _joined_by_ampersand(tree: Tree, node: Node) -> bool:
    """Whether a conjunct is joined by "&" to a name before it (the two are one name)."""
    if node.dep != "conj" or node.pos != "PROPN":
        return False
    nodes = tree.nodes
    return any(nodes[k].dep == "cc" and nodes[k].text == "&" for k in node.kids) or (
        node.i > 0 and nodes[node.i - 1].text == "&"
    )


def _strip_right(tree: Tree, left: int, right: int) -> int:
    """Move ``right`` left past trailing punctuation."""
    nodes = tree.nodes
    if right - left < MAX_BALANCED_SPAN:
        depth = 0
        for k in range(left, right + 1):
            text = nodes[k].text
            if text in _OPENING:
                depth += 1
            elif text in _CLOSING:
                if depth == 0:
                    # "près de 1,3 milliard d’euros) de revenus": cut at the
                    # bracket the span does not open.
                    right = k - 1
                    break
                depth -= 1
    while right > left and nodes[right].pos == "PUNCT" and nodes[right].lower not in ("''", "\"", "»", ")"):
        right -= 1
    return right


def _singular_role(tree: Tree, noun: Node, relation: str) -> str:
    """A role phrase with a plural role noun said in the singular, as the lexicon lists roles.

    "Flipkart executives A, B and C", "A et B, anciens dirigeants de Renault":
    each of them is an executive, a "dirigeant". The words of the phrase that
    are inflected (the noun and its adjectives) are replaced by their lemmas.
    """
    if not _plural(noun):
        return relation
    nodes = tree.nodes
    lemmas = {nodes[k].text: nodes[k].lemma for k in range(noun.left, noun.i + 1)
              if nodes[k].pos in ("NOUN", "ADJ") and _plural(nodes[k])}
    return " ".join(lemmas.get(word, word) for word in relation.split(" "))


def _plural(node: Node) -> bool:
    """Whether a noun or an adjective is written in the plural: an "-s" or "-x" its lemma lacks."""
    return node.lower[-1:] in ("s", "x") and node.lemma != node.lower and node.lower.startswith(node.lemma[:3])


def _phrase(tree: Tree, tokens: list[int]) -> str:
    """Text of some tokens, spaced as in the document."""
    nodes = tree.nodes
    parts: list[str] = []
    previous = -2
    for k in tokens:
        node = nodes[k]
        if parts:
            if k == previous + 1 and nodes[previous].end == node.start:
                pass
            else:
                parts.append(" ")
        parts.append(node.text)
        previous = k
    return "".join(parts)


def _depth(tree: Tree, node: Node) -> int:
    """Number of heads above a node (bounded)."""
    nodes = tree.nodes
    depth = 0
    while node.head != node.i and depth < 50:
        node = nodes[node.head]
        depth += 1
    return depth


# --- appositions ----------------------------------------------------------


def _appos_drafts(tree: Tree, appos: Node) -> Iterator[Draft]:
    """Facts read from an apposition: "Jeff Zhang, président de X"."""
    nodes = tree.nodes
    holder = nodes[appos.head]
    if holder.pos in ("VERB", "AUX"):
        # "a indiqué Paul Girard, le directeur général de Vinatech": the parser
        # hangs the apposition on the verb; it describes the subject just before it.
        holder = next((nodes[k] for k in holder.kids if nodes[k].dep.startswith("nsubj") and nodes[k].pos == "PROPN"
                       and nodes[k].right + 2 == appos.left and nodes[nodes[k].right + 1].text == ","), holder)
        if appos.dep == "dep" and holder.pos != "PROPN":
            return
    elif holder.pos == "NOUN" and _is_role_noun(holder, tree.lang) and not _is_role_noun(appos, tree.lang) and \
            (owner := _role_organization(tree, holder)) is not None and (owner.pos == "PROPN" or owner.ent) and \
            _role_organization(tree, appos) is not None:
        # "le directeur général de Bouygues, maison mère de Colas": what is
        # said of a company is said of Bouygues, not of its director.
        holder = owner
    if holder.pos not in NOMINAL_POS or appos.pos not in NOMINAL_POS | {"ADJ"}:
        return
    if holder.ent in NUMERIC_LABELS or appos.ent in NUMERIC_LABELS or holder.pos == "NUM" or appos.pos == "PRON":
        return
    # The holder without its name: "his son" of "his son Jamie".
    subject = Slot(holder.i, *_span(tree, holder), "subject")
    depth = _depth(tree, appos)
    conjuncts = [appos] + _conjuncts(tree, appos)
    if holder.ent in PERSON_LABELS:
        # "Paul Girard, le directeur de Vinatech, maison mère de Lumen": the
        # company's own description is no second role of the person.
        conjuncts = [appos] + [c for c in conjuncts[1:] if _is_role_noun(c, tree.lang)]
    orgs = [_role_organization(tree, c) for c in conjuncts]
    shared = next((o for o in reversed(orgs) if o is not None), None)
    cop = COPULA_WORD.get(tree.lang, "is")
    cop_lemma = COPULA_LEMMA.get(tree.lang, "be")
    for conjunct, org in zip(conjuncts, orgs):
        left = _predicate_left(tree, conjunct)
        if org is None and shared is not None and conjunct.i < shared.i and _modifier_free(tree, conjunct):
            org = shared
            relation = f"{_phrase(tree, list(range(left, conjunct.i + 1)))} {_case_text(tree, org)}"
        elif org is not None:
            case_left, case_right = _case_range(tree, org)
            relation = _phrase(tree, list(range(left, case_right + 1)))
        if org is not None:
            obj = _slot(tree, org, _case_text(tree, org))
            lemma = f"{cop_lemma} {_singular_role(tree, conjunct, relation).lower()}"
            yield Draft("role", conjunct.i, subject, relation, lemma, obj, [], depth=depth)
        else:
            right = conjunct.i
            for k in conjunct.kids:
                if k > conjunct.i and nodes[k].dep not in TRIM_DEPS:
                    right = max(right, nodes[k].right)
            right = _strip_right(tree, left, right)
            obj = Slot(conjunct.i, left, right, "object")
            if holder.ent in PLACE_LABELS and conjunct.ent in PLACE_LABELS and conjunct.i == appos.i:
                # "Columbus, Ohio": the first place is in the second.
                prep = LOCATIVE_WORD.get(tree.lang, "in")
                yield Draft("loc", conjunct.i, subject, f"{cop} {prep}", f"{cop_lemma} {prep}",
                            replace(obj, role=prep), [], depth=depth)
                continue
            if conjunct.pos == "PROPN" and holder.pos == "NOUN":
                # "the son of German immigrants Daniel and Catherine": the
                # name is what the description is said of.
                name = replace(obj, role="subject")
                split = _organization_before_role(tree, subject.left, holder.i) if tree.lang == "en" else None
                if split is not None:
                    org, role_left = split
                    role = _phrase(tree, list(range(role_left, holder.i + 1)))
                    lemma = f"{cop_lemma} {_singular_role(tree, holder, role).lower()} of"
                    yield Draft("role", conjunct.i, name, f"{cop} {role} of", lemma, org, [], depth=depth)
                    continue
                holder_org = _role_organization(tree, holder)
                if holder_org is not None:
                    # "Le président de Renault, Jean-Dominique Senard": the
                    # name holds the role at the organization.
                    _, case_right = _case_range(tree, holder_org)
                    first = _predicate_left(tree, holder)
                    while first < holder.i and tree.nodes[first].pos == "DET":
                        first += 1
                    relation = _phrase(tree, list(range(first, case_right + 1)))
                    lemma = f"{cop_lemma} {_singular_role(tree, holder, relation).lower()}"
                    yield Draft("role", conjunct.i, name, relation, lemma,
                                _slot(tree, holder_org, _case_text(tree, holder_org)), [], depth=depth)
                    continue
                owner = next((nodes[k] for k in holder.kids if k < holder.i and nodes[k].dep in ("det", "nmod:poss")
                              and nodes[k].lower in POSSESSIVES), None)
                if owner is not None and tree.lang == "fr" and _is_role_noun(holder, tree.lang):
                    # "Son directeur général, Andrea Orcel,": the post is held at
                    # whatever "son" takes up (English "Its CEO, X" is read above).
                    first = owner.i + 1
                    role = _phrase(tree, [k for k in range(first, holder.i + 1)] +
                                   [k for k in holder.kids if holder.i < k < conjunct.left and nodes[k].pos == "ADJ"])
                    relation = f"{cop} {role} de"
                    lemma = f"{cop_lemma} {_singular_role(tree, holder, role).lower()} de"
                    yield Draft("role", conjunct.i, name, relation, lemma, Slot(owner.i, owner.i, owner.i, "de"), [],
                                depth=depth)
                    continue
                yield Draft("appos", conjunct.i, name, cop, cop_lemma,
                            replace(subject, role="object"), [], depth=depth)
                continue
            yield Draft("appos", conjunct.i, subject, cop, cop_lemma, obj, [], depth=depth)


def _is_role_noun(noun: Node, lang: str) -> bool:
    """Whether a noun names a post or a function ("directeur", "chairman")."""
    roles = words("ROLE_NOUNS", lang)
    return fold(noun.lemma) in roles or fold(noun.lower) in roles


def _role_organization(tree: Tree, noun: Node) -> Node | None:
    """The organization a role noun is of: "directeur de la technologie d’X"."""
    nodes = tree.nodes
    current = noun
    for _ in range(3):
        nmod = None
        for k in current.kids:
            kid = nodes[k]
            if kid.dep in ("nmod", "obl") and k > current.i and _case_text(tree, kid).lower() in ROLE_PREPOSITIONS:
                nmod = kid
                break
        if nmod is None:
            return None
        if nmod.pos == "PROPN" or nmod.ent in _ORGANIZATION_LABELS or _named_by(tree, nmod):
            return nmod
        if nmod.lemma in ORGANIZATION_NOUNS and (
            any(nodes[j].dep == "det" for j in nmod.kids) or _case_text(tree, nmod).lower() in ("du", "des")
        ):
            # "directeur général de l'entreprise": a description of the company.
            return nmod
        current = nmod
    return None


def _named_by(tree: Tree, noun: Node) -> bool:
    """Whether a common noun ends in a name ("fabricant de pneumatique Michelin")."""
    nodes = tree.nodes
    for _ in range(3):
        name = next((nodes[k] for k in noun.kids if k > noun.i and nodes[k].dep in _NAME_DEPS), None)
        if name is not None and (name.pos == "PROPN" and name.ent in _ORGANIZATION_LABELS):
            return True
        inner = next((nodes[k] for k in noun.kids if k > noun.i and nodes[k].dep == "nmod"), None)
        if inner is None or inner.pos != "NOUN":
            return False
        noun = inner
    return False


def _modifier_free(tree: Tree, noun: Node) -> bool:
    """Whether a noun has no complement after it (so it may share one)."""
    nodes = tree.nodes
    return not any(k > noun.i and nodes[k].dep in ("nmod", "obl") for k in noun.kids)


def _conjuncts(tree: Tree, node: Node) -> list[Node]:
    """Conjuncts of a node (conjuncts of conjuncts too), in sentence order."""
    nodes = tree.nodes
    found: list[Node] = []
    stack = [node.i]
    while stack and len(found) < MAX_CONJUNCTS:
        k = stack.pop()
        for c in nodes[k].kids:
            if nodes[c].dep == "conj" and nodes[c].pos == nodes[node.i].pos or (
                nodes[c].dep == "conj" and nodes[c].pos in NOMINAL_POS and nodes[node.i].pos in NOMINAL_POS
            ):
                found.append(nodes[c])
                stack.append(c)
    found.sort(key=lambda n: n.i)
    return found


# --- noun phrases ---------------------------------------------------------


def _noun_drafts(tree: Tree, noun: Node) -> Iterator[Draft]:
    """Facts a noun phrase states by itself: possession, titles, location."""
    nodes = tree.nodes
    lang = tree.lang
    depth = _depth(tree, noun)
    for k in noun.kids:
        kid = nodes[k]
        if kid.dep == "nmod:poss" and lang == "en" and kid.pos in ("PROPN", "NOUN") and k < noun.i:
            # "King 's grandmother" → (King; has; grandmother)
            owner = _slot(tree, kid, "subject")
            owner.right = _strip_possessive(tree, owner.left, owner.right)
            left = kid.right + 1
            while left < noun.i and nodes[left].dep == "case":
                left += 1
            _, right = _span(tree, noun)
            if left <= right:
                obj = Slot(noun.i, left, _strip_right(tree, left, right), "object")
                yield Draft("poss", noun.i, owner, HAVE_WORD[lang], HAVE_LEMMA[lang], obj, [], depth=depth)
        elif kid.dep in ("nmod", "obl") and k > noun.i and kid.ent in PLACE_LABELS | {"ORG"}:
            case = _case_text(tree, kid)
            if case.lower() in LOCATIVE_PREPOSITIONS and (noun.pos == "PROPN" or lang != "fr"):
                # "the Goods Depot at Kettering" → (the Goods Depot; is at; Kettering).
                # The French parser hangs a verb's place on its object ("envoyer
                # une lettre à Rome", "supprimer des emplois en France"): there
                # only a name is said to be in the place.
                left, _ = _span(tree, noun)
                subject = Slot(noun.i, left, _strip_right(tree, left, _case_range(tree, kid)[0] - 1), "subject")
                if subject.right < subject.left:
                    continue
                obj = _slot(tree, kid, case)
                word = COPULA_WORD.get(lang, "is")
                yield from _split(tree, Draft(
                    "loc", noun.i, subject, f"{word} {case}", f"{COPULA_LEMMA.get(lang, 'be')} {case.lower()}",
                    obj, [], depth=depth,
                ))
    if lang == "en":
        yield from _based_drafts(tree, noun, depth)
    if lang == "en" and noun.pos == "PROPN" and noun.ent == "PERSON" and noun.ent_start >= 0:
        # "President Bush" → (Bush; is; President)
        title = [
            k for k in noun.kids
            if nodes[k].dep == "compound" and k < noun.ent_start and nodes[k].lower not in HONORIFICS
        ]
        if title:
            left = min(nodes[k].left for k in title)
            right = noun.ent_start - 1
            person = Slot(noun.i, noun.ent_start, noun.ent_end - 1, "subject")
            split = _organization_before_role(tree, left, right)
            owner = next((nodes[k] for k in noun.kids if nodes[k].dep == "nmod:poss" and k < left), None)
            if split is None and owner is not None and owner.pos == "PROPN" and owner.ent not in _PLACE_OR_PEOPLE:
                # "Intel Corp's CEO Pat Gelsinger"
                owner_slot = _slot(tree, owner, "of")
                owner_slot.right = _strip_possessive(tree, owner_slot.left, owner_slot.right)
                split = owner_slot, left
            if split is not None:
                # "Intel CEO Pat Gelsinger", "Acme's chief executive Jo Li":
                # the name holds the role at the organization before it.
                org, role_left = split
                role = _phrase(tree, list(range(role_left, right + 1)))
                lemma = f"{COPULA_LEMMA['en']} {_singular_role(tree, nodes[right], role).lower()} of"
                yield Draft("title", noun.i, person, f"{COPULA_WORD['en']} {role} of", lemma, org, [], depth=depth)
                return
            obj = Slot(title[-1], left, right, "object")
            yield Draft("title", noun.i, person, COPULA_WORD["en"], COPULA_LEMMA["en"], obj, [], depth=depth)


def _event_drafts(tree: Tree, noun: Node) -> Iterator[Draft]:
    """The business event an event noun names with its own participants.

    "le rachat de Banco BPM par Unicredit": the agent is the subject. "Colas a
    conclu un accord en vue de l'acquisition de Destia", "signed an agreement
    for the purchase of X": the subject of the verb that concluded, announced
    or planned the deal. A noun that is a verb's object is the verb's fact
    ("a finalisé le rachat de X"); one a verb merely mentions ("la Commission
    a bloqué le rachat de X") has no known buyer and gives nothing.
    """
    nodes = tree.nodes
    if noun.pos != "NOUN" or noun.lemma not in EVENT_NOUNS or noun.head == noun.i:
        return
    kids = [nodes[k] for k in noun.kids if k > noun.i and nodes[k].dep in _EVENT_COMPLEMENT_DEPS and _case(tree, nodes[k])]
    target = next((k for k in kids if _case_text(tree, k).lower() in OF_PREPOSITIONS and k.pos in NOMINAL_POS), None)
    if target is None:
        return
    agent = next((k for k in kids if _case_text(tree, k).lower() in AGENT_PREPOSITIONS and k.pos in NOMINAL_POS), None)
    if agent is None:
        # "Elon Musk's $44 billion takeover of Twitter": a named possessor is the agent.
        agent = next((nodes[k] for k in noun.kids if k < noun.i and nodes[k].dep == "nmod:poss"
                      and nodes[k].pos == "PROPN"), None)
    modality: str | None = None
    negated = False
    if agent is not None:
        subject = _slot(tree, agent, "subject")
        if subject.right > agent.i and nodes[subject.right].dep == "case":
            subject = replace(subject, right=subject.right - 1)  # "Elon Musk’s": the name, not its "’s"
    else:
        # Climb through the nouns of a deal ("un accord en vue de", "plans
        # for") to the verb whose subject made it.
        current, deal = noun, None
        for _ in range(3):
            if current.head == current.i or not (current.dep in OBJECT_DEPS or current.dep in _EVENT_COMPLEMENT_DEPS):
                return
            head = nodes[current.head]
            if head.pos in ("VERB", "AUX"):
                break
            if head.lemma in AGREEMENT_NOUNS or head.lemma in INTENTION_NOUNS or head.lower in TALKS_NOUNS:
                deal = head
            elif head.lemma not in _PURPOSE_NOUNS:
                return
            if head.lemma in INTENTION_NOUNS or head.lower in TALKS_NOUNS or head.lemma in _PURPOSE_NOUNS:
                modality = "intended"
            current = head
        else:
            return
        if head.lemma not in _DEAL_VERBS:
            return  # "the regulator blocked the agreement for the acquisition of X": not its deal
        if deal is None:
            # "a conclu un accord en vue de l'acquisition": the deal is the verb's object.
            obj = tree.kid(head.i, OBJECT_DEPS)
            if not (obj is not None and obj.lemma in AGREEMENT_NOUNS or head.lemma in ANNOUNCING_VERBS):
                return
        chain = _chain(tree, head)
        subject, _inherited = _subject(tree, chain)
        if subject is None or subject.left <= noun.i <= subject.right:
            return
        outer = _verb_group(tree, chain, None, subject, None)
        negated = outer.negated
        if outer.modality and modality is None:
            modality = outer.modality
    case = _case_text(tree, target)
    args = [_slot(tree, k, _role(tree, k)) for k in kids if k is not target and k is not agent]
    if agent is None:
        # "a conclu un accord sur la cession de X, pour 1,7 milliard": the price hangs on the verb.
        args += [_slot(tree, nodes[k], _role(tree, nodes[k])) for k in head.kids
                 if nodes[k].dep.startswith("obl") and _case_text(tree, nodes[k]).lower() in _PRICE_PREPOSITIONS]
    obj = _slot(tree, target, case)
    draft = Draft("event", noun.i, subject, f"{noun.text} {case}", f"{noun.lemma} {case.lower()}", obj, args,
                  negated, modality, depth=_depth(tree, noun))
    yield from _split(tree, draft)


def _departure_drafts(tree: Tree, noun: Node) -> Iterator[Draft]:
    """A person's leaving that a noun names: "après la révocation de Thierry Bolloré" → (Thierry Bolloré; quitter).

    The person is the noun's "de"/"of" complement, a name; the post or the
    organization left may follow ("la démission de X de la présidence de Y").
    """
    nodes = tree.nodes
    if noun.pos != "NOUN" or noun.lemma not in DEPARTURE_NOUNS:
        return
    kids = [nodes[k] for k in noun.kids if k > noun.i and nodes[k].dep in _EVENT_COMPLEMENT_DEPS and _case(tree, nodes[k])]
    person = next((k for k in kids if _case_text(tree, k).lower() in OF_PREPOSITIONS and k.pos == "PROPN"), None)
    if person is None:
        return
    args = [_slot(tree, k, _role(tree, k)) for k in kids if k is not person]
    lemma = LEAVING_LEMMA.get(tree.lang, "leave")
    yield Draft("event", noun.i, _slot(tree, person, "subject"), f"{noun.text} {_case_text(tree, person)}", lemma,
                None, args, depth=_depth(tree, noun))


#: Verbs whose subject makes, closes or reports the deal its object or complement names.
_DEAL_VERBS = EVENT_VERBS | LIGHT_VERBS

#: Labels of a noun's prepositional complements.
_EVENT_COMPLEMENT_DEPS = frozenset({"nmod", "obl", "obl:agent", "nmod:agent", "obl:arg", "obl:mod"})

#: Prepositions of a price ("pour 200 millions", "for $2 billion").
_PRICE_PREPOSITIONS = frozenset({"pour", "for"})

#: Nouns of purpose between a deal and its event ("en vue de l'acquisition").
_PURPOSE_NOUNS = frozenset({"vue", "but", "purpose", "view"})


def _based_drafts(tree: Tree, noun: Node, depth: int) -> Iterator[Draft]:
    """ "the Helsinki-based Wolt" → (Wolt; is based in; Helsinki)."""
    nodes = tree.nodes
    for k in noun.kids:
        based = nodes[k]
        if based.dep != "amod" or based.lower != "based" or k > noun.i:
            continue
        place = next(
            (nodes[j] for j in based.kids if j < k and nodes[j].pos == "PROPN" and nodes[j].dep in _BASED_PLACE_DEPS),
            None,
        )
        if place is None:
            continue
        _, right = _span(tree, noun)
        left = k + 1
        while left < noun.i and nodes[left].pos == "PUNCT":
            left += 1
        if left > right:
            continue
        subject = Slot(noun.i, left, right, "subject")
        obj = _slot(tree, place, "in")
        # Each conjunct has its own "X-based": only the places are split.
        for place_slot in _alternatives(tree, obj):
            yield Draft("loc", k, subject, "is based in", "be base in", place_slot, [], depth=depth)


def _organization_before_role(tree: Tree, left: int, right: int) -> tuple[Slot, int] | None:
    """Split "Intel CEO" into the organization and the first token of the role.

    The role is the longest run of role words ending the phrase; what comes
    before it must be a name (capitalized words, with a possessive "'s").

    Returns:
        The organization's slot and where the role starts, or ``None``.
    """
    nodes = tree.nodes
    role_left = right + 1
    while role_left > left and (
        nodes[role_left - 1].lower in ROLE_WORDS or nodes[role_left - 1].text in ("-", "‑")
    ):
        role_left -= 1
    if role_left > right or role_left == left:
        return None
    org_right = _strip_possessive(tree, left, role_left - 1)
    if not all(nodes[k].text[:1].isupper() or nodes[k].text in ("&", "-", ".") for k in range(left, org_right + 1)):
        return None
    if nodes[left].lower in HONORIFICS or any(nodes[k].ent in _PLACE_OR_PEOPLE for k in range(left, org_right + 1)):
        # "US President Joe Biden" holds an office of a country, not a post at a firm.
        return None
    return Slot(org_right, left, org_right, "of"), role_left


def _strip_possessive(tree: Tree, left: int, right: int) -> int:
    """Move ``right`` left past a possessive ending ("'s")."""
    nodes = tree.nodes
    while right > left and (nodes[right].dep == "case" or nodes[right].lower in ("'s", "'", "’s")):
        right -= 1
    return right


# --- conjunction splitting ------------------------------------------------


def _split(tree: Tree, draft: Draft) -> Iterator[Draft]:
    """One draft per combination of conjoined arguments."""
    subjects = _alternatives(tree, draft.subject)
    objects = _alternatives(tree, draft.object) if draft.object is not None else [None]
    arg_alts = _group_siblings(tree, [_alternatives(tree, a) for a in draft.args])
    if len(subjects) == 1 and len(objects) == 1 and all(len(a) == 1 for a in arg_alts):
        yield draft
        return
    combos = product(subjects, objects, *arg_alts)
    for combo in islice(combos, MAX_FACTS_PER_CLAUSE):
        subject, obj, *args = combo
        yield replace(draft, subject=subject, object=obj, args=list(args), split=True)


def _included(tree: Tree, head: Node, slot: Slot) -> list[Slot]:
    """The members a noun phrase lists after "including" ("assets including X and Y"), as slots."""
    nodes = tree.nodes
    for k in head.kids:
        kid = nodes[k]
        if k > head.i and kid.dep in ("nmod", "obl") and _case_text(tree, kid).lower() in INCLUDING_WORDS:
            members = [kid, *_conjuncts(tree, kid)]
            return [
                Slot(m.i, *_span(tree, m), slot.role) for m in members
                if slot.left <= m.i <= slot.right and (m.pos == "PROPN" or m.ent_start >= 0)
            ]
    return []


def _group_siblings(tree: Tree, arg_alts: list[list[Slot]]) -> list[list[Slot]]:
    """Merge obliques listed with commas ("en Asie, en Europe, au Moyen-Orient")."""
    nodes = tree.nodes
    grouped: list[list[Slot]] = []
    for alts in arg_alts:
        if grouped and len(alts) >= 1:
            previous = grouped[-1][-1]
            first = alts[0]
            between = range(previous.right + 1, first.left)
            gap = [nodes[k] for k in between if not (nodes[k].dep == "case" and nodes[k].head == first.head)]
            a, b = nodes[previous.head], nodes[first.head]
            if (
                len(gap) == 1 and gap[0].text == ","
                and previous.role not in ("object", "subject") and first.role not in ("object", "subject")
                and (a.ent and a.ent == b.ent or a.pos == b.pos == "PROPN")
            ):
                grouped[-1] = grouped[-1] + alts
                continue
        grouped.append(list(alts))
    return grouped


def _alternatives(tree: Tree, slot: Slot) -> list[Slot]:
    """A slot and one slot per conjunct of its head."""
    nodes = tree.nodes
    head = nodes[slot.head]
    if head.pos not in NOMINAL_POS or slot.resolved:
        return [slot]
    included = _included(tree, head, slot)
    if included:
        # "several studios, including Pixar and Lucasfilm": the phrase, then
        # each member named.
        return [slot, *included]
    # Conjuncts inside one name ("the London, Midland and Scottish Railway")
    # are not split.
    bare = all(nodes[k].dep in ("conj", "cc", "punct") for k in head.kids)
    conjuncts = [
        c for c in _conjuncts(tree, head)
        if not (bare and head.ent_start >= 0 and c.ent_start == head.ent_start) and not _joined_by_ampersand(tree, c)
    ]
    if not conjuncts:
        return [slot]
    alts = [slot]
    for conj in conjuncts:
        left, right = _span(tree, conj)
        role = slot.role
        case = _case_text(tree, conj)
        if case and role not in ("subject", "object", "agent"):
            role = case
        alts.append(Slot(conj.i, left, right, role))
    return alts
