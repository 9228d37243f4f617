"""kg.viz.drawing: what a view draws (sizes, focus, a document, a SPARQL query, what is left out and said so)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pyoxigraph
import pytest

from kg.errors import ViewError
from kg.viz.drawing import build_network
from kg.viz.page import render_html
from kg.viz.projection import graph_to_networkx
from tests.helpers import EXAMPLE, ROOT
from tests.viz.graphs import DOC


def test_build_network_counts_and_sizes(store):
    net = build_network(store)
    graph = graph_to_networkx(store)
    assert len(net.nodes) == graph.number_of_nodes()
    assert len(net.edges) == graph.number_of_edges()
    sizes = {n["label"]: n["size"] for n in net.nodes if n["shape"] == "dot"}
    assert sizes["Alibaba"] == max(sizes.values())
    assert net.kg_data["counts"] == {"entities": 4, "facts": 4, "documents": 1}
    assert net.kg_data["title"] == "kg — Alibaba va investir"  # one document: its title


def test_focus_keeps_neighbourhood_and_whole_facts(store):
    net = build_network(store, focus="jeff zhang", depth=1)
    assert {n["label"] for n in net.nodes} == {"Jeff Zhang", "Alibaba Cloud Intelligence"}
    alibaba = build_network(store, focus="le groupe chinois")  # an alias, any case
    assert {n["label"] for n in alibaba.nodes} == {"Alibaba", "28 Md USD", "2023", "Chine"}


def test_focus_unknown_label_suggests(store):
    with pytest.raises(ViewError, match="did you mean 'Alibaba'"):
        build_network(store, focus="Alibabba")


def test_doc_view_and_unknown_doc(evil_store):
    net = build_network(evil_store, doc=DOC[:8])
    assert net.kg_data["shown"]["facts"] == 3
    assert "1 fact naming no entity or value (phrase to phrase) not drawn." in net.kg_data["omitted_note"]
    assert "Bob" not in " ".join(n["label"] for n in net.nodes)
    with pytest.raises(ViewError, match="no document has id 'zzzz'"):
        build_network(evil_store, doc="zzzz")


def test_sparql_construct_and_select(store):
    construct = build_network(
        store,
        sparql="""PREFIX kg: <https://kg.example/ontology#>
        CONSTRUCT { ?s kg:invests ?o } WHERE { ?s kg:invests ?o }""",
    )
    assert [(e["label"]) for e in construct.edges] == ["invests"]
    assert {n["label"] for n in construct.nodes} == {"Alibaba", "28 Md USD"}
    fact = construct.kg_data["facts"][construct.edges[0]["kgFact"]]
    assert fact["sentence"].startswith("Alibaba va investir")  # the statement behind the triple
    select = build_network(store, sparql="SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o)) } LIMIT 5")
    assert len(select.edges) >= 1


@pytest.mark.parametrize(
    "query, message",
    [
        ("SELECT ?x WHERE { ?x ?y ?z }", "must return ?s ?p ?o"),
        ("ASK { ?s ?p ?o }", "not an ASK"),
        ("SELECT nonsense", "cannot run"),
    ],
)
def test_sparql_errors(store, query, message):
    with pytest.raises(ViewError, match=re.escape(message)):
        build_network(store, sparql=query)


def test_max_nodes_keeps_most_important(store):
    net = build_network(store, max_nodes=3)
    assert len(net.nodes) == 3
    assert "Alibaba" in {n["label"] for n in net.nodes}
    note = net.kg_data["omitted_note"]
    assert note.startswith("3 of 6 nodes left out (the least connected, the first of them: Chine); raise max_nodes")


def test_empty_store_draws_an_empty_page():
    net = build_network(pyoxigraph.Store())
    assert net.nodes == [] and net.kg_data["counts"] == {"entities": 0, "facts": 0, "documents": 0}
    assert "kg-data" in render_html(net)


@pytest.mark.slow
def test_view_of_the_example_article(tmp_path):
    """End to end: the French example gives Alibaba investing 28 Md USD, with its sentence."""
    from kg.api import build
    from kg.store import open_store

    build([str(EXAMPLE)], store=tmp_path / "s")
    with open_store(tmp_path / "s", read_only=True) as kg_store:
        net = build_network(kg_store, focus="Alibaba")
    labels = {n["label"] for n in net.nodes}
    assert {"Alibaba", "28 Md USD", "2023"} <= labels
    invests = [e for e in net.edges if e["label"] == "investit"]  # the ontology's French label
    assert invests
    fact = net.kg_data["facts"][invests[0]["kgFact"]]
    assert "28 milliards de dollars" in fact["sentence"]


def test_hub_lists_its_most_confident_facts(store, monkeypatch):
    from kg.viz import drawing

    monkeypatch.setattr(drawing, "MAX_FACTS_PER_NODE", 1)
    data = build_network(store).kg_data
    info = data["info"]["https://kg.example/id/entity/alibaba"]
    assert [data["facts"][f]["id"] for f in info["facts"]] == [f"https://kg.example/id/doc/{DOC}/fact/1"]  # 0.83 > 0.4
    assert info["more_facts"] == 1


@pytest.mark.parametrize(
    "options, message",
    [
        ({"focus": "Alibaba", "doc": DOC}, "give only one of focus, sparql and doc"),
        ({"focus": "Alibaba", "depth": -1}, "depth must be 0 or more, got -1"),
        ({"max_nodes": 0}, "max_nodes must be 1 or more, got 0"),
    ],
)
def test_bad_options(store, options, message):
    with pytest.raises(ViewError, match=re.escape(message)):
        build_network(store, **options)


def test_a_cut_view_is_the_same_in_every_run():
    """Node order, and so the page and its layout, does not follow Python's string hashing."""
    program = (
        "from kg.viz.drawing import build_network\n"
        "from kg.viz.page import render_html\n"
        "from tests.viz.graphs import ALIBABA, make_store\n"
        "store = make_store(ALIBABA)\n"
        "print(render_html(build_network(store, max_nodes=2)))\n"
        "print(render_html(build_network(store, focus='Alibaba', depth=1, max_nodes=2)))\n"
    )
    pages = {
        subprocess.run(
            [sys.executable, "-c", program],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(pages) == 1


def test_phrases_stay_in_panels_until_asked_for():
    from tests.viz.graphs import ALIBABA, PHRASE, make_store

    net = build_network(make_store(ALIBABA, PHRASE))
    phrases = [n for n in net.nodes if n["kgType"] == "Text"]
    assert [n["label"] for n in phrases] == ["un data center"]
    assert all(n["hidden"] for n in phrases)
    assert not any(n.get("hidden") for n in net.nodes if n["kgType"] != "Text")
    text_type = next(t for t in net.kg_data["types"] if t["name"] == "Text")
    assert text_type["hidden"] is True
    assert "1 phrase (objects that are no entity or value) kept in their facts' panels" in net.kg_data["omitted_note"]


def test_parallel_facts_are_one_edge_with_their_count():
    from tests.viz.graphs import AGAIN, ALIBABA, make_store

    net = build_network(make_store(ALIBABA, AGAIN))
    invests = [e for e in net.edges if e["label"].startswith("investit")]
    assert [e["label"] for e in invests] == ["investit ×2"]
    assert len(invests[0]["kgFacts"]) == 2 and set(invests[0]["kgFacts"]) <= set(net.kg_data["facts"])
    assert next(r for r in net.kg_data["relations"] if r["name"] == "investit")["count"] == 2


def test_communities_group_the_nodes_linked_among_themselves():
    from tests.viz.graphs import ALIBABA, make_store

    net = build_network(make_store(ALIBABA))
    groups = {n["label"]: n.get("kgCommunity") for n in net.nodes}
    assert net.kg_data["communities"] == len(set(groups.values())) >= 2
    # Jeff Zhang and the company he works at are one group; Alibaba and its investment another
    assert groups["Jeff Zhang"] == groups["Alibaba Cloud Intelligence"] != groups["Alibaba"]
    assert groups == {n["label"]: n.get("kgCommunity") for n in build_network(make_store(ALIBABA)).nodes}
