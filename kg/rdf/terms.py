"""Terms in N-Triples syntax: IRIs, language-tagged texts and typed literals, written as text.

Every IRI written is checked to be one (no space, no angle bracket, no
control character) and every text is escaped, whatever the document held.
"""

from __future__ import annotations

import calendar
import re
from datetime import date as _date
from decimal import Decimal
from functools import cache

from kg.namespaces import KG, PROV, RDF, RDFS, SKOS, XSD
from kg.normalize.dates import date_parts


def _iri(iri: str) -> str:
    """``<iri>``."""
    return f"<{iri}>"


@cache
def _kg(name: str) -> str:
    """A term of the ontology: ``<https://kg.example/ontology#name>``."""
    return f"<{KG}{name}>"


def _quote(text: str) -> str:
    """A string between double quotes, escaped for N-Triples."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"'


def _text(text: str, lang: str | None = None) -> str:
    """A plain literal, with a language tag when ``lang`` is given."""
    if lang is None:
        return _quote(text)
    if not _LANGUAGE_TAG.fullmatch(lang):
        raise ValueError(f"{lang!r} is not a language tag")
    return f"{_quote(text)}@{lang.lower()}"


def _typed(lexical: str, datatype: str) -> str:
    """A literal of an XSD datatype (``datatype`` is its local name)."""
    return f"{_quote(lexical)}^^<{XSD}{datatype}>"


def _integer(number: int) -> str:
    return f'"{int(number)}"^^<{XSD}integer>'


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


_TRUE, _FALSE = f'"true"^^<{XSD}boolean>', f'"false"^^<{XSD}boolean>'


_TYPE = _iri(RDF + "type")


_LABEL = _iri(RDFS + "label")


_ALT_LABEL = _iri(SKOS + "altLabel")


_SUB_PROPERTY = _iri(RDFS + "subPropertyOf")


_DERIVED_FROM = _iri(PROV + "wasDerivedFrom")


_ATTRIBUTED_TO = _iri(PROV + "wasAttributedTo")


def _decimal(number: Decimal | float, *, places: int | None = None) -> str:
    """An ``xsd:decimal`` literal in the canonical form Oxigraph writes back (``28000000000``, ``0.83``)."""
    amount = Decimal(str(round(number, places))) if places is not None else Decimal(number)
    return _typed(_plain_number(amount) or "0", "decimal")


def _date_literal(iso: str) -> str:
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` from an ISO string; plain text otherwise."""
    lexical, datatype = date_parts(iso)
    return _text(lexical) if datatype is None else _typed(lexical, datatype)


def _xsd_duration(notation: str) -> str:
    """An ISO 8601 duration as ``xsd:duration`` allows it: weeks in days (``P1W`` → ``P7D``)."""
    if m := re.fullmatch(r"P(\d+)W", notation):
        return f"P{7 * int(m[1])}D"
    return notation


def _period_bounds(notation: str) -> tuple[str | None, str | None]:
    """First and last day of ``2019-Q4``, ``2020-H1``, ``2020-03-20/2023-03-20``."""
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", notation):
        return m[1], m[2]
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", notation):
        year, quarter = int(m[1]), int(m[2])
        first = 3 * quarter - 2
        last = 3 * quarter
        return _date(year, first, 1).isoformat(), _month_end(year, last).isoformat()
    if m := re.fullmatch(r"(\d{4})-H([12])", notation):
        year, half = int(m[1]), int(m[2])
        return _date(year, 6 * half - 5, 1).isoformat(), _month_end(year, 6 * half).isoformat()
    return None, None


def _month_end(year: int, month: int) -> _date:
    """Last day of a month."""
    return _date(year, month, calendar.monthrange(year, month)[1])


def _plain_number(amount: Decimal | None) -> str:
    """A decimal without exponent or trailing zeros: 28000000000, 12.5."""
    if amount is None:
        return ""
    text = format(amount.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
