"""Spans: the phrase a head governs, cut where a reader cuts it, and the role that introduces it.

A relative clause, a parenthesis and a trailing date are left out of a
span; quotes and brackets stay balanced; a name in apposition is its own
span. The role is the preposition or the case marker of the phrase.
"""

from __future__ import annotations

from kg.ie.drafts import (
    _CLAUSE_PARTS,
    Slot,
)
from kg.ie.lexicon import (
    PLACE_LABELS,
    TIME_LABELS,
    TRIM_DEPS,
)
from kg.ie.tree import Node, Tree

#: Parts of speech an argument may take in from the tagger's entity.
ENTITY_POS = frozenset({"PROPN", "NOUN", "NUM", "ADJ", "DET", "ADP", "SYM", "PART", "X"})


#: Labels that join a name to the common noun before it ("le fabricant [Michelin]").
_NAME_DEPS = frozenset({"flat:name", "flat", "appos"})


#: Spans longer than this are not checked for balanced brackets.
MAX_BALANCED_SPAN = 200


_OPENING = frozenset({"(", "[", "-LRB-", "-LSB-"})


_CLOSING = frozenset({")", "]", "-RRB-", "-RSB-"})


def _is_date(tree: Tree, slot: Slot) -> bool:
    """Whether an argument is a date or a year ("in 1941", "on 23 May")."""
    node = tree.nodes[slot.head]
    return node.ent in TIME_LABELS or (node.pos == "NUM" and node.text.isdigit() and len(node.text) == 4)


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
        if k != exclude and (_joined_by_ampersand(tree, kid) or (kid.dep == "cc" and kid.text == "&")):
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
    while left < right and nodes[left].pos == "PUNCT" and nodes[left].lower not in ("``", '"', "«", "'"):
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
    while right > left and nodes[right].pos == "PUNCT" and nodes[right].lower not in ("''", '"', "»", ")"):
        right -= 1
    return right


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
