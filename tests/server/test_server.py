"""kg.server: real clients (SPARQLWrapper, rdflib SPARQLStore, httpx, raw sockets) against a running server.

Every server here is a separate process started by a fixture on a free
127.0.0.1 port and stopped by it.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, XML, SPARQLWrapper

from kg.store import open_store
from tests.helpers import ROOT
from tests.server.running import Server

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
HOSTILE = '<script>alert("x")</script> & </td><img src=x onerror=alert(1)>'
MAX_ROWS = 40


def build(path: Path, docs: int = 3) -> None:
    """Small document graphs in the shape of docs/graph-model.md, written through the Store API."""
    with open_store(path) as store:
        for d in range(docs):
            doc = f"{KGD}{d:064x}"
            org = f"{KGE}org{d}"
            label = HOSTILE if d == 0 else f"Org {d}"
            lines = [
                f"<{doc}> <{RDF_TYPE}> <{KG}Document> .",
                f"<{org}> <{RDF_TYPE}> <{KG}Organization> .",
                f"<{org}> <{RDFS}label> {json.dumps(label)}@fr .",
                f'<{org}> <{KG}invests> "{d + 1} milliards de dollars"@fr .',
                f"<{doc}/fact/1> <{KG}subject> <{org}> .",
                f'<{doc}/fact/1> <{KG}amount> "{(d + 1) * 1000}"^^<{XSD}decimal> .',
            ]
            lines.append(f"<{org}> <{KG}text> {json.dumps('page 1' + chr(12) + 'page 2')} .")
            # Enough plain triples for a result cap and a slow cross join.
            lines += [f'<{org}> <{KG}note> "note {i}" .' for i in range(60)]
            store.add_graph(doc, ("\n".join(lines) + "\n").encode())


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("server") / "store"
    build(path)
    return path


@pytest.fixture(scope="module")
def views_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("views")
    (path / "alibaba.html").write_text("<!doctype html><title>a view</title><script>window.ok = 1;</script>")
    (path / ".hidden.html").write_text("secret")
    (path / "notes.txt").write_text("secret")
    return path


@pytest.fixture(scope="module")
def server(store_path, views_dir):
    srv = Server(store_path, timeout=2.0, max_rows=MAX_ROWS, views_dir=str(views_dir), workers=2)
    yield srv
    srv.stop()


def wrapper(server: Server, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


SELECT = f"SELECT ?org ?label WHERE {{ ?org a <{KG}Organization> ; <{RDFS}label> ?label }} ORDER BY ?org"


# --- SPARQLWrapper ----------------------------------------------------------------------


def test_startup_line_says_where_and_how(server):
    assert server.startup == f"kg: SPARQL endpoint at http://127.0.0.1:{server.port}/sparql (read-only)"


@pytest.mark.parametrize("method", [None, POST])
def test_sparqlwrapper_select_json(server, method):
    rows = wrapper(server, SELECT, JSON, method).queryAndConvert()["results"]["bindings"]
    assert [r["org"]["value"] for r in rows] == [f"{KGE}org0", f"{KGE}org1", f"{KGE}org2"]
    assert rows[0]["label"] == {"type": "literal", "value": HOSTILE, "xml:lang": "fr"}


def test_sparqlwrapper_select_xml(server):
    document = wrapper(server, SELECT, XML).queryAndConvert()
    literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]
    assert literals[0] == HOSTILE and len(literals) == 3


@pytest.mark.parametrize("fmt, separator", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_select_csv_tsv(server, fmt, separator):
    text = wrapper(server, SELECT, fmt).queryAndConvert().decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == ("org,label" if fmt == CSV else "?org\t?label")
    assert len(lines) == 4 and f"{KGE}org1" in lines[2] and separator in lines[2]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(server, fmt):
    result = wrapper(server, f"ASK {{ <{KGE}org1> a <{KG}Organization> }}", fmt).queryAndConvert()
    if fmt == JSON:
        assert result["boolean"] is True
    else:
        assert result.getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("fmt", [TURTLE, N3, XML, JSONLD])
def test_sparqlwrapper_construct(server, fmt):
    query = f"CONSTRUCT {{ ?o <{RDFS}label> ?l }} WHERE {{ ?o <{RDFS}label> ?l }}"
    result = wrapper(server, query, fmt).queryAndConvert()
    graph = (
        result
        if isinstance(result, rdflib.Graph)
        else rdflib.Graph().parse(data=result, format="json-ld" if fmt == JSONLD else "turtle")
    )
    assert len(graph) == 3
    assert (rdflib.URIRef(f"{KGE}org0"), rdflib.RDFS.label, rdflib.Literal(HOSTILE, lang="fr")) in graph


def test_sparqlwrapper_describe(server):
    graph = wrapper(server, f"DESCRIBE <{KGE}org1>", TURTLE).queryAndConvert()
    graph = graph if isinstance(graph, rdflib.Graph) else rdflib.Graph().parse(data=graph, format="turtle")
    assert (rdflib.URIRef(f"{KGE}org1"), rdflib.RDF.type, rdflib.URIRef(f"{KG}Organization")) in graph


# --- rdflib SPARQLStore -------------------------------------------------------------------


def test_rdflib_sparqlstore_select_and_triples(server):
    graph = rdflib.Graph(SPARQLStore(server.endpoint, returnFormat="json"))
    rows = list(graph.query(f"SELECT ?l WHERE {{ <{KGE}org2> <{RDFS}label> ?l }}"))
    assert [str(r[0]) for r in rows] == ["Org 2"]
    assert (rdflib.URIRef(f"{KGE}org1"), rdflib.RDF.type, rdflib.URIRef(f"{KG}Organization")) in graph
    amounts = sorted(int(o) for o in graph.objects(None, rdflib.URIRef(f"{KG}amount")))
    assert amounts == [1000, 2000, 3000]


def test_rdflib_sparqlstore_cannot_write(server):
    graph = rdflib.Graph(SPARQLStore(server.endpoint))
    with pytest.raises(TypeError):
        graph.add((rdflib.URIRef("https://x.example/a"), rdflib.RDFS.label, rdflib.Literal("x")))


# --- protocol edge cases (httpx) ---------------------------------------------------------------


def count_labels(server: Server) -> int:
    r = httpx.get(server.endpoint, params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{RDFS}label> ?l }}"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": {"update": "CLEAR ALL"}},
        {"content": "CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {
            "content": f'INSERT DATA {{ <{KGE}x> <{RDFS}label> "x" }}',
            "headers": {"Content-Type": "application/sparql-update"},
        },
    ],
)
def test_update_is_refused_and_changes_nothing(server, request_kwargs):
    before = count_labels(server)
    r = httpx.post(server.endpoint, **request_kwargs)
    assert r.status_code == 403
    assert r.text == "this endpoint is read-only; start it with --allow-update to accept updates\n"
    assert count_labels(server) == before == 3


@pytest.mark.parametrize(
    "query, where",
    [
        ("SELECT ?x WHERE { ?x ?p }", "line 1, column "),
        ("SELECT ?x\nWHERE {\n  ?x nope:thing ?y\n}", "line 3, column "),
        ("SELEC foo", "line 1, column 10: 'SELEC' is not a query form (did you mean SELECT?)"),
    ],
)
def test_malformed_query_is_400_with_the_position(server, query, where):
    r = httpx.get(server.endpoint, params={"query": query})
    assert r.status_code == 400
    assert r.text.startswith(where)
    assert r.headers["access-control-allow-origin"] == "*"


def test_unknown_prefix_names_it(server):
    r = httpx.post(server.endpoint, data={"query": "SELECT * WHERE { ?s nope:p ?o }"})
    assert r.status_code == 400 and "unknown prefix 'nope:'" in r.text


def test_project_prefixes_are_declared(server):
    r = httpx.get(server.endpoint, params={"query": "SELECT ?o WHERE { ?o a kg:Organization }"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 3


CROSS = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l"


@pytest.mark.parametrize(
    "query",
    [f"SELECT * WHERE {{ {CROSS} }} ORDER BY ?a", f"SELECT * WHERE {{ {CROSS} }} OFFSET 100000000000"],
)
def test_runaway_query_gets_503_on_time_and_the_server_keeps_answering(server, query):
    started = time.monotonic()
    r = httpx.get(server.endpoint, params={"query": query}, timeout=30)
    elapsed = time.monotonic() - started
    assert r.status_code == 503
    assert r.text.startswith("query stopped") and "(timeout)" in r.text
    assert elapsed < 4
    for _ in range(3):  # the other worker answers while the stuck one retires
        assert httpx.get(server.endpoint, params={"query": "ASK {}"}, timeout=30).status_code == 200


def test_runaway_query_is_really_stopped(store_path):
    """The worker with the stuck query is replaced: no process keeps burning CPU."""
    srv = Server(store_path, timeout=1.0, workers=1)
    try:
        workers_before = _children(srv.proc.pid)
        r = httpx.get(srv.endpoint, params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {CROSS} }}"}, timeout=30)
        assert r.status_code == 503
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and set(_children(srv.proc.pid)) & set(workers_before):
            time.sleep(0.2)
        assert not set(_children(srv.proc.pid)) & set(workers_before), "the stuck worker is still running"
        assert httpx.get(srv.endpoint, params={"query": "ASK {}"}, timeout=30).status_code == 200
    finally:
        srv.stop()


def _children(pid: int) -> list[int]:
    """Worker processes of the supervisor (multiprocessing spawn children, not the resource tracker)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat[1]) == pid and b"spawn_main" in cmdline:
                out.append(int(entry.name))
    return out


def test_result_cap_is_stated(server):
    r = httpx.get(server.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert r.headers["x-kg-truncated"] == str(MAX_ROWS)
    assert len(r.json()["results"]["bindings"]) == MAX_ROWS
    assert "X-KG-Truncated" in r.headers["access-control-expose-headers"]
    small = httpx.get(server.endpoint, params={"query": SELECT})
    assert "x-kg-truncated" not in small.headers


@pytest.mark.parametrize(
    "accept, media",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html, application/xml;q=0.9, */*;q=0.8", "application/sparql-results+xml"),
        ("image/png, */*;q=0.1", "application/sparql-results+json"),
        ("", "application/sparql-results+json"),
    ],
)
def test_content_negotiation_for_select(server, accept, media):
    r = httpx.get(server.endpoint, params={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media


@pytest.mark.parametrize(
    "accept, media",
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("*/*", "text/turtle"),
    ],
)
def test_content_negotiation_for_construct(server, accept, media):
    query = "PREFIX x: <https://x.example/> # a comment\nCONSTRUCT WHERE { ?s a kg:Organization }"
    r = httpx.get(server.endpoint, params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media


def test_construct_declaring_a_hash_namespace_is_answered_as_a_graph(server):
    query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nCONSTRUCT WHERE { ?s rdfs:label ?l }"
    r = httpx.get(server.endpoint, params={"query": query}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == "text/turtle"
    assert "rdfs:label" in r.text


def test_format_parameter_overrides_accept(server):
    r = httpx.get(server.endpoint, params={"query": SELECT, "format": "csv"}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(
    "query, accept",
    [(SELECT, "image/png"), (SELECT, "text/turtle"), ("CONSTRUCT WHERE { ?s ?p ?o }", "text/csv")],
)
def test_unsatisfiable_accept_is_406(server, query, accept):
    r = httpx.get(server.endpoint, params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 406
    assert r.text.startswith(f"cannot answer with '{accept}'")


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", ""])
def test_wrong_post_content_type_is_415(server, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    r = httpx.post(server.endpoint, content=SELECT, headers=headers)
    assert r.status_code == 415 and "application/sparql-query" in r.text


def test_post_sparql_query_body(server):
    r = httpx.post(server.endpoint, content=SELECT.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 3


@pytest.mark.parametrize(
    "params, message",
    [
        ({"format": "json"}, "no query"),
        ({"query": SELECT, "default-graph-uri": "not an iri"}, "is not an absolute IRI"),
        ({"update": "CLEAR ALL"}, "updates must be sent by POST"),
    ],
)
def test_bad_get_requests_are_400(server, params, message):
    r = httpx.get(server.endpoint, params=params)
    assert r.status_code == 400 and message in r.text


def test_protocol_dataset_replaces_the_union(server):
    one, two = f"{KGD}{1:064x}", f"{KGD}{2:064x}"
    r = httpx.get(server.endpoint, params={"query": SELECT, "default-graph-uri": one})
    assert [b["org"]["value"] for b in r.json()["results"]["bindings"]] == [f"{KGE}org1"]
    query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s a <{KG}Organization> }} }} ORDER BY ?g"
    r = httpx.post(server.endpoint, data={"query": query, "named-graph-uri": [one, two]})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [one, two]


def test_a_query_own_dataset_is_read_and_the_protocol_dataset_overrides_it(server):
    one, two = f"{KGD}{1:064x}", f"{KGD}{2:064x}"
    query = f"SELECT ?org FROM <{one}> WHERE {{ ?org a <{KG}Organization> }}"
    r = httpx.get(server.endpoint, params={"query": query})
    assert [b["org"]["value"] for b in r.json()["results"]["bindings"]] == [f"{KGE}org1"]
    r = httpx.get(server.endpoint, params={"query": query, "default-graph-uri": two})
    assert [b["org"]["value"] for b in r.json()["results"]["bindings"]] == [f"{KGE}org2"]


def test_named_graphs_alone_leave_the_default_graph_empty(server):
    one = f"{KGD}{1:064x}"
    query = f"ASK {{ ?org a <{KG}Organization> }}"
    assert httpx.get(server.endpoint, params={"query": query}).json()["boolean"] is True
    r = httpx.get(server.endpoint, params={"query": query, "named-graph-uri": one})
    assert r.json()["boolean"] is False


def test_relative_iris_resolve_against_the_endpoint(server):
    r = httpx.get(server.endpoint, params={"query": "SELECT ?x WHERE { BIND(<thing> AS ?x) }"})
    assert r.json()["results"]["bindings"][0]["x"]["value"] == f"http://127.0.0.1:{server.port}/thing"


def test_graph_store_reads_work_on_a_read_only_server(server):
    doc = f"{KGD}{1:064x}"
    r = httpx.get(server.base + "/store", params={"graph": doc}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/n-triples"
    graph = rdflib.Graph().parse(data=r.content, format="nt")
    assert (rdflib.URIRef(f"{KGE}org1"), rdflib.RDFS.label, rdflib.Literal("Org 1", lang="fr")) in graph
    assert len(graph) == 67
    r = httpx.head(server.base + "/store", params={"graph": doc})
    assert r.status_code == 200 and r.content == b"" and int(r.headers["content-length"]) > 0
    assert httpx.get(server.base + "/store", params={"graph": f"{KGD}none"}).status_code == 404
    assert httpx.get(server.base + "/store", params={"default": ""}).status_code == 200
    r = httpx.put(server.base + "/store", params={"graph": doc}, content=b"", headers={"Content-Type": "text/turtle"})
    assert r.status_code == 403 and "--allow-update" in r.text
    assert httpx.delete(server.base + "/store", params={"graph": doc}).status_code == 403
    assert count_labels(server) == 3


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, "name a graph"),
        ({"graph": "not an iri"}, "is not an absolute IRI"),
        ({"graph": "relative/path"}, "is not an absolute IRI"),
        ({"graph": f"{KGD}a", "default": ""}, "either graph=IRI or default"),
        ({"graph": [f"{KGD}a", f"{KGD}b"]}, "more than once"),
    ],
)
def test_graph_store_requests_that_name_no_graph_are_400(server, params, message):
    r = httpx.get(server.base + "/store", params=params)
    assert r.status_code == 400 and message in r.text


def test_graph_store_writes_check_what_they_are_sent(rw_server):
    url = rw_server.base + "/store"
    r = httpx.put(url, params={"graph": f"{KGD}g"}, content=b"<a> <b> <c> .", headers={"Content-Type": "text/csv"})
    assert r.status_code == 415 and "not a graph format" in r.text
    r = httpx.put(url, params={"graph": f"{KGD}g"}, content=b"<a> <b> .", headers={"Content-Type": "text/turtle"})
    assert r.status_code == 400 and "not valid text/turtle" in r.text
    body = b'<x> <http://p> "v" .'
    r = httpx.put(url, params={"graph": f"{KGD}g"}, content=body, headers={"Content-Type": "text/turtle"})
    assert r.status_code == 201  # relative IRIs resolve against the graph's IRI
    r = httpx.get(url, params={"graph": f"{KGD}g"}, headers={"Accept": "application/n-triples"})
    assert r.text == f'<{KGD}x> <http://p> "v" .\n'
    r = httpx.put(url, params={"graph": f"{KGD}g"}, content=body, headers={"Content-Type": "text/turtle"})
    assert r.status_code == 204
    quads = f'<{KGE}q> <{RDFS}label> "q" <{KGD}h> .\n'.encode()
    r = httpx.post(url, content=quads, headers={"Content-Type": "application/n-quads"})
    assert r.status_code == 204
    assert httpx.get(url, params={"graph": f"{KGD}h"}).status_code == 200
    assert httpx.delete(url, params={"graph": f"{KGD}h"}).status_code == 204
    assert httpx.delete(url, params={"graph": f"{KGD}h"}).status_code == 404
    # an empty graph is a graph: made, replaced, dropped
    empty = {"graph": f"{KGD}empty"}
    assert httpx.put(url, params=empty, content=b"", headers={"Content-Type": "text/turtle"}).status_code == 201
    assert httpx.put(url, params=empty, content=b"", headers={"Content-Type": "text/turtle"}).status_code == 204
    assert httpx.delete(url, params=empty).status_code == 204
    assert httpx.delete(url, params=empty).status_code == 404
    # a graph named by a URL that is no IRI
    r = httpx.get(rw_server.base + "/store/a%20b")
    assert r.status_code == 400 and "is not an IRI that can name a graph" in r.text


def test_other_methods_are_405(server):
    r = httpx.delete(server.endpoint)
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST, OPTIONS"


def test_cors_preflight_and_simple_requests(server):
    r = httpx.options(
        server.endpoint,
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
        },
    )
    assert r.status_code == 204
    assert r.headers["access-control-allow-origin"] == "*"
    assert "POST" in r.headers["access-control-allow-methods"]
    allowed = {h.strip().lower() for h in r.headers["access-control-allow-headers"].split(",")}
    assert {"content-type", "authorization"} <= allowed
    r = httpx.get(server.endpoint, params={"query": SELECT}, headers={"Origin": "https://yasgui.example"})
    assert r.headers["access-control-allow-origin"] == "*"


def test_head_and_non_ascii_queries(server):
    query = f'SELECT ?o WHERE {{ ?o <{RDFS}label> "Org 1"@fr }} # é 阿里'
    r = httpx.head(server.endpoint, params={"query": query})
    assert r.status_code == 200 and r.content == b"" and int(r.headers["content-length"]) > 0
    r = httpx.get(server.endpoint, params={"query": query})
    assert [b["o"]["value"] for b in r.json()["results"]["bindings"]] == [f"{KGE}org1"]


@pytest.mark.parametrize("suffix", ["", " LIMIT 5"])
def test_xml_results_stay_well_formed_with_a_form_feed(server, suffix):
    from xml.dom import minidom

    r = httpx.get(
        server.endpoint,
        params={"query": f"SELECT ?t WHERE {{ ?o <{KG}text> ?t }}{suffix}"},
        headers={"Accept": "application/sparql-results+xml"},
    )
    literals = minidom.parseString(r.content).getElementsByTagName("literal")
    assert [n.firstChild.data for n in literals] == ["page 1\ufffdpage 2"] * 3


def test_repeated_query_is_answered_the_same(server):
    first = httpx.get(server.endpoint, params={"query": SELECT})
    second = httpx.get(server.endpoint, params={"query": SELECT})
    assert first.content == second.content and first.headers["content-type"] == second.headers["content-type"]


# --- pages ----------------------------------------------------------------------------------


def raw_get(server: Server, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET an exact request target (no client-side normalization of ``..`` or ``%2e``)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def test_query_page_has_a_strict_csp_and_no_inline_script(server):
    status, headers, body = raw_get(server, "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert b'<script src="/static/query.js"' in body and not re.search(rb"<script>[^<]", body)
    js = raw_get(server, "/static/query.js")[2].decode()
    assert "innerHTML" not in js and "textContent" in js  # document text never becomes markup


def test_query_page_mentions_the_cap(server):
    assert f'content="{MAX_ROWS}"'.encode() in raw_get(server, "/")[2]
    assert b"X-KG-Truncated" in raw_get(server, "/static/query.js")[2]


def test_views_are_served_with_a_csp(server):
    status, headers, body = raw_get(server, "/views/alibaba.html")
    assert status == 200 and b"window.ok" in body
    csp = headers["content-security-policy"]
    assert "connect-src 'none'" in csp and "'sha256-" in csp and "unsafe-inline'" not in csp.split("style-src")[0]
    status, _, body = raw_get(server, "/views/")
    assert status == 200 and b"alibaba.html" in body and b"hidden" not in body and b"notes" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/views/../kg/server.py",
        "/views/%2e%2e/%2e%2e/etc/passwd",
        "/views/..%2f..%2fetc%2fpasswd",
        "/views/%2e%2e%2fstore%2fCURRENT",
        "/views/.hidden.html",
        "/views/notes.txt",
        "/views//etc/passwd",
        "/static/../server.py",
        "/static/%2e%2e/server.py",
        "/static/view.js",
        "/static/query.html",
        "//etc/passwd",
        "/etc/passwd",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/kg-store/CURRENT",
    ],
)
def test_only_own_pages_are_served(server, path):
    status, headers, body = raw_get(server, path)
    assert status == 404, path
    assert b"root:" not in body and b"secret" not in body
    assert "content-security-policy" in headers


def test_graph_view_of_a_query(server):
    pytest.importorskip("kg.viz")
    status, headers, body = raw_get(
        server, "/view?query=" + _quote(f"CONSTRUCT {{ ?o <{RDFS}label> ?l }} WHERE {{ ?o <{RDFS}label> ?l }}")
    )
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "connect-src 'none'" in headers["content-security-policy"]
    assert HOSTILE.encode() not in body  # document text is escaped in the page
    status, headers, body = raw_get(server, "/view?query=" + _quote("CONSTRUCT WHERE { ?s ?p"))
    assert status == 400 and headers["content-type"].startswith("text/html")


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


# --- read-write ---------------------------------------------------------------------------------


@pytest.fixture
def rw_server(tmp_path):
    path = tmp_path / "store"
    build(path, docs=1)
    srv = Server(path, allow_update=True)
    yield srv
    srv.stop()


def test_updates_when_allowed_and_answers_follow(rw_server):
    assert rw_server.mode == "read-write"
    before = count_labels(rw_server)
    r = httpx.post(
        rw_server.endpoint, data={"update": f'INSERT DATA {{ GRAPH <{KGD}new> {{ <{KGE}x> rdfs:label "x" }} }}'}
    )
    assert r.status_code == 204
    assert count_labels(rw_server) == before + 1  # not an answer kept from before the update
    r = httpx.post(
        rw_server.endpoint, content=f"DROP GRAPH <{KGD}new>", headers={"Content-Type": "application/sparql-update"}
    )
    assert r.status_code == 204 and count_labels(rw_server) == before
    r = httpx.post(rw_server.endpoint, data={"update": "INSERT DATA { <a> }"})
    assert r.status_code == 400


def test_an_update_reads_what_a_query_reads(rw_server):
    new = f"{KGD}derived"
    update = f"INSERT {{ GRAPH <{new}> {{ ?org a <{KG}Agent> }} }} WHERE {{ ?org a <{KG}Organization> }}"
    assert httpx.post(rw_server.endpoint, data={"update": update}).status_code == 204
    query = f"SELECT ?org WHERE {{ GRAPH <{new}> {{ ?org a <{KG}Agent> }} }}"
    r = httpx.get(rw_server.endpoint, params={"query": query})
    assert [b["org"]["value"] for b in r.json()["results"]["bindings"]] == [f"{KGE}org0"]
    # Named graphs too: GRAPH ?g in the WHERE sees every document.
    update = f"INSERT {{ GRAPH <{new}> {{ ?g a <{KG}Document> }} }} WHERE {{ GRAPH ?g {{ ?s a <{KG}Organization> }} }}"
    assert httpx.post(rw_server.endpoint, data={"update": update}).status_code == 204
    query = f"ASK {{ GRAPH <{new}> {{ <{KGD}{0:064x}> a <{KG}Document> }} }}"
    assert httpx.get(rw_server.endpoint, params={"query": query}).json()["boolean"] is True


def test_an_update_dataset_from_the_protocol_or_its_text_but_not_both(rw_server):
    new, doc = f"{KGD}copy", f"{KGD}{0:064x}"
    update = f"INSERT {{ GRAPH <{new}> {{ ?s a <{KG}Copy> }} }} WHERE {{ ?s a <{KG}Organization> }}"
    r = httpx.post(rw_server.endpoint, data={"update": update, "using-graph-uri": f"{KGD}nothing"})
    assert r.status_code == 204
    assert httpx.get(rw_server.endpoint, params={"query": f"ASK {{ ?s a <{KG}Copy> }}"}).json()["boolean"] is False
    r = httpx.post(rw_server.endpoint, data={"update": update, "using-graph-uri": doc})
    assert httpx.get(rw_server.endpoint, params={"query": f"ASK {{ ?s a <{KG}Copy> }}"}).json()["boolean"] is True
    with_clause = f"WITH <{doc}> DELETE {{ ?s a <{KG}Copy> }} WHERE {{ ?s a <{KG}Copy> }}"
    r = httpx.post(rw_server.endpoint, data={"update": with_clause, "using-graph-uri": doc})
    assert r.status_code == 400 and "give one or the other" in r.text


def test_rdflib_sparqlupdatestore_updates_over_the_union(rw_server):
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    store = SPARQLUpdateStore(rw_server.endpoint, rw_server.endpoint)
    target = f"{KGD}tagged"
    store.update(
        f'INSERT {{ GRAPH <{target}> {{ ?org <{RDFS}comment> "tagged" }} }} WHERE {{ ?org a <{KG}Organization> }}'
    )
    rows = list(store.query(f"SELECT ?org WHERE {{ GRAPH <{target}> {{ ?org <{RDFS}comment> ?c }} }}"))
    assert [str(row[0]) for row in rows] == [f"{KGE}org0"]
    # rdflib's graph API over the endpoint adds to a named graph through the same protocol
    graph = rdflib.Graph(store, identifier=rdflib.URIRef(target))
    graph.add((rdflib.URIRef(f"{KGE}org0"), rdflib.RDFS.seeAlso, rdflib.URIRef("https://x.example/")))
    assert (rdflib.URIRef(f"{KGE}org0"), rdflib.RDFS.seeAlso, rdflib.URIRef("https://x.example/")) in graph


def test_store_in_use_is_reported_at_startup(tmp_path):
    build(tmp_path / "store", docs=1)
    with open_store(tmp_path / "store"):
        proc = subprocess.run(
            [sys.executable, "-c", f"from kg.server import serve; serve({str(tmp_path / 'store')!r}, port=0)"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode != 0
    assert "is in use by another kg process; wait for it to finish" in proc.stderr


def test_create_app_in_process(store_path):
    """The app factory works without a server process (any ASGI server, or an in-process client)."""
    import asyncio

    from kg.server.process import create_app

    async def ask() -> httpx.Response:
        app = create_app(store_path, max_rows=2)
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://kg") as client:
                return await client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        finally:
            app.close()

    r = asyncio.run(ask())
    assert r.status_code == 200 and r.headers["x-kg-truncated"] == "2"


# --- the fast path (pyoxigraph's serializer when the cap cannot bite) ----------------------------


@pytest.mark.parametrize(
    "accept",
    ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
)
def test_final_limit_answers_match_the_general_path(server, accept):
    import pyoxigraph as ox

    fmt = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/csv": ox.QueryResultsFormat.CSV,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }[accept]
    answers = []
    for suffix in (" LIMIT 3", "\n# the same without a final LIMIT\n"):
        r = httpx.get(server.endpoint, params={"query": SELECT + suffix}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        if fmt == ox.QueryResultsFormat.CSV:  # pyoxigraph does not parse CSV results
            answers.append(r.text.replace("\r\n", "\n").splitlines())
        else:
            parsed = ox.parse_query_results(r.content, format=fmt)
            answers.append([{v.value: str(row[v]) for v in parsed.variables} for row in parsed])
    assert answers[0] == answers[1] and answers[0]


def test_a_limit_over_the_cap_is_still_cut(server):
    r = httpx.get(server.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 100"})
    assert r.headers["x-kg-truncated"] == str(MAX_ROWS) and len(r.json()["results"]["bindings"]) == MAX_ROWS


@pytest.mark.parametrize(
    "query, limit",
    [
        ("SELECT * { ?s ?p ?o } LIMIT 10", 10),
        ("SELECT * { ?s ?p ?o } LIMIT 10 OFFSET 5\n# done\n", 10),
        ("SELECT * { ?s ?p ?o } OFFSET 5 LIMIT 7", 7),
        ("PREFIX a: <http://x.example/#> ASK { ?s ?p ?o }", 1),
        ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 3 } }", None),
        ("SELECT * { ?s ?p ?o } LIMIT 10 # inline comment", None),
        ("SELECT * { ?s ?p ?o } LIMIT 5 VALUES ?s { <http://a.example/> }", None),
        ('SELECT * { ?s ?p "LIMIT 3" }', None),
    ],
)
def test_final_limit_reads_only_what_it_is_sure_of(query, limit):
    from kg.server.negotiation import final_limit

    assert final_limit(query) == limit


@pytest.mark.parametrize(
    "query, kind",
    [
        ("SELECT * {}", "solutions"),
        ("# CONSTRUCT in a comment\nASK {}", "solutions"),
        ("PREFIX kg: <https://kg.example/ontology#>\nBASE <http://b.example/>\n construct where { ?s ?p ?o }", "graph"),
        ("DESCRIBE <http://a.example/>", "graph"),
        # a '#' inside an IRI opens no comment
        ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nCONSTRUCT WHERE { ?s rdfs:label ?l }", "graph"),
        ("PREFIX a: <http://x.example/#> # SELECT\nDESCRIBE <http://a.example/>", "graph"),
    ],
)
def test_query_kind(query, kind):
    from kg.server.negotiation import query_kind

    assert query_kind(query) == kind


# --- the query page in a real browser -------------------------------------------------------------


@pytest.mark.browser
def test_query_page_in_a_browser(server, browser):
    page = browser.new_page()
    problems: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(server.base + "/")
        page.fill("#query", "SELECT ?org ?label WHERE { ?org a kg:Organization ; rdfs:label ?label } ORDER BY ?org")
        page.click("#run")
        page.wait_for_selector("#result table tbody tr")
        cells = page.locator("#result tbody tr").first.locator("td")
        assert cells.nth(0).inner_text() == "kge:org0"
        assert cells.nth(1).locator(".lit").text_content() == HOSTILE  # shown as text, not markup
        assert page.locator("#result img, #result script, #result b").count() == 0
        assert page.inner_text("#status").startswith("3 rows")
        assert page.locator("#note").is_hidden()
        assert "query=SELECT" in page.get_attribute("#graph-link", "href")

        page.fill("#query", "SELECT * WHERE { ?s ?p ?o }")
        page.click("#run")
        page.wait_for_selector("#note:not([hidden])")
        assert f"first {MAX_ROWS} results" in page.inner_text("#note")
        assert page.locator("#result tbody tr").count() == MAX_ROWS

        page.fill("#query", "SELECT ?x WHERE { ?x ?p }")
        page.click("#run")
        page.wait_for_selector("#error:not([hidden])")
        assert page.inner_text("#error").startswith("line 1, column")
        assert page.inner_text("#status").startswith("HTTP 400")

        page.fill("#query", "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o rdfs:label ?l }")
        page.click("#run")
        page.wait_for_selector("#result pre.graph")
        assert HOSTILE in page.inner_text("#result pre.graph").replace('\\"', '"')
    finally:
        page.close()
    assert dialogs == []
    assert problems == [m for m in problems if "400" in m]  # only the failed request of the bad query


@pytest.mark.browser
def test_graph_view_link_opens_a_working_view(server, browser):
    pytest.importorskip("kg.viz")
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    try:
        page.goto(server.base + "/")
        page.fill("#query", "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o rdfs:label ?l }")
        page.dispatch_event("#query", "input")
        href = page.get_attribute("#graph-link", "href")
        page.goto(server.base + href)
        page.wait_for_function("window.kgView && window.kgView.ready", timeout=20_000)
        assert page.evaluate("network.body.data.nodes.length") >= 3
        assert page.locator("img[src=x]").count() == 0  # the hostile label stayed text
    finally:
        page.close()
    assert problems == []  # our CSP header lets the view's own scripts run, nothing else
