"""Absolute constructions: a participle clause with a subject of its own ("Avec 80 millions d'euros levés, Lumen ...")."""

from __future__ import annotations

from collections.abc import Iterator

from kg.ie.arguments import _has_agent, _is_reduced_passive, _obliques, _subject
from kg.ie.conjunctions import _split
from kg.ie.drafts import (
    REPORTED,
    Draft,
    _chain,
    _depth,
    _is_predicate,
)
from kg.ie.events import _funders
from kg.ie.lexicon import (
    ABSOLUTE_PREPOSITIONS,
    ABSOLUTE_VERBS,
    FUNDER_PREPOSITIONS,
)
from kg.ie.spans import _case_text, _slot
from kg.ie.speech import _attribution
from kg.ie.tree import Node, Tree


def _absolute_clause(tree: Tree, verb: Node) -> Node | None:
    """The clause whose subject did what "avec 80 millions d’euros [levés]" says, if any."""
    if verb.lemma not in ABSOLUTE_VERBS or not _is_reduced_passive(tree, verb):
        return None
    nodes = tree.nodes
    noun = nodes[verb.head]
    if (
        noun.head == noun.i
        or not noun.dep.startswith("obl")
        or _case_text(tree, noun).lower() not in ABSOLUTE_PREPOSITIONS
    ):
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
    for each in _split(
        tree,
        Draft(
            "verb",
            verb.i,
            subject,
            verb.text,
            verb.lemma,
            obj,
            args,
            False,
            REPORTED if anonymous else None,
            attribution,
            True,
            _depth(tree, verb),
        ),
    ):
        yield each
        yield from _funders(tree, each)
