"""The extractor: sentence in, facts out.

Clause-based open information extraction over Universal Dependencies parses
(French and English spaCy pipelines), with n-ary arguments, conjunction
splitting, appositions and role nouns, attribution, negation and modality,
and a learned confidence.

    from kg.ie import extract_facts
    extraction = extract_facts(document, doc)
"""

from __future__ import annotations

from kg.ie.facts import EXTRACTOR_NAME, extract_facts, is_furniture

__all__ = ["EXTRACTOR_NAME", "extract_facts", "is_furniture"]
