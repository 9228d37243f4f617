"""The CaRB adapter of the benchmark (``bench/carb_adapter.py``): CaRB's conventions on top of the plain format.

kg writes facts as it reads them; the adapter writes what CaRB's matcher
wants, so that ``bench/carb.py`` is comparable with other open-IE systems.
"""

from __future__ import annotations

import hashlib
import sys

import pytest

from kg.ie import extract_facts
from kg.types import Document
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from carb_adapter import carb_rows


def _rows(nlp, text):
    doc = nlp(text)
    extraction = extract_facts(Document(hashlib.sha256(text.encode()).hexdigest(), text, "en", "test"), doc)
    return [r.split("\t") for f in extraction.facts for r in carb_rows(f)]


def test_reported_speech_gets_a_tuple_of_its_own(nlp_en):
    rows = _rows(nlp_en, "Mr. Wathen says the firm will be able to service debt .")
    assert ["says", "Mr. Wathen", "the firm will be able to service debt"] in [r[2:] for r in rows]


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Northwind is a company based in Lyon .", "be"),
        ("Anna Berg , an author , lives in Hamburg .", "be"),
    ],
)
def test_a_copula_is_written_be(nlp_en, text, relation):
    assert any(r[2].split()[0] == relation for r in _rows(nlp_en, text))
