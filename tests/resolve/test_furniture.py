"""kg.resolve.furniture: the lines of a page that are no content, as character spans."""

from __future__ import annotations

from kg.resolve import furniture_spans


def test_furniture_lines_and_related_titles_are_spans():
    text = "Northwind buys Contoso\nRéagir\nLire aussi\nAn older story\n\nThe deal closed on Monday."
    spans = [text[a:b] for a, b in furniture_spans(text)]
    assert spans == ["Réagir", "Lire aussi", "An older story"]


def test_a_wire_revision_note_is_furniture():
    text = "Deals of the day\n(Adds Sky, Vale; Updates UnitedHealth, Rogers)\nRogers is looking to sell assets."
    spans = [text[a:b] for a, b in furniture_spans(text)]
    assert spans == ["(Adds Sky, Vale; Updates UnitedHealth, Rogers)"]
    # a sentence in brackets that is no revision note stays content
    assert furniture_spans("Lumen grew.\n(The figures are unaudited.)\n") == []
