"""Resolution: from a document's extraction to its entities, links, relations and values.

The package re-exports what the later stages use; the work is done in its
modules (:mod:`kg.resolve.entities` drives them).
"""

from __future__ import annotations

from kg.normalize.values import reference_date
from kg.resolve.entities import resolve_entities
from kg.resolve.furniture import furniture_spans
from kg.resolve.identity import entity_key
from kg.resolve.lexicon import (
    PATIENT_FIRST,
    Canonical,
    LexiconEntry,
    canonical_relation,
    load_lexicon,
    ontology_path,
)
from kg.resolve.mentions import is_role_phrase
from kg.resolve.reading import agentless_passive
from kg.text import fold, slug

__all__ = [
    "PATIENT_FIRST",
    "Canonical",
    "LexiconEntry",
    "agentless_passive",
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
