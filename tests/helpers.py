"""Helpers the tests share: running the real pipelines on a text written for a test."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from kg.ie import extract_facts
from kg.types import Document, Extraction, Fact

#: The project's root, and the worked example.
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "alibaba_cloud_fr.txt"


def extract_text(nlp, text: str, lang: str) -> Extraction:
    """Parse and extract one text."""
    document = Document(hashlib.sha256(text.encode()).hexdigest(), text, lang, "test")
    return extract_facts(document, nlp(text))


def spo(fact: Fact) -> tuple[str, str, str]:
    """(subject, relation, object) of a fact, object "" when absent."""
    return fact.subject.text, fact.relation, fact.object.text if fact.object else ""


def pipeline(request, lang: str):
    """The session's pipeline for a language."""
    return request.getfixturevalue(f"nlp_{lang}")


#: An IRI of the project, made only of characters an IRI may hold unescaped.
IRI = re.compile(r"^https://kg\.example/[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+$")
