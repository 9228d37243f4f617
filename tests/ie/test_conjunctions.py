"""kg.ie.conjunctions: one fact per conjunct."""

from __future__ import annotations

from tests.helpers import extract_text


def test_conjoined_places_split(nlp_fr):
    text = (
        "Les services de la division cloud d’Alibaba sont actuellement commercialisés dans 63 pays à travers "
        "le monde – en Asie, en Europe, au Moyen-Orient ainsi qu’aux Etats-Unis et en Australie."
    )
    facts = extract_text(nlp_fr, text, "fr").facts
    places = {a.text for f in facts for a in f.args}
    assert {"Asie", "Europe", "Moyen-Orient", "Etats-Unis", "Australie"} <= places
    assert all(
        sum(a.text in {"Asie", "Europe", "Moyen-Orient", "Etats-Unis", "Australie"} for a in f.args) <= 1 for f in facts
    )
