"""The open-IE exchange format (CaRB's system format): one line per fact.

``sentence <TAB> confidence <TAB> relation <TAB> subject <TAB> object <TAB>
further arguments``, each further argument with the preposition that
introduces it, in the order of the text. A fact with neither object nor
argument has no line: the format has no place for it. Facts are written as
the extractor reads them; what one benchmark's matcher wants besides
(``bench/carb_adapter.py``) is not the product's business.
"""

from __future__ import annotations

from kg.types import Argument, Fact

__all__ = ["carb_rows"]

#: Roles written without a preposition before the argument text.
BARE_ROLES = frozenset({"subject", "object", "time", "place", "obl", "iobj"})

#: Prepositions that introduce the agent of a passive.
AGENT_WORDS = ("by", "par")


def carb_rows(fact: Fact) -> list[str]:
    """The line of a fact, or none when it has only a subject.

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
        _clean(fact.subject.resolved or fact.subject.text),
    ]
    if fact.object is not None:
        fields.append(_clean(fact.object.text))
    fields.extend(_clean(with_role(a, fact)) for a in sorted(fact.args, key=lambda a: a.start))
    return ["\t".join(fields)]


def with_role(arg: Argument, fact: Fact) -> str:
    """An argument's text with its preposition in front, unless the text already holds it."""
    if arg.role in BARE_ROLES:
        return arg.text
    preceding = fact.sentence.text[: max(arg.start - fact.sentence.start, 0)].rstrip()
    role = arg.role
    if role == "agent":
        role = next((w for w in AGENT_WORDS if preceding.endswith(w)), "by")
    if not preceding.endswith(role):
        # The preposition sits inside the span ("only a few months before
        # his death"): the text already has it.
        return arg.text
    return f"{role} {arg.text}"


def _clean(text: str) -> str:
    """One-line text: tabs and line breaks become spaces."""
    return " ".join(text.split())
