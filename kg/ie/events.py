"""Event nouns with their participants: "le rachat de X par Y", "Elon Musk's takeover of Twitter".

An event noun is a fact under a verb that makes, closes or reports the deal
only ("a bloqué le rachat de X" names no buyer); a noun of leaving names who
left; the funders listed after "auprès de" / "from" each invest; a
company's sites are where it operates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.ie.arguments import NUMERIC_LABELS, _subject
from kg.ie.conjunctions import _alternatives, _split
from kg.ie.drafts import (
    CONDITIONAL,
    Draft,
    Slot,
    _chain,
    _depth,
)
from kg.ie.lexicon import (
    _DEAL_VERBS,
    _PRICE_PREPOSITIONS,
    _PURPOSE_NOUNS,
    AGENT_PREPOSITIONS,
    AGREEMENT_NOUNS,
    ANNOUNCING_VERBS,
    BOUGHT_LEMMA,
    BOUGHT_WORD,
    BUYER_PREPOSITIONS,
    DEPARTURE_NOUNS,
    EVENT_NOUNS,
    FUNDER_PREPOSITIONS,
    FUNDING_NOUNS,
    INTENTION_NOUNS,
    INVESTED_LEMMA,
    INVESTED_PREPOSITION,
    INVESTED_WORD,
    LEAVING_LEMMA,
    LOCATIVE_WORD,
    MERGED_LEMMA,
    MERGED_WORD,
    MERGER_NOUNS,
    MERGER_PREPOSITION,
    OBJECT_DEPS,
    OF_PREPOSITIONS,
    OPERATES_LEMMA,
    OPERATES_WORD,
    PLACE_LABELS,
    POSSESSIVES,
    RAISING_VERBS,
    SELLING_VERBS,
    SITE_NOUNS,
    SITE_PREPOSITIONS,
    SITE_VERBS,
    TALKS_NOUNS,
)
from kg.ie.roles import _named_list
from kg.ie.spans import _case, _case_range, _case_text, _role, _slot
from kg.ie.tree import NOMINAL_POS, Node, Tree
from kg.ie.verbs import _verb_group


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
        places = [
            nodes[a.head]
            for a in draft.args
            if a.role.lower() in SITE_PREPOSITIONS
            and nodes[a.head].pos == "PROPN"
            and nodes[a.head].ent in PLACE_LABELS
        ]
    for place in places:
        for alt in _place_alternatives(tree, place):
            yield Draft(
                "site",
                draft.pred,
                draft.subject,
                OPERATES_WORD.get(tree.lang, "operates in"),
                OPERATES_LEMMA.get(tree.lang, "operate in"),
                alt,
                [],
                depth=draft.depth,
                inherited=True,
                modality=draft.modality,
            )
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
                nodes[j]
                for j in site.kids
                if nodes[j].pos == "PROPN"
                and (
                    (
                        j > site.i
                        and nodes[j].dep in ("nmod", "obl")
                        and _case_text(tree, nodes[j]).lower() in SITE_PREPOSITIONS
                    )
                    or (j < site.i and nodes[j].dep == "compound" and nodes[j].ent in PLACE_LABELS)
                )
            ]
            for place in places:
                for alt in _place_alternatives(tree, place):
                    yield Draft(
                        "site",
                        site.i,
                        draft.subject,
                        OPERATES_WORD.get(tree.lang, "operates in"),
                        OPERATES_LEMMA.get(tree.lang, "operate in"),
                        alt,
                        [],
                        depth=draft.depth,
                        inherited=True,
                        modality=draft.modality,
                    )


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
        if (
            node.pos == "PROPN"
            and node.dep in ("nmod", "obl")
            and _case_text(tree, node).lower() in FUNDER_PREPOSITIONS
        ):
            funders.extend(_alternatives(tree, _slot(tree, node, _case_text(tree, node))))
    # "a levé 5 millions auprès de X": "auprès" is tagged an adverb, X its argument; it
    # hangs on the verb, on one of its dependents, or on the round's participle.
    holders = [*nodes[draft.pred].kids, *(k for k in inside if nodes[k].pos == "VERB")]
    aupres = [
        a for k in holders for a in ([k] if nodes[k].lower == "auprès" else nodes[k].kids) if nodes[a].lower == "auprès"
    ]
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
            yield Draft(
                "funding",
                draft.pred,
                investor,
                INVESTED_WORD.get(tree.lang, "invested in"),
                INVESTED_LEMMA.get(tree.lang, "invest in"),
                company,
                [],
                depth=draft.depth,
                inherited=True,
            )


def _buyers(tree: Tree, draft: Draft) -> Iterator[Draft]:
    """ "L&G is to sell a savings business to Swiss Re for 650 million pounds": Swiss Re buys it, at that price.

    The buyer must be named (a proper noun or a tagged name); the price and the
    other complements, the modality and the attribution go with the purchase.
    """
    if draft.negated or draft.modality == CONDITIONAL or draft.object is None:
        return
    words = draft.lemma.split()
    if not words or (words[-1] not in SELLING_VERBS and (len(words) < 2 or words[-2] not in SELLING_VERBS)):
        return
    nodes = tree.nodes
    sold = draft.object
    buyers = [a for a in draft.args if a.role.lower() in BUYER_PREPOSITIONS]
    if not buyers:
        # "a cédé ses activités de semences au chimiste BASF": the parser hangs the
        # buyer on what is sold; what is sold ends before it.
        for k in range(sold.head + 1, sold.right + 1):
            node = nodes[k]
            if node.dep in ("nmod", "obl") and _case_text(tree, node).lower() in BUYER_PREPOSITIONS:
                buyers = [_slot(tree, node, _case_text(tree, node))]
                sold = replace(sold, right=_case_range(tree, node)[0] - 1)
                break
    for buyer in buyers:
        named = range(buyer.left, buyer.right + 1)
        if not any(nodes[k].pos == "PROPN" or nodes[k].ent_start >= 0 for k in named):
            continue  # "sold it to investors": nobody named buys
        yield replace(
            draft,
            kind="sale",
            subject=replace(buyer, role="subject"),
            relation=BOUGHT_WORD.get(tree.lang, "buys"),
            lemma=BOUGHT_LEMMA.get(tree.lang, "buy"),
            object=sold,
            args=[a for a in draft.args if a is not buyer],
            inherited=True,
        )


def _merger_partners(tree: Tree, draft: Draft, conjuncts: list[Draft]) -> Iterator[Draft]:
    """ "Contoso and Fabrikam agreed a 13.3 billion pounds merger": Contoso merges with Fabrikam, in that deal.

    ``conjuncts`` are the drafts the clause's coordinated subject was split
    into; the first two named subjects are the partners.
    """
    if draft.object is None or draft.negated or draft.modality == CONDITIONAL:
        return
    nodes = tree.nodes
    if nodes[draft.object.head].lemma not in MERGER_NOUNS:
        return
    partners: list[Slot] = []
    for each in conjuncts:
        head = nodes[each.subject.head]
        if (head.pos == "PROPN" or head.ent_start >= 0) and all(p.head != each.subject.head for p in partners):
            partners.append(each.subject)
    if len(partners) != 2:
        return
    yield replace(
        draft,
        kind="merger",
        subject=partners[0],
        relation=MERGED_WORD.get(tree.lang, "merges with"),
        lemma=MERGED_LEMMA.get(tree.lang, "merge with"),
        object=replace(partners[1], role="object"),
        args=[replace(draft.object, role=MERGER_PREPOSITION.get(tree.lang, "in")), *draft.args],
        inherited=True,
        split=False,
    )


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
    kids = [
        nodes[k] for k in noun.kids if k > noun.i and nodes[k].dep in _EVENT_COMPLEMENT_DEPS and _case(tree, nodes[k])
    ]
    target = next((k for k in kids if _case_text(tree, k).lower() in OF_PREPOSITIONS and k.pos in NOMINAL_POS), None)
    if target is None:
        return
    agent = next((k for k in kids if _case_text(tree, k).lower() in AGENT_PREPOSITIONS and k.pos in NOMINAL_POS), None)
    if agent is None:
        # "Elon Musk's $44 billion takeover of Twitter": a named possessor is the agent.
        agent = next(
            (nodes[k] for k in noun.kids if k < noun.i and nodes[k].dep == "nmod:poss" and nodes[k].pos == "PROPN"),
            None,
        )
    modality: str | None = None
    negated = False
    subject: Slot | None
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
            deal_object = tree.kid(head.i, OBJECT_DEPS)
            if not (
                (deal_object is not None and deal_object.lemma in AGREEMENT_NOUNS) or head.lemma in ANNOUNCING_VERBS
            ):
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
        args += [
            _slot(tree, nodes[k], _role(tree, nodes[k]))
            for k in head.kids
            if nodes[k].dep.startswith("obl") and _case_text(tree, nodes[k]).lower() in _PRICE_PREPOSITIONS
        ]
    obj = _slot(tree, target, case)
    draft = Draft(
        "event",
        noun.i,
        subject,
        f"{noun.text} {case}",
        f"{noun.lemma} {case.lower()}",
        obj,
        args,
        negated,
        modality,
        depth=_depth(tree, noun),
    )
    yield from _split(tree, draft)


def _departure_drafts(tree: Tree, noun: Node) -> Iterator[Draft]:
    """A person's leaving that a noun names: "après la révocation de Thierry Bolloré" → (Thierry Bolloré; quitter).

    The person is the noun's "de"/"of" complement, a name; the post or the
    organization left may follow ("la démission de X de la présidence de Y").
    """
    nodes = tree.nodes
    if noun.pos != "NOUN" or noun.lemma not in DEPARTURE_NOUNS:
        return
    kids = [
        nodes[k] for k in noun.kids if k > noun.i and nodes[k].dep in _EVENT_COMPLEMENT_DEPS and _case(tree, nodes[k])
    ]
    person = next((k for k in kids if _case_text(tree, k).lower() in OF_PREPOSITIONS and k.pos == "PROPN"), None)
    if person is None:
        return
    args = [_slot(tree, k, _role(tree, k)) for k in kids if k is not person]
    lemma = LEAVING_LEMMA.get(tree.lang, "leave")
    yield Draft(
        "event",
        noun.i,
        _slot(tree, person, "subject"),
        f"{noun.text} {_case_text(tree, person)}",
        lemma,
        None,
        args,
        depth=_depth(tree, noun),
    )


#: Labels of a noun's prepositional complements.
_EVENT_COMPLEMENT_DEPS = frozenset({"nmod", "obl", "obl:agent", "nmod:agent", "obl:arg", "obl:mod"})
