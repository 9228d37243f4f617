"""kg.rdf.iris: valid IRIs for any name, and value IRIs that say the value."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import URIRef

from kg.rdf import KGV
from kg.rdf.iris import document_iri, entity_iri, relation_iri, value_iri
from kg.types import (
    Value,
)
from tests.helpers import IRI


@pytest.mark.parametrize(
    "name", ["Alibaba", 'Jeff "The Boss" Zhang', "<script>", "北京 Ltd", "🚀 Rocket", "a b\tc\nd", "Ça va", "'", ""]
)
def test_iris_are_valid_for_any_name(name):
    for iri in (entity_iri(name), relation_iri(name, "fr"), document_iri(name)):
        assert IRI.match(str(iri)), iri
        URIRef(str(iri)).n3()  # rdflib accepts it


def test_value_iris():
    assert value_iri(Value("money", "x", amount=Decimal("1.30E9"), unit="EUR")) == KGV["money/EUR/1300000000"]
    assert value_iri(Value("period", "x", date="2019-Q4")) == KGV["period/2019-Q4"]
    assert value_iri(Value("period", "x", date="2020-03-20/2023-03-20")) == KGV["period/2020-03-20--2023-03-20"]
    assert value_iri(Value("date", "x", date="2023")) == KGV["date/2023"]
    assert value_iri(Value("quantity", "x", amount=Decimal(63), unit="pays")) == KGV["quantity/63/pays"]
