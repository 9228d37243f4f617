"""kg.viz.projection: reading a store (embedded, rdflib, remote) into a graph of entities, values and facts."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg.viz.drawing import build_network
from kg.viz.projection import graph_to_networkx
from tests.viz.graphs import DOC, EVIL, make_store


def test_projection_has_entities_values_and_facts(store):
    graph = graph_to_networkx(store)
    alibaba = "https://kg.example/id/entity/alibaba"
    assert graph.nodes[alibaba]["label"] == "Alibaba"
    assert graph.nodes[alibaba]["type"] == "Organization"
    assert "ALIBABA" in graph.nodes[alibaba]["aliases"]
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"28 Md USD", "2023", "Jeff Zhang", "Chine"} <= labels
    # text-only arguments stay in the fact's details; phrase-to-phrase facts are not drawn
    assert not {"son infrastructure cloud", "Une stratégie"} & labels
    relations = {d["label"] for _, _, d in graph.edges(data=True)}
    # French statements are labelled in French, from the ontology's labels
    assert relations == {"investit", "occupe une fonction chez", "être implanté dans", "d’ici à"}
    negated = [d for _, _, d in graph.edges(data=True) if d["negated"]]
    assert [d["label"] for d in negated] == ["être implanté dans"]


def test_works_on_the_kg_store(store, tmp_path):
    """The same view from kg.store's embedded store (its Result type) as from pyoxigraph."""
    from kg.store import open_store

    with open_store(tmp_path / "s") as kg_store:
        _load(kg_store, store)
        ours = build_network(kg_store)
        assert build_network(kg_store, sparql="SELECT * WHERE { ?s ?p ?o FILTER(?p = kg:invests) }").edges
    theirs = build_network(store)
    assert sorted(n["id"] for n in ours.nodes) == sorted(n["id"] for n in theirs.nodes)
    assert ours.kg_data["facts"] == theirs.kg_data["facts"]


def _load(kg_store, source: pyoxigraph.Store) -> None:
    """Copy an in-memory store into a kg store, one named graph per document."""
    by_graph: dict[str, list[str]] = {}
    for quad in source:
        by_graph.setdefault(quad.graph_name.value, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    for graph, lines in by_graph.items():
        kg_store.add_graph(graph, "\n".join(lines).encode())


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own, from inside its N-Quads parser
def test_works_on_an_rdflib_dataset(store):
    """rdflib is the API users see: a Dataset (union of its graphs) draws the same view."""
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=store.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode(), format="nquads")
    ours, theirs = build_network(dataset), build_network(store)
    assert sorted(n["id"] for n in ours.nodes) == sorted(n["id"] for n in theirs.nodes)
    assert ours.kg_data["facts"] == theirs.kg_data["facts"]
    query = "CONSTRUCT { ?s kg:invests ?o } WHERE { ?s kg:invests ?o }"
    assert [e["label"] for e in build_network(dataset, sparql=query).edges] == ["invests"]


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    """A real Oxigraph SPARQL server on a free local port (the `oxigraph` package's binary)."""
    import shutil
    import socket
    import subprocess
    import sys
    import time

    import httpx

    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.skip("no oxigraph server binary (pip install oxigraph)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph") / "data"
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=2)
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the oxigraph server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_same_view_from_a_remote_endpoint(evil_store, oxigraph_url):
    from kg.store import open_store

    with open_store(oxigraph_url + "/query") as remote:
        _load(remote, evil_store)
        for options in (
            {},
            {"doc": DOC[:8]},
            {"focus": "Jeff Zhang"},
            {"sparql": "CONSTRUCT { ?s kg:invests ?o } WHERE { ?s kg:invests ?o }"},
        ):
            ours, theirs = build_network(remote, **options), build_network(evil_store, **options)
            assert sorted(n["id"] for n in ours.nodes) == sorted(n["id"] for n in theirs.nodes), options
            assert ours.kg_data["facts"] == theirs.kg_data["facts"], options
            assert ours.kg_data["counts"] == theirs.kg_data["counts"], options


def test_big_store_is_read_in_part(store, monkeypatch):
    from kg.viz import projection

    monkeypatch.setattr(projection, "_PRESELECT", 0)  # any store counts as big
    net = build_network(store, max_nodes=2)
    # Alibaba has two facts; the three others one each, and the tie goes to the first IRI
    assert [n["label"] for n in net.nodes] == ["Alibaba", "Alibaba Cloud Intelligence"]
    assert "Read the facts of the 2 best-connected of 4 entities only." in net.kg_data["omitted_note"]
    whole = build_network(store, max_nodes=None)
    assert whole.kg_data["facts"].keys() >= net.kg_data["facts"].keys()


@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_focus_walk_equals_the_whole_projection_cut(evil_store, depth):
    """Reading hop by hop gives what cutting the whole projection around the entity gives."""
    from kg.viz import projection as view

    for iri, label in [
        ("https://kg.example/id/entity/jeff-zhang", "Jeff Zhang"),
        ("https://kg.example/id/entity/alibaba", "Alibaba"),
        ("https://kg.example/id/entity/evil", EVIL),
    ]:
        whole = view._project(evil_store, focus=None, depth=1, sparql=None, doc=None)
        view._keep_neighbourhood(whole, iri, depth)
        walked = graph_to_networkx(evil_store, focus=label, depth=depth)
        assert set(walked.nodes) == set(whole.graph.nodes), (label, depth)
        assert set(walked.edges(keys=True)) == set(whole.graph.edges(keys=True)), (label, depth)


def test_entity_seen_differently_by_two_documents():
    """Labels and types may differ per document: the page shows one, as kg.resolve would choose."""
    graphs = []
    for doc, label, kind in (
        ("b" * 64, "ALIBABA", "Place"),
        ("c" * 64, "Alibaba", "Organization"),
        ("d" * 64, "Alibaba", "Organization"),
    ):
        graphs.append(f"""kgd:{doc} {{
          kgd:{doc} a kg:Document ; dcterms:identifier "{doc}" .
          kge:alibaba a kg:{kind} ; rdfs:label "{label}"@fr .
          kgd:{doc}/entity/alibaba a kg:Occurrence ; kg:entity kge:alibaba ; kg:assignedType kg:{kind} .
        }}""")
    info = graph_to_networkx(make_store(*graphs)).nodes["https://kg.example/id/entity/alibaba"]
    assert (info["label"], info["type"], info["aliases"]) == ("Alibaba", "Organization", "ALIBABA")
