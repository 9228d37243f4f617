"""kg build --base-iri: every IRI kg mints under the user's own base, kept with the store and used by every reader."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

import kg
from kg.cli import main
from kg.store import open_store
from tests.helpers import EXAMPLE
from tests.server.running import Server

BASE = "https://data.example.org/kg/"


@pytest.fixture(scope="module")
def based_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("base") / "store"
    assert main(["build", str(EXAMPLE), "--store", str(store), "--base-iri", BASE, "--quiet"]) == 0
    return store


def test_every_minted_iri_is_under_the_base(based_store: Path) -> None:
    nquads = kg.export(store=based_store, format="nq").decode()
    assert "https://kg.example/id/" not in nquads and "https://kg.example/relation/" not in nquads
    for kind in ("id/entity/alibaba>", "id/doc/", "id/value/money/USD/28000000000>", "relation/fr/investir>"):
        assert f"<{BASE}{kind}" in nquads, kind
    assert "<https://kg.example/ontology#invests>" in nquads  # the ontology keeps its own IRIs


def test_the_store_keeps_its_base(based_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary = kg.build([str(EXAMPLE)], store=based_store)
    assert (summary.added, summary.unchanged) == (0, 1)  # the same document, found under the store's base
    assert main(["build", str(EXAMPLE), "--store", str(based_store), "--base-iri", "https://other.example/"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"Error: store {based_store} mints its IRIs under {BASE}; --base-iri https://other.example/ would mix "
        "two namespaces: build into a new store, or leave --base-iri out"
    )
    assert main(["build", str(EXAMPLE), "--store", str(tmp_path / "s"), "--base-iri", "data.example.org"]) == 1
    assert "is not an absolute http(s) IRI ending with '/'" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_readers_use_the_base(based_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = kg.query(
        "SELECT ?e WHERE { kge:alibaba kg:invests ?amount BIND(kge:alibaba AS ?e) } LIMIT 1", store=based_store
    )
    assert [str(row[0].value) for row in result.rows] == [f"{BASE}id/entity/alibaba"]
    assert main(["query", "--store", str(based_store), "SELECT ?e WHERE { ?e rdfs:label 'Alibaba'@fr }"]) == 0
    assert "kge:alibaba" in capsys.readouterr().out  # shown short, with the store's prefix
    card = kg.show("Alibaba", store=based_store)
    assert card.iri == f"{BASE}id/entity/alibaba" and "invests" in card.facts
    network = kg.view(store=based_store)
    labels = {n["label"] for n in network.nodes}
    assert "Alibaba" in labels


def test_the_server_serves_the_base(based_store: Path) -> None:
    server = Server(based_store)
    try:
        r = httpx.get(server.base + "/id/entity/alibaba", headers={"Accept": "text/html"})
        assert r.status_code == 200 and "<h1>Alibaba</h1>" in r.text
        r = httpx.get(server.base + "/id/entity/alibaba", headers={"Accept": "application/n-triples"})
        assert f"<{BASE}id/entity/alibaba> <http://www.w3.org/2000/01/rdf-schema#label>" in r.text
        r = httpx.get(server.endpoint, params={"query": "ASK { kge:alibaba kg:invests ?x }"})
        assert r.json()["boolean"] is True
    finally:
        server.stop()
    with open_store(based_store, read_only=True) as store:
        assert store.base_iri == BASE
