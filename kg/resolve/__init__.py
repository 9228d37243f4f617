"""Resolution: from a document's extraction to its entities, links, relations and values.

The package re-exports what the later stages use; the work is done in its
modules (:mod:`kg.resolve.entities` drives them).
"""
from __future__ import annotations

from kg.resolve.entities import (
    PATIENT_FIRST,
    Canonical,
    agentless_passive,
    LexiconEntry,
    canonical_relation,
    entity_key,
    fold,
    furniture_spans,
    is_role_phrase,
    load_lexicon,
    ontology_path,
    reference_date,
    resolve_entities,
    slug,
)

__all__ = [
    "PATIENT_FIRST",
    "Canonical",
    "agentless_passive",
    "LexiconEntry",
    "canonical_relation",
    "entity_key",
    "fold",
    "furniture_spans",
    "is_role_phrase",
    "load_lexicon",
    "ontology_path",
    "reference_date",
    "resolve_entities",
    "slug",
]
