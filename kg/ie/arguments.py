"""The arguments of a predicate: its subject, its object and its obliques, as spans of the sentence.

A span is the phrase a head governs, cut where a reader cuts it (a relative
clause, a parenthesis, a date are left out); a role is the preposition or
case that introduces it. A pronoun or a relative is resolved to its
antecedent inside the sentence; a light verb's or a control verb's
arguments are those of the predicate it governs.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ie.drafts import (
    _CLAUSE_PARTS,
    _FRAME_DEPS,
    _PREDICATE_MODIFIERS,
    MAX_CLIMB,
    Slot,
    VerbGroup,
    _chain,
)
from kg.ie.lexicon import (
    _ORGANIZATION_LABELS,
    AGENT_PREPOSITIONS,
    ANNOUNCING_VERBS,
    ATTRIBUTION_PREPOSITIONS,
    AUX_DEPS,
    BECOMING_VERBS,
    EVENT_NOUNS,
    EXPLETIVES,
    NEGATIONS,
    OBJECT_DEPS,
    OBLIQUE_DEPS,
    ORGANIZATION_NOUNS,
    PERCENT_WORDS,
    PHRASAL_PARTICLES,
    RELATIVE_PRONOUNS,
    ROLE_PREPOSITIONS,
    SUBJECT_DEPS,
)
from kg.ie.light import _light_frame, _light_object_complement, _stand_in
from kg.ie.spans import _NAME_DEPS, _case, _case_range, _case_text, _is_date, _phrase, _role, _role_text, _slot, _span
from kg.ie.tree import Node, Tree
from kg.lang import either

#: Entity labels of numbers, amounts and dates, which take no appositions.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


#: Personal pronouns resolved to the main clause's subject.
RESOLVABLE_PRONOUNS = either("RESOLVABLE_PRONOUNS")


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
            inherited, _ = _subject(tree, _chain(tree, frame.holder))
            return inherited, inherited is not None
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
    antecedent: Node | None
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
        if kid.dep in ("ccomp", "xcomp", "obj", "iobj") or (kid.dep in OBLIQUE_DEPS and k > clause.i):
            return False
        if kid.dep == "mark":
            return False
    return clause.pos == "VERB"


def _is_passive(tree: Tree, verb: Node) -> bool:
    """Whether a verb has a passive auxiliary or subject ("is said to")."""
    return any(tree.nodes[k].dep in ("aux:pass", "nsubj:pass") for k in verb.kids)


def subject_text(tree: Tree, slot: Slot) -> str:
    """Text of a slot."""
    return slot.resolved or tree.span_text(slot.left, slot.right)


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
    return any(
        nodes[k].dep == "obl:agent" or _case_text(tree, nodes[k]).lower() in AGENT_PREPOSITIONS for k in verb.kids
    )


def _adverbial_particle(tree: Tree, kid: Node, verb: Node) -> bool:
    """Whether an adverb right after its verb is the verb's particle ("stepped down from")."""
    return (
        tree.lang == "en"
        and kid.dep == "advmod"
        and kid.i == verb.i + 1
        and not kid.kids
        and kid.lower in PHRASAL_PARTICLES
    )


def _is_reduced_passive(tree: Tree, verb: Node) -> bool:
    """Whether a verb is a bare past participle modifying a noun ("liée à")."""
    nodes = tree.nodes
    if any(nodes[k].dep in AUX_DEPS for k in verb.kids):
        return False
    if verb.dep == "acl" and (
        verb.tag == "VBN" or (verb.verbform == "Part" and verb.tag != "VBG" and tree.lang == "fr")
    ):
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
