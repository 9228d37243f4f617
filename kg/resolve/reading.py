"""How the resolver reads a fact: its arguments in order, and its voice."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from kg.lang import either
from kg.text import fold
from kg.types import (
    Argument,
    Fact,
)


def agentless_passive(fact: Fact, links: Mapping[tuple[int, int], str]) -> bool:
    """Whether a fact is a passive whose agent the sentence does not name as an entity.

    "Paul Roux a été nommé directeur financier": who appointed him is left
    to the reader, unlike "nommé par le conseil de Lumen".
    """
    if not _is_passive(fact):
        return False
    return not any(
        fold(a.role) in ("agent", "par", "by") and (a.start, a.end) in links
        for a in (fact.object, *fact.args)
        if a is not None
    )


def _arguments(fact: Fact) -> Iterator[tuple[str, Argument]]:
    """The fact's arguments with their slot: subject, object, or arg."""
    yield "subject", fact.subject
    if fact.object is not None:
        yield "object", fact.object
    for argument in fact.args:
        yield "arg", argument


#: Words of a passive's auxiliary in a relation phrase ("a été nommé", "was acquired").
_PASSIVE_WORDS = either("PASSIVE_WORDS")


def _is_passive(fact: Fact) -> bool:
    """Whether a fact's relation phrase is a passive ("a été nommé", "was acquired by").

    An auxiliary followed by a present participle is a progressive, not a
    passive: "is cutting jobs" cuts them ("is being acquired" stays a passive).
    """
    words = re.findall(r"\w+", fold(fact.relation))
    last = max((i for i, word in enumerate(words) if word in _PASSIVE_WORDS), default=None)
    if last is None:
        return False
    following = words[last + 1 : last + 2]
    return not (following and following[0].endswith("ing") and following[0] != "being")
