"""Roles in apposition and before names: "Jean Martin, président de Lumen", "German Chancellor Angela Merkel".

A role noun says who holds which post, and at which organization: the one
it names ("de Lumen", "Lumen's"), or the one a name before it names
("Lightspeed India MD Bejul Somaia"). A role in the plural is each one's
("Flipkart executives A, B and C"); a count in apposition is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.ie.arguments import NUMERIC_LABELS, _predicate_left, _role_organization
from kg.ie.conjunctions import _conjuncts
from kg.ie.drafts import (
    CONDITIONAL,
    Draft,
    Slot,
    _depth,
)
from kg.ie.lexicon import (
    _LIST_JOINERS,
    _LIST_OPENERS,
    APPOINTING_NOUNS,
    APPOINTING_VERBS,
    AS_PREPOSITIONS,
    COPULA_LEMMA,
    COPULA_WORD,
    HOLDING_VERBS,
    HONORIFICS,
    LEAVING_VERBS,
    LOCATIVE_WORD,
    OF_WORD,
    PAST_COPULA_WORD,
    PERSON_LABELS,
    PLACE_LABELS,
    POSSESSIVES,
    ROLE_WORDS,
    TRIM_DEPS,
)
from kg.ie.spans import _case_range, _case_text, _phrase, _slot, _span, _strip_right
from kg.ie.tree import NOMINAL_POS, Node, Tree
from kg.lang import per_language, words
from kg.text import fold

#: Entity labels of countries, places and nationalities, which hold no staff.
_PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "NORP"})


#: The role of a count in apposition to an object ("2.5 percent of its workforce, roughly 19,000 jobs").
_RESTATED_ROLE: dict[str, str] = per_language("RESTATED_ROLE")


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
    appointing = not leaving and any(f" {verb} " in words for verb in APPOINTING_VERBS | APPOINTING_NOUNS)
    holding = not (leaving or appointing) and any(f" {verb} " in words for verb in HOLDING_VERBS)
    if not (leaving or appointing or holding):
        return None
    role = next((a for a in (draft.object, *draft.args) if a is not None and a.role.lower() in AS_PREPOSITIONS), None)
    person = draft.object if appointing else draft.subject
    if role is None and appointing and person is not None:
        # "appointed Dan Reyes as CEO": the parser hung the role on the name.
        inner = next(
            (
                nodes[k]
                for k in nodes[person.head].kids
                if k > person.head and _case_text(tree, nodes[k]).lower() in AS_PREPOSITIONS
            ),
            None,
        )
        if inner is not None:
            role = _slot(tree, inner, _case_text(tree, inner))
            person = Slot(person.head, person.left, _case_range(tree, inner)[0] - 1, person.role)
    if role is None or nodes[role.head].pos not in NOMINAL_POS:
        return None
    org_node = _role_organization(tree, nodes[role.head])
    if person is None or person is role or nodes[person.head].pos not in ("PROPN", "NOUN", "PRON"):
        return None
    if nodes[person.head].lemma in APPOINTING_NOUNS:
        return None  # "serait nommé après la nomination de X comme directrice": the nomination holds no post
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
    return Draft(
        "role",
        draft.pred,
        replace(person, role="subject"),
        f"{cop} {title}",
        lemma,
        org,
        [],
        depth=draft.depth,
        inherited=draft.inherited,
    )


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
        while end + 1 < n and (
            nodes[end + 1].text[:1].isupper()
            or (nodes[end + 1].text in ("-", "&") and end + 2 < n and nodes[end + 2].text[:1].isupper())
        ):
            end += 2 if nodes[end + 1].text in ("-", "&") else 1
        names.append(Slot(end, k, end, role))
        k = end + 1
        if k < n and nodes[k].lower in _LIST_JOINERS:
            k += 1
            continue
        break
    return names


def _singular_role(tree: Tree, noun: Node, relation: str) -> str:
    """A role phrase with a plural role noun said in the singular, as the lexicon lists roles.

    "Flipkart executives A, B and C", "A et B, anciens dirigeants de Renault":
    each of them is an executive, a "dirigeant". The words of the phrase that
    are inflected (the noun and its adjectives) are replaced by their lemmas.
    """
    if not _plural(noun):
        return relation
    nodes = tree.nodes
    lemmas = {
        nodes[k].text: nodes[k].lemma
        for k in range(noun.left, noun.i + 1)
        if nodes[k].pos in ("NOUN", "ADJ") and _plural(nodes[k])
    }
    return " ".join(lemmas.get(word, word) for word in relation.split(" "))


def _plural(node: Node) -> bool:
    """Whether a noun or an adjective is written in the plural: an "-s" or "-x" its lemma lacks."""
    return node.lower[-1:] in ("s", "x") and node.lemma != node.lower and node.lower.startswith(node.lemma[:3])


def _appos_drafts(tree: Tree, appos: Node) -> Iterator[Draft]:
    """Facts read from an apposition: "Jeff Zhang, président de X"."""
    nodes = tree.nodes
    holder = nodes[appos.head]
    if holder.pos in ("VERB", "AUX"):
        # "a indiqué Paul Girard, le directeur général de Vinatech": the parser
        # hangs the apposition on the verb; it describes the subject just before it.
        holder = next(
            (
                nodes[k]
                for k in holder.kids
                if nodes[k].dep.startswith("nsubj")
                and nodes[k].pos == "PROPN"
                and nodes[k].right + 2 == appos.left
                and nodes[nodes[k].right + 1].text == ","
            ),
            holder,
        )
        if appos.dep == "dep" and holder.pos != "PROPN":
            return
    elif (
        holder.pos == "NOUN"
        and _is_role_noun(holder, tree.lang)
        and not _is_role_noun(appos, tree.lang)
        and (owner := _role_organization(tree, holder)) is not None
        and (owner.pos == "PROPN" or owner.ent)
        and _role_organization(tree, appos) is not None
    ):
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
            _case_left, case_right = _case_range(tree, org)
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
                yield Draft(
                    "loc",
                    conjunct.i,
                    subject,
                    f"{cop} {prep}",
                    f"{cop_lemma} {prep}",
                    replace(obj, role=prep),
                    [],
                    depth=depth,
                )
                continue
            if conjunct.pos == "PROPN" and (
                holder.pos == "NOUN"
                # "CEO" is often tagged as a name: a role noun that names no one is a noun.
                or (holder.pos == "PROPN" and not holder.ent and _is_role_noun(holder, tree.lang))
            ):
                # "the son of German immigrants Daniel and Catherine": the
                # name is what the description is said of.
                name = replace(obj, role="subject")
                split = _organization_before_role(tree, subject.left, holder.i) if tree.lang == "en" else None
                if split is not None:
                    named_org, role_left = split
                    role = _phrase(tree, list(range(role_left, holder.i + 1)))
                    lemma = f"{cop_lemma} {_singular_role(tree, holder, role).lower()} of"
                    yield Draft("role", conjunct.i, name, f"{cop} {role} of", lemma, named_org, [], depth=depth)
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
                    yield Draft(
                        "role",
                        conjunct.i,
                        name,
                        relation,
                        lemma,
                        _slot(tree, holder_org, _case_text(tree, holder_org)),
                        [],
                        depth=depth,
                    )
                    continue
                owner = next(
                    (
                        nodes[k]
                        for k in holder.kids
                        if k < holder.i and nodes[k].dep in ("det", "nmod:poss") and nodes[k].lower in POSSESSIVES
                    ),
                    None,
                )
                if owner is not None and tree.lang == "fr" and _is_role_noun(holder, tree.lang):
                    # "Son directeur général, Andrea Orcel,": the post is held at
                    # whatever "son" takes up (English "Its CEO, X" is read above).
                    first = owner.i + 1
                    role = _phrase(
                        tree,
                        [k for k in range(first, holder.i + 1)]
                        + [k for k in holder.kids if holder.i < k < conjunct.left and nodes[k].pos == "ADJ"],
                    )
                    relation = f"{cop} {role} de"
                    lemma = f"{cop_lemma} {_singular_role(tree, holder, role).lower()} de"
                    yield Draft(
                        "role",
                        conjunct.i,
                        name,
                        relation,
                        lemma,
                        Slot(owner.i, owner.i, owner.i, "de"),
                        [],
                        depth=depth,
                    )
                    continue
                yield Draft("appos", conjunct.i, name, cop, cop_lemma, replace(subject, role="object"), [], depth=depth)
                continue
            yield Draft("appos", conjunct.i, subject, cop, cop_lemma, obj, [], depth=depth)


def _is_role_noun(noun: Node, lang: str) -> bool:
    """Whether a noun names a post or a function ("directeur", "chairman")."""
    roles = words("ROLE_NOUNS", lang)
    return fold(noun.lemma) in roles or fold(noun.lower) in roles


def _modifier_free(tree: Tree, noun: Node) -> bool:
    """Whether a noun has no complement after it (so it may share one)."""
    nodes = tree.nodes
    return not any(k > noun.i and nodes[k].dep in ("nmod", "obl") for k in noun.kids)


def _organization_before_role(tree: Tree, left: int, right: int) -> tuple[Slot, int] | None:
    """Split "Intel CEO" into the organization and the first token of the role.

    The role is the longest run of role words ending the phrase; what comes
    before it must be a name (capitalized words, with a possessive "'s").

    Returns:
        The organization's slot and where the role starts, or ``None``.
    """
    nodes = tree.nodes
    role_left = right + 1
    while role_left > left and (nodes[role_left - 1].lower in ROLE_WORDS or nodes[role_left - 1].text in ("-", "‑")):
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
