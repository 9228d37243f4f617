"""The CaRB benchmark's line format for facts.

``sentence <TAB> confidence <TAB> relation <TAB> arg1 <TAB> arg2 ...``: arg1 is
the subject, arg2 the object, then the further arguments with their
prepositions. A preposition folded into the relation (``taught at``) is not
repeated before the object.
"""
from __future__ import annotations

from kg.types import Argument, Fact

#: Roles written without a preposition before the argument text.
BARE_ROLES = frozenset({"subject", "object", "time", "place", "obl", "iobj"})

#: How the agent of a passive is introduced, per sentence language guess.
AGENT_WORDS = {"fr": "par", "en": "by"}


def carb_rows(fact: Fact) -> list[str]:
    """The CaRB lines of a fact: none when it has only a subject.

    Args:
        fact: The fact.

    Returns:
        Lines without their final newline: sentence, confidence, relation,
        subject, object and further arguments, tab-separated.
    """
    if fact.object is None and not fact.args:
        return []
    fields = [
        _clean(fact.sentence.text),
        f"{fact.confidence:.4f}",
        _clean(fact.relation),
        _clean(fact.subject.text),
    ]
    if fact.object is not None:
        fields.append(_clean(fact.object.text))
    fields.extend(_clean(_with_role(a)) for a in fact.args)
    return ["\t".join(fields)]


def _with_role(arg: Argument) -> str:
    """An argument's text with its preposition in front, as CaRB writes it."""
    if arg.role in BARE_ROLES:
        return arg.text
    if arg.role == "agent":
        return f"by {arg.text}"
    return f"{arg.role} {arg.text}"


def _clean(text: str) -> str:
    """One-line text: tabs and line breaks become spaces."""
    return " ".join(text.split())
