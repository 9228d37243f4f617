"""The IRIs kg mints: documents, sentences, statements, entities, open relations and values.

Every segment made from document text is a slug (:func:`kg.text.slug`), so
any name gives a valid, stable IRI; values are named by their content
(``kgv:money/USD/28000000000``), so every document that states one shares it.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from rdflib import URIRef

from kg.namespaces import KGD, KGE, KGR, KGV
from kg.rdf.terms import (
    _plain_number,
)
from kg.resolve import (
    entity_key,
    slug,
)
from kg.resolve.lexicon import relation_lemma
from kg.types import (
    Argument,
    Fact,
    Value,
)


def document_iri(document_id: str) -> URIRef:
    """IRI of a document, and of its named graph: ``kgd:<id>``."""
    return URIRef(_document(document_id))


def sentence_iri(document_id: str, index: int) -> URIRef:
    """IRI of a document's sentence: ``kgd:<id>/s/<index>``."""
    return URIRef(_sentence(document_id, index))


def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its key: ``kge:<key>``."""
    return URIRef(_entity(key))


def relation_iri(lemma: str, lang: str) -> URIRef:
    """IRI of an open relation: ``kgr:<lang>/<slug of lemma>`` ("être président d’" → ``kgr:fr/etre-president-de``)."""
    return URIRef(_relation(lemma, lang))


def statement_iri(document_id: str, fact: Fact) -> URIRef:
    """IRI of a fact's statement: ``kgd:<id>/fact/<hash of the fact>``.

    The hash covers the sentence, the argument spans and the relation, so the
    same fact read twice from the same text gets the same IRI.
    """
    return URIRef(_statement(document_id, fact))


def value_iri(value: Value) -> URIRef:
    """IRI of a value, from its content: ``kgv:money/USD/28000000000``, ``kgv:date/2023``."""
    return URIRef(_value(value))


def _document(document_id: str) -> str:
    return f"{KGD}{_safe_id(document_id)}"


def _sentence(document_id: str, index: int) -> str:
    return f"{KGD}{_safe_id(document_id)}/s/{index}"


def _entity(key: str) -> str:
    return f"{KGE}{key if _ENTITY_KEY.fullmatch(key) else entity_key(key)}"


_ENTITY_KEY = re.compile(r"[a-z0-9][a-z0-9-]*")


def _relation(lemma: str, lang: str) -> str:
    return f"{KGR}{slug(lang) or 'und'}/{slug(relation_lemma(lemma))}"


def _statement(document_id: str, fact: Fact) -> str:
    parts = [
        str(fact.sentence.index),
        fact.lemma,
        fact.relation,
        _span_key(fact.subject),
        _span_key(fact.object) if fact.object else "-",
        *(_span_key(a) for a in fact.args),
        str(fact.negated),
        fact.modality or "",
        fact.extractor,
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{KGD}{_safe_id(document_id)}/fact/{digest}"


def _value(value: Value) -> str:
    if value.kind == "money":
        return f"{KGV}money/{slug(value.unit or 'xxx').upper()}/{_amount_slug(value)}"
    if value.kind == "percent":
        return f"{KGV}percent/{_amount_slug(value)}"
    if value.kind == "quantity":
        unit = slug(value.unit) if value.unit else "count"
        return f"{KGV}quantity/{_amount_slug(value)}/{unit}"
    if value.kind == "date":
        return f"{KGV}date/{slug(value.date or '')}"
    if value.kind == "period":
        notation = value.date or ""
        if notation.startswith("P"):
            notation = f"{value.qualifier or 'next'}-{notation}"
        safe = "--".join(re.sub(r"[^A-Za-z0-9-]+", "-", part).strip("-") for part in notation.split("/"))
        return f"{KGV}period/{safe or slug(value.text)}"
    return f"{KGV}{slug(value.kind)}/{slug(value.text)}"


def _safe_id(document_id: str) -> str:
    """A document id usable as an IRI segment as it is, else its slug."""
    return document_id if re.fullmatch(r"[A-Za-z0-9._-]+", document_id) else slug(document_id)


def _span_key(argument: Argument | None) -> str:
    """``start:end:role`` of an argument."""
    return "-" if argument is None else f"{argument.start}:{argument.end}:{argument.role}"


def _number_slug(amount: Decimal | None) -> str:
    """An amount as an IRI segment."""
    return _plain_number(amount).replace("-", "minus-") or "unknown"


def _is_range(value: Value) -> bool:
    """Whether a value has both bounds of a range."""
    return value.low is not None and value.high is not None


def _amount_slug(value: Value) -> str:
    """The IRI segment of a value's amount: ``250000000``, or ``200000000-to-250000000`` for a range.

    A range gets its own node: it must not share the IRI, and so the
    triples, of the single amount its lower bound is.
    """
    if _is_range(value):
        return f"{_number_slug(value.low)}-to-{_number_slug(value.high)}"
    return _number_slug(value.amount)
