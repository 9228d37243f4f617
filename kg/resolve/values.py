"""Values: the amounts, dates and counts a document's arguments and sentences state, normalized once.

Every argument is read by :func:`kg.normalize.read_value` against the
document's reference date; every amount of money a sentence states is kept
too, carried by a fact or not, with both amounts of "€3.2 million ($3.5
million)"; a bare sum takes the currency of its sentence. A relative date
that cannot be dated, or a value that does not parse, is a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from kg.normalize.amounts import read_amounts
from kg.normalize.dates import date_parts
from kg.normalize.values import read_value
from kg.normalize.words import qualifier_for_role
from kg.resolve.events import _SUM_PROPERTIES, _elided_currencies
from kg.resolve.furniture import _in_spans
from kg.resolve.lexicon import canonical_relation
from kg.resolve.reading import _arguments
from kg.types import Extraction, Fact, Value


def read_values(
    extraction: Extraction,
    facts: tuple[Fact, ...],
    links: dict[tuple[int, int], str],
    furniture: list[tuple[int, int]],
    warnings: list[str],
    anchor: str | None,
) -> dict[tuple[int, int], Value]:
    """The values of the document's spans; a span read as an amount or a date is no entity's link any more.

    Args:
        anchor: The date relative dates count from (:func:`kg.normalize.reference_date`).
    """
    lang = extraction.document.lang
    # 5. Values, normalized once here.
    values: dict[tuple[int, int], Value] = {}
    undated: list[str] = []
    for fact in facts:
        for _slot, argument in _arguments(fact):
            span = (argument.start, argument.end)
            if span in values:
                continue
            value, reason = read_value(argument.text, lang, doc_date=anchor)
            if value is not None:
                qualifier = qualifier_for_role(argument.role)
                if qualifier and value.qualifier is None:
                    value = replace(value, qualifier=qualifier)
                values[span] = value
                if span in links and value.kind in ("money", "percent", "quantity", "date", "period"):
                    del links[span]  # "2023" is a year, not an entity
            elif reason and span not in links:
                if reason.endswith(_UNDATED):
                    undated.append(argument.text)
                    continue
                message = f"sentence {fact.sentence.index}: {reason}"
                if message not in warnings:
                    warnings.append(message)
    # Every amount of money the text states, carried by a fact or not, and
    # both amounts of "€3.2 million ($3.5 million)".
    taken = sorted(values)
    for sentence in extraction.sentences:
        if _in_spans(sentence.start, furniture):
            continue
        position = 0
        for amount in read_amounts(sentence.text, lang):
            at = sentence.text.find(amount.text, position)
            if at < 0:
                continue
            position = at + len(amount.text)
            span = (sentence.start + at, sentence.start + position)
            i = bisect_right(taken, span) - 1
            if (
                i >= 0
                and taken[i][0] <= span[0] < taken[i][1]
                and values[taken[i]].kind == "money"
                and (taken[i] == span or values[taken[i]].amount == amount.amount)
            ):
                continue  # the argument's own value
            if span not in values:
                values[span] = amount
    sums = {
        (argument.start, argument.end)
        for fact in facts
        if (canon := canonical_relation(fact, lang)) is not None and canon.property in _SUM_PROPERTIES
        for slot, argument in _arguments(fact)
        if slot != "subject"
    }
    _elided_currencies(values, extraction.sentences, sums)
    if undated:
        # One line per document, not one per "Monday": the fix is the same for all.
        shown = ", ".join(repr(t) for t in list(dict.fromkeys(undated))[:3])
        more = f" and {len(undated) - 3} more" if len(undated) > 3 else ""
        warnings.append(
            f"{len(undated)} relative dates ({shown}{more}) left undated: the document has no date; "
            f'give one (JSONL "date") to date them'
        )

    return values


#: How :func:`kg.normalize.read_value` ends the reason a relative date could not be dated.
_UNDATED = "it is relative and the document has no date"


# --------------------------------------------------------------------------
# What a name is not: dates, roles and titles standing alone.


def complete(value: Value) -> bool:
    """Whether a value has what its kind needs to be written as typed literals (an amount and a currency...)."""
    if value.kind == "money":
        return value.amount is not None and bool(value.unit) and bool(re.fullmatch(r"[A-Z]{3}", value.unit or ""))
    if value.kind in ("percent", "quantity"):
        return value.amount is not None
    if value.kind == "date":
        return date_parts(value.date or "")[1] is not None
    if value.kind == "period":
        return bool(value.date)
    return False
