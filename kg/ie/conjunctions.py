"""Conjunctions: one fact per conjunct ("Facebook et TikTok", "in Texas and Nevada"), within bounds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice, product

from kg.ie.drafts import (
    MAX_CONJUNCTS,
    MAX_FACTS_PER_CLAUSE,
    Draft,
    Slot,
)
from kg.ie.lexicon import (
    INCLUDING_WORDS,
)
from kg.ie.spans import _case_text, _joined_by_ampersand, _span
from kg.ie.tree import NOMINAL_POS, Node, Tree


def _conjuncts(tree: Tree, node: Node) -> list[Node]:
    """Conjuncts of a node (conjuncts of conjuncts too), in sentence order."""
    nodes = tree.nodes
    found: list[Node] = []
    stack = [node.i]
    while stack and len(found) < MAX_CONJUNCTS:
        k = stack.pop()
        for c in nodes[k].kids:
            if (nodes[c].dep == "conj" and nodes[c].pos == nodes[node.i].pos) or (
                nodes[c].dep == "conj" and nodes[c].pos in NOMINAL_POS and nodes[node.i].pos in NOMINAL_POS
            ):
                found.append(nodes[c])
                stack.append(c)
    found.sort(key=lambda n: n.i)
    return found


def _split(tree: Tree, draft: Draft) -> Iterator[Draft]:
    """One draft per combination of conjoined arguments."""
    subjects = _alternatives(tree, draft.subject)
    objects: list[Slot | None] = [*_alternatives(tree, draft.object)] if draft.object is not None else [None]
    arg_alts = _group_siblings(tree, [_alternatives(tree, a) for a in draft.args])
    if len(subjects) == 1 and len(objects) == 1 and all(len(a) == 1 for a in arg_alts):
        yield draft
        return
    combos = product(subjects, objects, product(*arg_alts))
    for subject, obj, args in islice(combos, MAX_FACTS_PER_CLAUSE):
        yield replace(draft, subject=subject, object=obj, args=list(args), split=True)


def _included(tree: Tree, head: Node, slot: Slot) -> list[Slot]:
    """The members a noun phrase lists after "including" ("assets including X and Y"), as slots."""
    nodes = tree.nodes
    for k in head.kids:
        kid = nodes[k]
        if k > head.i and kid.dep in ("nmod", "obl") and _case_text(tree, kid).lower() in INCLUDING_WORDS:
            members = [kid, *_conjuncts(tree, kid)]
            return [
                Slot(m.i, *_span(tree, m), slot.role)
                for m in members
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
                len(gap) == 1
                and gap[0].text == ","
                and previous.role not in ("object", "subject")
                and first.role not in ("object", "subject")
                and ((a.ent and a.ent == b.ent) or a.pos == b.pos == "PROPN")
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
        c
        for c in _conjuncts(tree, head)
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
