"""Reading a value from an argument's text: money, percent, count, date or period, or a reason why none.

:func:`read_value` tries each kind on the folded text (:mod:`~kg.normalize.amounts`,
:mod:`~kg.normalize.dates`); :func:`reference_date` is the date relative
dates count from: the document's own, else the one its text states.
"""

from __future__ import annotations

import re
from decimal import InvalidOperation

from kg.normalize.amounts import _read_embedded_money, _read_money, _read_percent, _read_quantity, _read_range
from kg.normalize.dates import _parse_iso_date, _read_temporal, dateline_date
from kg.normalize.numbers import (
    _looks_numeric,
)
from kg.normalize.words import (
    _may_be_value,
)
from kg.text import fold, fold_within
from kg.types import (
    Document,
    Value,
)


def normalize_value(text: str, lang: str, *, doc_date: str | None = None) -> Value | None:
    """Read a money amount, percent, count, date or period from ``text``.

    Args:
        text: Surface text of an argument, as in the document.
        lang: Language of the document (``fr`` or ``en``); decides decimal
            separators and what "billion" means.
        doc_date: The document's date (ISO 8601), the anchor of relative
            expressions ("ces trois prochaines années", "last year").

    Returns:
        The value, or ``None`` when the text is not one (or does not parse).
    """
    return read_value(text, lang, doc_date=doc_date)[0]


def read_value(text: str, lang: str, *, doc_date: str | None = None) -> tuple[Value | None, str | None]:
    """Read a value from ``text`` and say why not when it looks like one.

    Args:
        text: Surface text of an argument.
        lang: Language of the document.
        doc_date: The document's date (ISO 8601), if known.

    Returns:
        ``(value, None)`` when it parses; ``(None, reason)`` when the text
        looks like a value but cannot be read (vague amount, impossible date,
        relative date without a document date); ``(None, None)`` otherwise.
        Never raises.
    """
    try:
        return _read(text, lang, doc_date)
    except (ValueError, InvalidOperation, OverflowError) as exc:  # pragma: no cover - defensive
        return None, f"cannot read {text!r} as a value: {exc}"


def _read(text: str, lang: str, doc_date: str | None) -> tuple[Value | None, str | None]:
    """Try each kind in turn; see :func:`read_value`."""
    folded = fold_within(text).strip(' \t\n.,;:!?()[]"«»“”')
    if not folded or len(folded) > 120 or not _may_be_value(folded):
        return None, None
    return _read_folded(text, folded, lang, doc_date)


def _read_folded(text: str, folded: str, lang: str, doc_date: str | None) -> tuple[Value | None, str | None]:
    """:func:`_read` once the text is folded and may be a value."""
    anchor = _parse_iso_date(doc_date) if doc_date else None

    for reader in (_read_percent, _read_money, _read_range):
        value = reader(text, folded, lang)
        if value is not None:
            return value, None
    temporal, reason = _read_temporal(text, folded, anchor)
    if temporal is not None or reason is not None:
        return temporal, reason
    value = _read_money(text, folded, lang, whole=False)  # "28 M$ dans son cloud"
    if value is not None:
        return value, None
    value = _read_quantity(text, folded, lang)
    if value is not None:
        return value, None
    value = _read_embedded_money(text, folded, lang)
    if value is not None:
        return value, None
    if _looks_numeric(folded, lang):
        return None, f"cannot read a value from {text!r}: the amount is vague or not a number"
    return None, None


def reference_date(document: Document) -> tuple[str | None, str | None]:
    """The date relative expressions of a document count from, and a note when read in its text.

    The document's own date when it has one; otherwise a deictic date of its
    text ("ce lundi 20 mars 2020", "this Monday, March 20, 2020").
    """
    return _reference_date(document.date, document.text, document.lang)


def _reference_date(date: str | None, text: str, lang: str) -> tuple[str | None, str | None]:
    """The date relative expressions count from, and a note when inferred from the text."""
    if date:
        if read_value(date[:10], lang)[0] is None:
            return None, f"document date {date!r} is not a date (expected ISO 8601, like 2020-03-20)"
        return date, None
    # A deictic date ("ce lundi 20 mars 2020", "this Monday, March 20, 2020")
    # is the day the document was written.
    pattern = (
        r"\b(?:ce|cet|this|today,?|aujourd'hui,?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
        r"((?:\d{1,2}|1er)\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    )
    match = re.search(pattern, fold(text))
    if not match:
        dateline = dateline_date(text, lang)
        if dateline:
            return dateline, f"document has no date; relative dates count from {dateline}, read in its dateline"
        return None, None
    value, _reason = read_value(match[1], lang)
    if value is None or value.kind != "date" or not value.date or len(value.date) != 10:
        return None, None
    return value.date, f"document has no date; relative dates count from {value.date}, read in the text ({match[0]!r})"
