"""Facts as plain records: what ``kg extract --format jsonl`` prints, one dictionary per fact and per relation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.types import Extraction, Resolution


def fact_records(extraction: Extraction, resolution: Resolution) -> Iterator[dict[str, Any]]:
    """The facts of one document as plain dictionaries (the JSON lines format).

    One record per fact the store will hold (page furniture is left out). A
    fact's record (``"kind": "fact"``) has ``sentence``, ``subject``, ``relation``, ``lemma``,
    ``object`` (or None), ``args`` (``{"text", "role"}`` beyond the object),
    ``negated``, ``modality``, ``attribution``, ``confidence``,
    ``subject_entity`` / ``object_entity`` (canonical labels or None),
    ``canonical_relation`` (the ontology property, or None),
    ``subject_node`` / ``object_node`` / ``arg_nodes`` (what the store will
    hold for each: an entity's ``iri``, ``type`` and ``label``, or a typed
    value's ``iri``, ``kind``, ``amount``, ``unit``, ``date``; None for
    text), the sentence's character offsets in its document, the document
    id and the extractor's name. Then each relation the classifier states
    between two entities (``"kind": "relation"``): ``subject_entity``,
    ``canonical_relation``, ``object_entity``, their nodes, ``confidence``
    and its evidence sentence.
    """
    from kg.rdf import entity_iri, value_iri

    entities = {entity.key: entity for entity in resolution.entities}
    keys = dict(resolution.links)
    values = dict(resolution.values)

    def entity_of(argument: Any) -> str | None:
        key = None if argument is None else keys.get((argument.start, argument.end))
        return entities[key].label if key in entities else None

    def describe(argument: Any) -> dict[str, Any] | None:
        """What :mod:`kg.rdf` will store for an argument: its entity (IRI, type) or typed value."""
        if argument is None:
            return None
        span = (argument.start, argument.end)
        key = keys.get(span)
        if key in entities:
            return {"iri": str(entity_iri(key)), "type": entities[key].type, "label": entities[key].label}
        value = values.get(span)
        if value is not None:
            typed: dict[str, Any] = {"iri": str(value_iri(value)), "kind": value.kind}
            if value.amount is not None:
                typed["amount"] = str(value.amount)
            if value.unit:
                typed["unit"] = value.unit
            if value.date:
                typed["date"] = value.date
            if value.qualifier:
                typed["qualifier"] = value.qualifier
            return typed
        return None

    for statement in resolution.statements:
        fact = statement.fact
        yield {
            "kind": "fact",
            "sentence": fact.sentence.text,
            "subject": fact.subject.text,
            "relation": fact.relation,
            "lemma": fact.lemma,
            "object": fact.object.text if fact.object is not None else None,
            "args": [{"text": a.text, "role": a.role} for a in fact.args],
            "negated": fact.negated,
            "modality": fact.modality,
            "attribution": fact.attribution,
            "confidence": round(fact.confidence, 4),
            "subject_entity": entity_of(fact.subject),
            "object_entity": entity_of(fact.object),
            "canonical_relation": statement.property,
            "subject_node": describe(fact.subject),
            "object_node": describe(fact.object),
            "arg_nodes": [describe(a) for a in fact.args],
            "sentence_start": fact.sentence.start,
            "sentence_end": fact.sentence.end,
            "document": extraction.document.id,
            "extractor": fact.extractor,
        }
    sentences = {s.index: s for s in extraction.sentences}
    for relation in resolution.relations:
        if relation.subject not in entities or relation.object not in entities or relation.sentence not in sentences:
            continue
        sentence = sentences[relation.sentence]
        yield {
            "kind": "relation",
            "sentence": sentence.text,
            "subject_entity": entities[relation.subject].label,
            "canonical_relation": relation.property,
            "object_entity": entities[relation.object].label,
            "subject_node": {
                "iri": str(entity_iri(relation.subject)),
                "type": entities[relation.subject].type,
                "label": entities[relation.subject].label,
            },
            "object_node": {
                "iri": str(entity_iri(relation.object)),
                "type": entities[relation.object].type,
                "label": entities[relation.object].label,
            },
            "confidence": round(relation.confidence, 4),
            "sentence_start": sentence.start,
            "sentence_end": sentence.end,
            "document": extraction.document.id,
            "extractor": relation.extractor,
        }
