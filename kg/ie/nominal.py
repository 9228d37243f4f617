"""Facts that nouns state: copulas, appositions, roles, event nouns, "X-based".

"Grenoble est une ville de France", "Jean Martin, président de Lumen",
"German Chancellor Angela Merkel", "le rachat de X par Y" (under a verb that
makes or reports the deal), "Lyon-based Northwind", "ses sites de Molsheim
et Martillac", a count in apposition ("roughly 19,000 jobs").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.ie.arguments import _obliques, _predicate_left
from kg.ie.conjunctions import _alternatives, _split
from kg.ie.drafts import (
    _CLAUSE_LEVEL,
    Draft,
    Slot,
    VerbGroup,
    _depth,
)
from kg.ie.lexicon import (
    AMOUNT_VERBS,
    CHANGE_VERBS,
    COPULA_LEMMA,
    COPULA_WORD,
    HAVE_LEMMA,
    HAVE_WORD,
    HONORIFICS,
    LOCATIVE_PREPOSITIONS,
    MEASURE_NOUNS,
    MEASURE_PARTS,
    NEW_AMOUNT_PREPOSITIONS,
    OF_PREPOSITIONS,
    OF_WORD,
    PLACE_LABELS,
    POSSESSIVES,
    SUBJECT_DEPS,
    TRIM_DEPS,
)
from kg.ie.roles import _PLACE_OR_PEOPLE, _organization_before_role, _singular_role, _strip_possessive
from kg.ie.spans import _case, _case_range, _case_text, _phrase, _slot, _span, _strip_right
from kg.ie.tree import NOMINAL_POS, Node, Tree

#: Labels of the place in "Helsinki-based".
_BASED_PLACE_DEPS = frozenset({"obl:npmod", "npadvmod", "compound", "nmod", "obl"})


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
    if measure is None or draft.negated:
        return None
    verb = nodes[draft.pred].lemma
    if verb in AMOUNT_VERBS:
        amount = next((a for a in (draft.object, *draft.args) if a is not None and _holds_number(tree, a)), None)
    elif verb in CHANGE_VERBS:
        # "Les ventes ont bondi de 7 % à 937 millions d'euros": the new amount, not the change.
        amount = next(
            (a for a in draft.args if a.role.lower() in NEW_AMOUNT_PREPOSITIONS and _holds_number(tree, a)), None
        )
    else:
        return None
    if amount is None:
        return None
    owner: Slot | None = None
    parts = [noun, *(nodes[k] for k in noun.kids if nodes[k].lemma in MEASURE_PARTS)]
    for part in parts:
        for k in part.kids:
            kid = nodes[k]
            if (
                kid.dep in ("nmod", "nmod:poss")
                and kid.lemma not in MEASURE_PARTS
                and kid.pos in NOMINAL_POS
                and (kid.dep == "nmod:poss" or _case_text(tree, kid).lower() in OF_PREPOSITIONS)
            ):
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
    return Draft(
        "measure",
        draft.pred,
        owner,
        f"{measure} {of}",
        f"{measure} {of}",
        replace(amount, role="object"),
        [a for a in draft.args if a is not amount],
        draft.negated,
        draft.modality,
        draft.attribution,
        draft.inherited,
        draft.depth,
    )


def _holds_number(tree: Tree, slot: Slot) -> bool:
    """Whether an argument states a number ("295 millions d'euros", "$3 billion")."""
    return any(tree.nodes[i].pos == "NUM" for i in range(slot.left, slot.right + 1))


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
        (
            nodes[k]
            for k in pred.kids
            if k > pred.i and nodes[k].dep in ("nmod", "obl", "obl:arg", "obl:mod") and _case(tree, nodes[k])
        ),
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
    yield from _split(
        tree,
        Draft(
            "copula",
            pred.i,
            subject,
            relation,
            lemma,
            obj,
            args,
            group.negated,
            group.modality,
            group.attribution,
            inherited,
            _depth(tree, pred),
        ),
    )


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
                yield from _split(
                    tree,
                    Draft(
                        "loc",
                        noun.i,
                        subject,
                        f"{word} {case}",
                        f"{COPULA_LEMMA.get(lang, 'be')} {case.lower()}",
                        obj,
                        [],
                        depth=depth,
                    ),
                )
    if lang == "en":
        yield from _based_drafts(tree, noun, depth)
    if lang == "en" and noun.pos == "PROPN" and noun.ent == "PERSON" and noun.ent_start >= 0:
        # "President Bush" → (Bush; is; President)
        title = [
            k
            for k in noun.kids
            if nodes[k].dep == "compound" and k < noun.ent_start and nodes[k].lower not in HONORIFICS
        ]
        if title:
            left = min(nodes[k].left for k in title)
            right = noun.ent_start - 1
            person = Slot(noun.i, noun.ent_start, noun.ent_end - 1, "subject")
            split = _organization_before_role(tree, left, right)
            possessor = next((nodes[k] for k in noun.kids if nodes[k].dep == "nmod:poss" and k < left), None)
            if (
                split is None
                and possessor is not None
                and possessor.pos == "PROPN"
                and possessor.ent not in _PLACE_OR_PEOPLE
            ):
                # "Intel Corp's CEO Pat Gelsinger"
                owner_slot = _slot(tree, possessor, "of")
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
        whole, right = _span(tree, noun)
        left = k + 1
        while left < noun.i and nodes[left].pos == "PUNCT":
            left += 1
        if noun.pos == "NOUN":
            # "The Seattle-based e-commerce giant": the whole description, which the
            # resolver takes up as the company it describes.
            left = whole
        if left > right:
            continue
        subject = Slot(noun.i, left, right, "subject")
        obj = _slot(tree, place, "in")
        # Each conjunct has its own "X-based": only the places are split.
        for place_slot in _alternatives(tree, obj):
            yield Draft("loc", k, subject, "is based in", "be base in", place_slot, [], depth=depth)
