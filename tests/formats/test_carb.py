"""kg.formats.carb: the open-IE exchange format writes each fact as the extractor reads it."""

from __future__ import annotations

from kg.formats.carb import carb_rows
from tests.helpers import extract_text


def test_carb_rows_write_the_fact_as_read(nlp_en):
    text = "Gideon Rodan taught at the University of Connecticut in 1970 ."
    facts = extract_text(nlp_en, text, "en").facts
    rows = [r.split("\t") for f in facts for r in carb_rows(f)]
    fields = next(r for r in rows if r[2] == "taught at")
    assert fields[0] == text
    assert 0.0 <= float(fields[1]) <= 1.0
    assert fields[3:] == ["Gideon Rodan", "the University of Connecticut", "in 1970"]


def test_carb_rows_keep_the_text_order_and_add_no_tuple(nlp_en):
    text = "In 1941 , Mr. Wathen says the firm will be able to service debt ."
    facts = extract_text(nlp_en, text, "en").facts
    rows = [r.split("\t") for f in facts for r in carb_rows(f)]
    assert len(rows) == sum(1 for f in facts if f.object is not None or f.args)  # one line per fact, no more
    assert not any(r[2] in ("says", "said") and r[3] == "Mr. Wathen" and len(r) == 5 for r in rows)
