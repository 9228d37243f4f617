"""Reported speech and conditions: who says a fact, and whether it holds only if another does.

"« … », a déclaré le PDG Jean Dupont" and "X said that ..." attribute the
reported clause to its speaker; "If the deal fails, Northwind will pay a
fee" is conditional, not asserted.
"""

from __future__ import annotations

from kg.ie.arguments import subject_text
from kg.ie.drafts import (
    _COMPLEMENT_DEPS,
    MAX_CLIMB,
)
from kg.ie.lexicon import (
    ANONYMOUS_SOURCES,
    ATTRIBUTION_PREPOSITIONS,
    CONCESSIVE_ADVERBS,
    CONDITION_MARKS,
    OBLIQUE_DEPS,
    REPORTING_VERBS,
    SUBJECT_DEPS,
)
from kg.ie.spans import _case_text, _slot, _span
from kg.ie.tree import Node, Tree


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
            return found
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
