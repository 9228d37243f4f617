"""kg.sparql.card: an entity's card, and finding an entity from what a user types."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.sparql.card import entity_card, find_entity, format_card
from kg.store import open_store

KGE = "https://kg.example/id/entity/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


@pytest.fixture
def store(tmp_path):
    lines = [
        f'<{KGE}strasse> {LABEL} "Straße"@de .',
        f"<{KGE}strasse> {TYPE} <https://kg.example/ontology#Place> .",
        f'<{KGE}cafe> {LABEL} "Café 😀"@fr .',
        f'<{KGE}quote> {LABEL} "Le \\"Monde\\" \\\\ }} ; DROP ALL"@fr .',
    ]
    with open_store(tmp_path / "store") as opened:
        opened.add_graph("https://kg.example/id/doc/d", ("\n".join(lines) + "\n").encode())
        yield opened


@pytest.mark.parametrize(
    "name, key",
    [("straße", "strasse"), ("STRASSE", None), ("café 😀", "cafe"), ('le "monde" \\ } ; drop all', "quote")],
)
def test_names_are_found_in_any_case_and_never_break_the_query(store, name, key):
    if key is None:
        with pytest.raises(QueryError, match="no entity is named"):
            find_entity(store, name)
    else:
        assert find_entity(store, name) == KGE + key


@pytest.mark.parametrize("name", ["kge:a b", "kge:a>b"])
def test_a_key_that_is_no_iri_is_a_user_error(store, name):
    with pytest.raises(QueryError, match="is not an entity name"):
        find_entity(store, name)


def test_the_card_of_a_place(store):
    card = entity_card(store, KGE + "strasse")
    assert card is not None and card.types == ["Place"] and card.label == "Straße"
    assert format_card(card).splitlines()[0] == "Straße  (Place)  kge:strasse"
