"""kg serve's Linked Data: /id/… answers a page to browsers and RDF to programs, with every string escaped."""

from __future__ import annotations

import json

import httpx
import pytest
import rdflib

from kg.store import open_store
from tests.server.running import Server

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
KGV = "https://kg.example/id/value/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PROV = "http://www.w3.org/ns/prov#"
TITLE = "http://purl.org/dc/terms/title"
HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
DOC = f"{KGD}{'d' * 64}"


def graph() -> bytes:
    """One document in the shape of docs/graph-model.md: an organization buys a company for an amount."""
    st, s0 = f"{DOC}/fact/1", f"{DOC}/s/0"
    lines = [
        f"<{DOC}> <{RDF_TYPE}> <{KG}Document> .",
        f"<{DOC}> <{TITLE}> {json.dumps('Northwind buys Contoso')}@en .",
        f"<{s0}> <{RDF_TYPE}> <{KG}Sentence> .",
        f"<{s0}> <{KG}text> {json.dumps('Northwind bought Contoso for $2 billion. ' + HOSTILE)}@en .",
        f"<{KGE}northwind> <{RDF_TYPE}> <{KG}Organization> .",
        f"<{KGE}northwind> <{RDFS}label> {json.dumps('Northwind ' + HOSTILE)}@en .",
        f'<{KGE}northwind> <http://www.w3.org/2004/02/skos/core#altLabel> "Northwind Systems Inc"@en .',
        f"<{KGE}contoso> <{RDF_TYPE}> <{KG}Organization> .",
        f'<{KGE}contoso> <{RDFS}label> "Contoso"@en .',
        f"<{KGE}northwind> <{KG}acquires> <{KGE}contoso> .",
        f"<{st}> <{RDF_TYPE}> <{KG}Statement> .",
        f"<{st}> <{KG}subject> <{KGE}northwind> .",
        f"<{st}> <{KG}object> <{KGE}contoso> .",
        f"<{st}> <{KG}canonicalRelation> <{KG}acquires> .",
        f'<{st}> <{KG}relationText> "bought"@en .',
        f"<{st}> <{KG}amount> <{KGV}money/USD/2000000000> .",
        f'<{KGV}money/USD/2000000000> <{RDFS}label> "2000000000 USD" .',
        f'<{st}> <{KG}confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
        f"<{st}> <{PROV}wasDerivedFrom> <{s0}> .",
        f"<{st}> <{KG}inDocument> <{DOC}> .",
        f"<{DOC}/entity/northwind> <{KG}entity> <{KGE}northwind> .",
        f"<{DOC}/entity/northwind> <{KG}inDocument> <{DOC}> .",
    ]
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("ld") / "store"
    with open_store(path) as store:
        store.add_graph(DOC, graph())
    srv = Server(path)
    yield srv
    srv.stop()


def page(server: Server, path: str) -> httpx.Response:
    return httpx.get(server.base + path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})


def test_an_entity_page_is_its_card(server):
    r = page(server, "/id/entity/northwind")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    text = r.text
    assert "<script>" not in text and "<img" not in text
    assert "Northwind &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in text
    assert "<p class=kind>Organization · <code>kge:northwind</code></p>" in text
    assert "<q>Northwind Systems Inc</q>" in text
    assert "<h2>acquires</h2>" in text
    assert '<a href="/id/entity/contoso">Contoso</a> <span class=amount>2000000000 USD</span>' in text
    assert "<blockquote>Northwind bought Contoso for $2 billion. &lt;script&gt;" in text
    assert f'<a href="/id/doc/{"d" * 64}">Northwind buys Contoso</a>' in text
    assert f'<a href="/id/doc/{"d" * 64}/fact/1">statement</a>' in text
    assert "<h2>Neighbours</h2>" in text and 'href="/view?query=CONSTRUCT' in text


def test_the_other_end_sees_the_fact_reversed(server):
    text = page(server, "/id/entity/contoso").text
    assert "<h2>acquires</h2>" in text and "(reverse)" in text and 'href="/id/entity/northwind"' in text


@pytest.mark.parametrize(
    "accept, parse_as",
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("*/*", "turtle"),
    ],
)
def test_an_rdf_client_gets_the_description(server, accept, parse_as):
    r = httpx.get(server.base + "/id/entity/northwind", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["vary"] == "Accept"
    g = rdflib.Graph().parse(data=r.content, format=parse_as)
    northwind = rdflib.URIRef(f"{KGE}northwind")
    assert (northwind, rdflib.URIRef(f"{KG}acquires"), rdflib.URIRef(f"{KGE}contoso")) in g
    assert str(g.value(northwind, rdflib.RDFS.label)) == "Northwind " + HOSTILE


def test_documents_and_statements_have_pages(server):
    r = page(server, f"/id/doc/{'d' * 64}")
    assert r.status_code == 200 and "<h1>Northwind buys Contoso</h1>" in r.text
    r = page(server, f"/id/doc/{'d' * 64}/fact/1")
    assert r.status_code == 200
    assert '<th>kg:canonicalRelation</th><td><a href="https://kg.example/ontology#acquires">kg:acquires</a>' in r.text
    assert f'<a href="/id/doc/{"d" * 64}/s/0">' in r.text


@pytest.mark.parametrize("path", ["/id/entity/nobody", "/id/doc/unknown", "/id/entity/%3Cbad%3E"])
def test_unknown_resources_are_404(server, path):
    assert page(server, path).status_code == 404
    assert httpx.get(server.base + path, headers={"Accept": "text/turtle"}).status_code == 404
