"""What a view writes in words: values in a human form and relation names, in the document's language.

``28 Md USD``, ``2023``, ``Q4 2019``, ``20 mars 2020 – 20 mars 2023``; the
ontology's English labels of its properties (``holds a position at``).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from kg.lang import month_name
from kg.viz.model import _DATE_TYPES, _NUMERIC_TYPES, _RDFS, Lit, Term, _Tables
from kg.viz.reading import _first, _lit_value

_SCALES = {
    "en": [(Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "M")],
    "fr": [(Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "Md"), (Decimal(10) ** 6, "M")],
}


_DURATION_WORDS = {
    "en": {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days")},
    "fr": {"Y": ("an", "ans"), "M": ("mois", "mois"), "W": ("semaine", "semaines"), "D": ("jour", "jours")},
}


def _human_value(props: dict[str, list[Term]], kind: str, lang: str) -> str | None:
    """A value node in words: ``28 Md USD``, ``63 pays``, ``12,5 %``, ``20 mars 2020``, ``Q4 2019``."""
    number = _lit_value(_first(props, "numericValue"))
    if kind == "Money" and number is not None:
        return _human_amount(number, _lit_value(_first(props, "currency")), lang)
    if kind == "Quantity" and number is not None:
        return _human_amount(number, _lit_value(_first(props, "unitText")), lang)
    if kind == "Percentage" and number is not None:
        return _human_amount(number, "%", lang)
    if kind == "Date":
        date = _first(props, "date")
        return _human_literal(date, lang) if isinstance(date, Lit) else None
    if kind == "Period":
        return _human_period(_lit_value(_first(props, "notation")) or "", lang)
    return None


def _human_amount(value: str, unit: str | None, lang: str) -> str:
    """``28000000000``, ``USD`` → ``28 Md USD`` (fr) or ``28 bn USD`` (en); ``1800`` → ``1 800`` / ``1,800``."""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return f"{value} {unit or ''}".strip()
    suffix = ""
    for factor, name in _SCALES.get(lang, _SCALES["en"]):
        if abs(amount) >= factor:
            amount, suffix = amount / factor, name
            break
    if amount == amount.to_integral():
        text = f"{amount:,.0f}"
    else:
        text = f"{amount:,.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return " ".join(x for x in (text, suffix, unit) if x)


def _human_literal(lit: Lit, lang: str | None) -> str | None:
    """Dates and numbers in words; ``None`` for other literals."""
    if lit.datatype in _NUMERIC_TYPES:
        return _human_amount(lit.value, None, lang or "en")
    if lit.datatype not in _DATE_TYPES:
        return None
    return _human_date(lit.value, lang or "en") or lit.value


def _human_date(text: str, lang: str) -> str | None:
    m = re.fullmatch(r"\+?(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?", text.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not month:
        return year
    name = month_name(int(month), lang) if 1 <= int(month) <= 12 else month
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def _human_period(notation: str, lang: str) -> str | None:
    """A period in words: ``2019-Q4`` → ``Q4 2019``, ``P3Y`` → ``3 years``,
    ``2020-03-20/2023-03-20`` → ``20 March 2020 – 20 March 2023``."""
    notation = notation.strip()
    m = re.fullmatch(r"(\d{4})-([QHST])(\d)", notation)
    if m:
        letter = {"fr": {"Q": "T", "H": "S"}}.get(lang, {}).get(m.group(2), m.group(2))
        return f"{letter}{m.group(3)} {m.group(1)}"
    if "/" in notation:
        ends = [_human_date(x, lang) or x for x in notation.split("/", 1)]
        return " – ".join(ends)
    m = re.fullmatch(r"P(\d+)([YMWD])", notation)
    if m:
        one, many = _DURATION_WORDS.get(lang, _DURATION_WORDS["en"])[m.group(2)]
        return f"{m.group(1)} {one if m.group(1) == '1' else many}"
    return _human_date(notation, lang) or (notation or None)


@functools.lru_cache(maxsize=4)
def _canonical_labels(lang: str = "en") -> tuple[tuple[str, str], ...]:
    """Labels of the ontology's terms in ``lang`` (``kg:invests`` → ``invests``, ``investit``), English where it has none."""
    import pyoxigraph

    from kg.resolve import ontology_path

    try:
        with open(ontology_path("kg.ttl"), "rb") as f:
            quads = pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE)
            labels: dict[str, dict[str, str]] = {}
            for q in quads:
                if (
                    q.predicate.value == _RDFS + "label"
                    and isinstance(q.object, pyoxigraph.Literal)
                    and q.object.language in ("en", lang)
                    and isinstance(q.subject, pyoxigraph.NamedNode)
                ):
                    labels.setdefault(q.subject.value, {})[q.object.language or ""] = q.object.value
    except (OSError, SyntaxError):
        return ()
    return tuple(sorted((iri, names.get(lang) or names["en"]) for iri, names in labels.items() if "en" in names))


def _show(term: Term | None, tables: _Tables) -> str:
    """How a term reads in the page: entity or value label, literal text, or IRI local name."""
    if term is None:
        return ""
    if isinstance(term, Lit):
        return _human_literal(term, tables.lang) or term.value
    for table in (tables.entities, tables.values):
        if term in table:
            return table[term]["label"]
    return tables.relations.get(term) or _local_name(term)


@functools.lru_cache(maxsize=8192)
def _local_name(iri: str) -> str:
    """The readable tail of an IRI: after the last ``#`` or ``/``."""
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return tail or iri


def _relation_label(iri: Term | None, tables: _Tables, lang: str = "") -> str:
    """A relation in words: the ontology's label (in ``lang``, the statement's language, when it has one),
    the store's, else the IRI's tail ("holdsRole" → "holds role")."""
    if not isinstance(iri, str) or not iri:
        return "related to"
    if lang and lang != "en":
        localized = dict(_canonical_labels(lang)).get(iri)
        if localized:
            return localized
    label = tables.relations.get(iri)
    if label:
        return label
    if iri.startswith(tables.ns.kgr):
        return iri[len(tables.ns.kgr) :].split("/", 1)[-1].replace("-", " ").replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _local_name(iri)).lower()


def _statement_lang(st: dict[str, Any]) -> str:
    """Language of a statement: that of its relation text (or any tagged literal it has)."""
    texts = [_first(st["props"], "relationText"), *(v for vals in st["props"].values() for v in vals)]
    return next((t.lang.split("-")[0].lower() for t in texts if isinstance(t, Lit) and t.lang), "")


def _doc_id(iri: str) -> str:
    # A document IRI is <base>id/doc/<id>, under whatever base the store was built with.
    return iri.rsplit("/id/doc/", 1)[1] if "/id/doc/" in iri else _local_name(iri)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
