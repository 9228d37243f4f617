"""Tests of kg.viz: projection, page safety, focused views, exports."""
from __future__ import annotations

import html as html_module
import json
import re
from pathlib import Path

import pyoxigraph
import pytest

from kg.errors import ViewError
from kg.viz.drawing import build_network
from kg.viz.export import export_graph
from kg.viz.page import render_html, write_html
from kg.viz.projection import graph_to_networkx

DOC = "a" * 64
EVIL_DOC = "e" * 64
EVIL = '</script><img src=x onerror="window.__pwned=1"> \\ "quoted" \u2028 & <b>bold</b>'

PREFIXES = """@prefix kg: <https://kg.example/ontology#> .
@prefix kgr: <https://kg.example/relation/> .
@prefix kge: <https://kg.example/id/entity/> .
@prefix kgd: <https://kg.example/id/doc/> .
@prefix kgv: <https://kg.example/id/value/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""

ALIBABA = f"""
kgd:{DOC} {{
  kgd:{DOC} a kg:Document ; dcterms:identifier "{DOC}" ; kg:source "examples/alibaba_cloud_fr.txt" ;
      dcterms:language "fr" ; dcterms:title "Alibaba va investir"@fr ; dcterms:date "2020-03-20"^^xsd:date .
  kgd:{DOC}/s/0 a kg:Sentence ; kg:text "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023"@fr ;
      kg:index 0 ; kg:start 0 ; kg:end 86 ; kg:inDocument kgd:{DOC} .
  kgd:{DOC}/s/5 a kg:Sentence ; kg:text "a expliqué Jeff Zhang, directeur de la technologie d’Alibaba Cloud Intelligence."@fr ;
      kg:index 5 ; kg:inDocument kgd:{DOC} .
  kge:alibaba a kg:Organization ; rdfs:label "Alibaba"@fr ; skos:altLabel "ALIBABA"@fr, "le groupe chinois"@fr .
  kge:alibaba-cloud-intelligence a kg:Organization ; rdfs:label "Alibaba Cloud Intelligence"@fr .
  kge:jeff-zhang a kg:Person ; rdfs:label "Jeff Zhang"@fr .
  kge:chine a kg:Place ; rdfs:label "Chine"@fr .
  kgv:money/USD/28000000000 a kg:MonetaryAmount ; kg:numericValue "28000000000"^^xsd:decimal ;
      kg:currency "USD" ; rdfs:label "28000000000 USD" .
  kgv:date/2023 a kg:Date ; kg:date "2023"^^xsd:gYear ; rdfs:label "2023" .
  kge:alibaba kg:invests kgv:money/USD/28000000000 .
  kge:alibaba kgr:fr/investir kgv:money/USD/28000000000 .
  kgd:{DOC}/fact/1 a kg:Statement ;
      kg:subject kge:alibaba ; kg:subjectText "Alibaba"@fr ;
      kg:relation kgr:fr/investir ; kg:relationText "va investir"@fr ; kg:canonicalRelation kg:invests ;
      kg:object kgv:money/USD/28000000000 ; kg:objectText "quelque 28 milliards de dollars"@fr ;
      kg:objectQualifier "approximately" ; kg:amount kgv:money/USD/28000000000 ; kg:time kgv:date/2023 ;
      kg:argument kgd:{DOC}/fact/1/arg/1 , kgd:{DOC}/fact/1/arg/2 ;
      kg:negated false ; kg:modality "future" ; kg:confidence 0.83 ; kg:extractor "kg.clause" ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/0 .
  kgd:{DOC}/fact/1/arg/1 a kg:Argument ; kg:position 1 ; kg:role "dans" ; kg:roleType kg:TargetRole ;
      kg:text "son infrastructure cloud"@fr .
  kgd:{DOC}/fact/1/arg/2 a kg:Argument ; kg:position 2 ; kg:role "d’ici à" ; kg:roleType kg:DeadlineRole ;
      kg:text "2023"@fr ; kg:value kgv:date/2023 ; kg:qualifier "by" .
  kge:jeff-zhang kg:holdsPositionAt kge:alibaba-cloud-intelligence .
  kgd:{DOC}/fact/2 a kg:Statement ;
      kg:subject kge:jeff-zhang ; kg:subjectText "Jeff Zhang"@fr ;
      kg:relation kgr:fr/etre-directeur-de-la-technologie-d ; kg:relationText "directeur de la technologie d’"@fr ;
      kg:canonicalRelation kg:holdsPositionAt ; kg:positionHeld kg:CTO ;
      kg:object kge:alibaba-cloud-intelligence ; kg:objectText "Alibaba Cloud Intelligence"@fr ;
      kg:negated false ; kg:confidence 0.7 ; kg:extractor "kg.clause" ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/5 .
  kgd:{DOC}/fact/3 a kg:Statement ;
      kg:subject kge:alibaba ; kg:relation kgr:fr/etre-implante-dans ;
      kg:object kge:chine ; kg:negated true ; kg:confidence 0.4 ;
      kg:attribution "Jeff Zhang"@fr ; prov:wasAttributedTo kge:jeff-zhang ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/5 .
  kgd:{DOC}/fact/4 a kg:Statement ;
      kg:subject "Une stratégie"@fr ; kg:subjectText "Une stratégie"@fr ; kg:relation kgr:fr/accelerer-par ;
      kg:object "une hausse de la demande"@fr ; kg:modality "possible" ; kg:negated false ; kg:confidence 0.8 ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/0 .
  kgr:fr/investir a kg:Relation ; rdfs:label "investir"@fr ; rdfs:subPropertyOf kg:invests .
  kgr:fr/etre-implante-dans a kg:Relation ; rdfs:label "être implanté dans"@fr .
  kgr:fr/accelerer-par a kg:Relation ; rdfs:label "accélérer par"@fr .
}}
"""


def _lit(text: str) -> str:
    return json.dumps(text)


EVIL_GRAPH = f"""
kgd:{EVIL_DOC} {{
  kgd:{EVIL_DOC} a kg:Document ; dcterms:identifier "{EVIL_DOC}" ; kg:source {_lit(EVIL)} ; dcterms:title {_lit(EVIL)} .
  kgd:{EVIL_DOC}/s/0 a kg:Sentence ; kg:text {_lit(EVIL + " sentence")} ; kg:inDocument kgd:{EVIL_DOC} .
  kge:evil a kg:Organization ; rdfs:label {_lit(EVIL)} ; skos:altLabel {_lit("<script>window.__pwned=2</script>")} .
  kge:bob a kg:Person ; rdfs:label "Bob \\"the\\" <i>Builder</i> \\\\ '" .
  kgd:{EVIL_DOC}/fact/1 a kg:Statement ; kg:subject kge:evil ; kg:relation kgr:en/pwn ;
      kg:relationText {_lit(EVIL)} ; kg:object kge:bob ; kg:objectText {_lit("<svg onload=window.__pwned=3>")} ;
      kg:argument kgd:{EVIL_DOC}/fact/1/arg/1 ;
      kg:modality {_lit(EVIL)} ; kg:negated false ; kg:confidence 0.5 ; prov:wasDerivedFrom kgd:{EVIL_DOC}/s/0 .
  kgd:{EVIL_DOC}/fact/1/arg/1 a kg:Argument ; kg:position 1 ; kg:role {_lit("<img src=y onerror=window.__pwned=4>")} ;
      kg:text {_lit(EVIL)} .
  kgr:en/pwn a kg:Relation ; rdfs:label {_lit(EVIL)} .
}}
"""


NAMESPACES = {"kgd": "https://kg.example/id/doc/", "kge": "https://kg.example/id/entity/",
              "kgr": "https://kg.example/relation/", "kgv": "https://kg.example/id/value/"}


def make_store(*graphs: str) -> pyoxigraph.Store:
    """An in-memory store holding the given TriG (prefixed names may contain "/")."""
    text = re.sub(r"\b(kgd|kge|kgr|kgv):([^\s;,\]]+)", lambda m: f"<{NAMESPACES[m[1]]}{m[2]}>", "".join(graphs))
    store = pyoxigraph.Store()
    store.load((PREFIXES + text).encode(), format=pyoxigraph.RdfFormat.TRIG)
    return store


@pytest.fixture()
def store() -> pyoxigraph.Store:
    return make_store(ALIBABA)


@pytest.fixture()
def evil_store() -> pyoxigraph.Store:
    return make_store(ALIBABA, EVIL_GRAPH)


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


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
    assert relations == {"invests", "holds a position at", "être implanté dans", "d’ici à"}
    negated = [d for _, _, d in graph.edges(data=True) if d["negated"]]
    assert [d["label"] for d in negated] == ["être implanté dans"]


@pytest.mark.parametrize("value, currency, lang, expected", [
    ("28000000000", "USD", "fr", "28 Md USD"),
    ("28000000000", "USD", "en", "28 bn USD"),
    ("1300000000", "EUR", "fr", "1,3 Md EUR"),
    ("63", None, "fr", "63"),
    ("2500", "USD", "en", "2,500 USD"),
    ("1800", "personnes", "fr", "1\u202f800 personnes"),
    ("12.5", "%", "fr", "12,5 %"),
    ("-3.25", None, "en", "-3.25"),
])
def test_human_amounts(value, currency, lang, expected):
    from kg.viz.labels import _human_amount

    assert _human_amount(value, currency, lang) == expected


def test_build_network_counts_and_sizes(store):
    net = build_network(store)
    graph = graph_to_networkx(store)
    assert len(net.nodes) == graph.number_of_nodes()
    assert len(net.edges) == graph.number_of_edges()
    sizes = {n["label"]: n["size"] for n in net.nodes if n["shape"] == "dot"}
    assert sizes["Alibaba"] == max(sizes.values())
    assert net.kg_data["counts"] == {"entities": 4, "facts": 4, "documents": 1}
    assert net.kg_data["title"] == "kg — Alibaba va investir"  # one document: its title


def test_page_is_self_contained(store, tmp_path):
    path = write_html(build_network(store), tmp_path / "view.html")
    html = path.read_text(encoding="utf-8")
    csp = html_module.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    assert "default-src 'none'" in csp and "unsafe" not in csp  # scripts and styles by hash only
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', html)
    assert "cdn" not in html.lower().replace("vis-network", "")[:2000]
    assert "window.network" in html
    assert "vis-network" in html  # inlined library banner


def test_strings_from_documents_never_become_markup(evil_store):
    html = render_html(build_network(evil_store, title=EVIL))
    assert "<title>&lt;/script&gt;&lt;img" in html
    data_json = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    for bad in ("<", ">", "&", "\u2028"):
        assert bad not in data_json
    # the only <script elements are the page's three (vis-network's own code mentions "<script>")
    assert re.findall(r"<script[^>]*>", html)[:2] == ['<script type="application/json" id="kg-data">', "<script>"]
    assert html.count("\n<script") == 3
    assert "<img" not in html.split('id="kg-data">')[0]
    labels = {n["label"] for n in page_data(html)["nodes"]}
    assert any(label.startswith("</script><img") for label in labels)


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
    construct = build_network(store, sparql="""PREFIX kg: <https://kg.example/ontology#>
        CONSTRUCT { ?s kg:invests ?o } WHERE { ?s kg:invests ?o }""")
    assert [(e["label"]) for e in construct.edges] == ["invests"]
    assert {n["label"] for n in construct.nodes} == {"Alibaba", "28 Md USD"}
    fact = construct.kg_data["facts"][construct.edges[0]["kgFact"]]
    assert fact["sentence"].startswith("Alibaba va investir")  # the statement behind the triple
    select = build_network(store, sparql="SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o)) } LIMIT 5")
    assert len(select.edges) >= 1


@pytest.mark.parametrize("query, message", [
    ("SELECT ?x WHERE { ?x ?y ?z }", "must return ?s ?p ?o"),
    ("ASK { ?s ?p ?o }", "not an ASK"),
    ("SELECT nonsense", "cannot run"),
])
def test_sparql_errors(store, query, message):
    with pytest.raises(ViewError, match=re.escape(message)):
        build_network(store, sparql=query)


def test_max_nodes_keeps_most_important(store):
    net = build_network(store, max_nodes=3)
    assert len(net.nodes) == 3
    assert "Alibaba" in {n["label"] for n in net.nodes}
    note = net.kg_data["omitted_note"]
    assert note.startswith("3 of 6 nodes left out (the least connected, the first of them: Chine); raise max_nodes")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graph(store, tmp_path, fmt):
    import networkx as nx

    path = export_graph(store, fmt, tmp_path / f"g.{fmt}")
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert graph.number_of_nodes() == graph_to_networkx(store).number_of_nodes()


def test_export_graph_unknown_format(store, tmp_path):
    with pytest.raises(ViewError, match="graphml or gexf"):
        export_graph(store, "dot", tmp_path / "g.dot")


def test_empty_store_draws_an_empty_page():
    net = build_network(pyoxigraph.Store())
    assert net.nodes == [] and net.kg_data["counts"] == {"entities": 0, "facts": 0, "documents": 0}
    assert "kg-data" in render_html(net)


def test_pyvis_api_writes_our_page(store, tmp_path):
    net = build_network(store)
    net.write_html(str(tmp_path / "pyvis.html"))  # pyvis's own method, our template
    html = (tmp_path / "pyvis.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "cdn" not in html.split("<script")[0].lower()


def test_notebook_repr_is_sandboxed_iframe(store):
    html = build_network(store)._repr_html_()
    assert html.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in html


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
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
        for options in ({}, {"doc": DOC[:8]}, {"focus": "Jeff Zhang"},
                        {"sparql": "CONSTRUCT { ?s kg:invests ?o } WHERE { ?s kg:invests ?o }"}):
            ours, theirs = build_network(remote, **options), build_network(evil_store, **options)
            assert sorted(n["id"] for n in ours.nodes) == sorted(n["id"] for n in theirs.nodes), options
            assert ours.kg_data["facts"] == theirs.kg_data["facts"], options
            assert ours.kg_data["counts"] == theirs.kg_data["counts"], options


@pytest.mark.slow
def test_view_of_the_example_article(tmp_path):
    """End to end: the French example gives Alibaba investing 28 Md USD, with its sentence."""
    from kg.api import build
    from kg.store import open_store

    example = Path(__file__).parent.parent / "examples" / "alibaba_cloud_fr.txt"
    build([str(example)], store=tmp_path / "s")
    with open_store(tmp_path / "s", read_only=True) as kg_store:
        net = build_network(kg_store, focus="Alibaba")
    labels = {n["label"] for n in net.nodes}
    assert {"Alibaba", "28 Md USD", "2023"} <= labels
    invests = [e for e in net.edges if e["label"] == "invests"]
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


def test_big_store_is_read_in_part(store, monkeypatch):
    from kg.viz import projection

    monkeypatch.setattr(projection, "_PRESELECT", 0)  # any store counts as big
    net = build_network(store, max_nodes=2)
    # Alibaba has two facts; the three others one each, and the tie goes to the first IRI
    assert [n["label"] for n in net.nodes] == ["Alibaba", "Alibaba Cloud Intelligence"]
    assert "Read the facts of the 2 best-connected of 4 entities only." in net.kg_data["omitted_note"]
    whole = build_network(store, max_nodes=None)
    assert whole.kg_data["facts"].keys() >= net.kg_data["facts"].keys()


@pytest.mark.parametrize("options, message", [
    ({"focus": "Alibaba", "doc": DOC}, "give only one of focus, sparql and doc"),
    ({"focus": "Alibaba", "depth": -1}, "depth must be 0 or more, got -1"),
    ({"max_nodes": 0}, "max_nodes must be 1 or more, got 0"),
])
def test_bad_options(store, options, message):
    with pytest.raises(ViewError, match=re.escape(message)):
        build_network(store, **options)


@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_focus_walk_equals_the_whole_projection_cut(evil_store, depth):
    """Reading hop by hop gives what cutting the whole projection around the entity gives."""
    from kg.viz import projection as view

    for iri, label in [("https://kg.example/id/entity/jeff-zhang", "Jeff Zhang"),
                       ("https://kg.example/id/entity/alibaba", "Alibaba"),
                       ("https://kg.example/id/entity/evil", EVIL)]:
        whole = view._project(evil_store, focus=None, depth=1, sparql=None, doc=None)
        view._keep_neighbourhood(whole, iri, depth)
        walked = graph_to_networkx(evil_store, focus=label, depth=depth)
        assert set(walked.nodes) == set(whole.graph.nodes), (label, depth)
        assert set(walked.edges(keys=True)) == set(whole.graph.edges(keys=True)), (label, depth)


@pytest.mark.parametrize("notation, lang, expected", [
    ("2019-Q4", "en", "Q4 2019"),
    ("2019-Q4", "fr", "T4 2019"),
    ("2020-H1", "fr", "S1 2020"),
    ("2020-03-20/2023-03-20", "fr", "20 mars 2020 – 20 mars 2023"),
    ("2020/2023", "en", "2020 – 2023"),
    ("P3Y", "fr", "3 ans"),
    ("P1M", "en", "1 month"),
    ("2020-03", "en", "March 2020"),
])
def test_human_periods(notation, lang, expected):
    from kg.viz.labels import _human_period

    assert _human_period(notation, lang) == expected


def test_entity_seen_differently_by_two_documents():
    """Labels and types may differ per document: the page shows one, as kg.resolve would choose."""
    graphs = []
    for doc, label, kind in (("b" * 64, "ALIBABA", "Place"), ("c" * 64, "Alibaba", "Organization"),
                             ("d" * 64, "Alibaba", "Organization")):
        graphs.append(f"""kgd:{doc} {{
          kgd:{doc} a kg:Document ; dcterms:identifier "{doc}" .
          kge:alibaba a kg:{kind} ; rdfs:label "{label}"@fr .
          kgd:{doc}/entity/alibaba a kg:Occurrence ; kg:entity kge:alibaba ; kg:assignedType kg:{kind} .
        }}""")
    info = graph_to_networkx(make_store(*graphs)).nodes["https://kg.example/id/entity/alibaba"]
    assert (info["label"], info["type"], info["aliases"]) == ("Alibaba", "Organization", "ALIBABA")
