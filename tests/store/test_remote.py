"""kg.store over HTTP: the same Store API against a real Oxigraph server and against ``kg serve --allow-update``.

Each endpoint is a separate process started by a fixture on a free 127.0.0.1
port and stopped by it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.errors import QueryError, StoreError
from kg.sparql import format_result, run_query
from kg.store import open_store
from kg.store.base import DUMP_FORMATS
from kg.store.remote import RemoteStore
from tests.helpers import ROOT

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DOC_A, DOC_B = KGD + "a" * 64, KGD + "b" * 64


def doc_graph(doc: str, name: str) -> bytes:
    ent = f"{KGE}{name.lower()}"
    return "\n".join(
        [
            f"<{doc}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Document> .",
            f"<{ent}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Organization> .",
            f'<{ent}> <{RDFS}label> "{name}"@fr .',
            f'<{ent}> <{KG}quote> "dit : \\"non\\" \\\\ }} ; DROP ALL"@fr .',
            f"<{doc}/fact/1> <{KG}subject> <{ent}> .",
            f"<{doc}/fact/1> <{KG}argument> _:arg .",
            f'_:arg <{KG}role> "dans" .',
            f'<{doc}/fact/1> <{KG}amount> "28000000000"^^<{XSD}decimal> .',
            "",
        ]
    ).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"endpoint process exited with {proc.returncode}")
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within 30 s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("oxigraph")
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}", "--timeout-s", "10"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/query", proc)
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def kg_url(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("kg")
    with open_store(tmp_path / "kg"):
        pass  # an empty store to serve
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from kg.server import serve; serve({str(tmp_path / 'kg')!r}, port=0, allow_update=True, timeout=10)",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stderr.readline()
    url = line.split(" at ", 1)[1].split()[0] if " at " in line else ""
    try:
        wait_for(url, proc)
        yield url
    finally:
        stop(proc)
        proc.stderr.close()


@pytest.fixture(params=["oxigraph", "kg"])
def remote(request):
    """A remote store with two documents, on Oxigraph (root URL) or on kg serve (its /sparql URL)."""
    url = request.getfixturevalue("oxigraph_url" if request.param == "oxigraph" else "kg_url")
    with open_store(url) as store:
        store.update("DROP SILENT ALL")  # the endpoint lives for the module: start each test empty
        store.add_graph(DOC_A, doc_graph(DOC_A, "Alibaba"))
        store.add_graph(DOC_B, doc_graph(DOC_B, "Tencent"))
        yield store


@pytest.fixture
def embedded(tmp_path):
    with open_store(tmp_path / "embedded") as store:
        store.add_graph(DOC_A, doc_graph(DOC_A, "Alibaba"))
        store.add_graph(DOC_B, doc_graph(DOC_B, "Tencent"))
        yield store


def test_url_gives_a_remote_store_with_query_and_update_endpoints():
    assert isinstance(open_store("http://127.0.0.1:1"), RemoteStore)
    store = open_store("http://127.0.0.1:7878/")
    assert (store.query_url, store.update_url) == ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")
    store = open_store("http://h.example/ds/query")
    assert (store.query_url, store.update_url) == ("http://h.example/ds/query", "http://h.example/ds/update")
    store = open_store("https://h.example/sparql")
    assert store.query_url == store.update_url == "https://h.example/sparql"


def test_graphs_documents_and_removal(remote):
    assert remote.graphs() == [DOC_A, DOC_B]
    assert remote.has_document(DOC_A) and not remote.has_document(KGD + "c" * 64)
    remote.remove_graph(DOC_A)
    assert remote.graphs() == [DOC_B]


def test_add_graph_replaces(remote):
    remote.add_graph(DOC_A, doc_graph(DOC_A, "Huawei"))
    rows = remote.query(f"SELECT ?l WHERE {{ GRAPH <{DOC_A}> {{ ?e <{RDFS}label> ?l }} }}").rows
    assert [r[0].value for r in rows] == ["Huawei"]


QUERIES = [
    "SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l",
    "SELECT ?q WHERE { ?e kg:quote ?q } ORDER BY ?q",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "ASK { ?e a kg:Organization }",
    "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e rdfs:label ?l }",
]


@pytest.mark.parametrize("query", QUERIES)
def test_same_results_as_the_embedded_store(remote, embedded, query):
    fmt = "nt" if query.startswith("CONSTRUCT") else "json"
    assert format_result(run_query(remote, query), fmt) == format_result(run_query(embedded, query), fmt)


@pytest.mark.parametrize("fmt", DUMP_FORMATS)
def test_same_dump_as_the_embedded_store(remote, embedded, fmt):
    assert remote.dump(fmt) == embedded.dump(fmt)


def test_parameters_on_a_remote_store(remote):
    result = run_query(remote, "SELECT ?l WHERE { ?e rdfs:label ?l }", params={"e": f"<{KGE}tencent>"})
    assert [r[0].value for r in result.rows] == ["Tencent"]


def test_limit_on_a_remote_store(remote):
    result = run_query(remote, "SELECT * WHERE { ?s ?p ?o }", limit=3)
    assert len(result.rows) == 3 and result.truncated


def test_update_on_a_remote_store(remote):
    remote.update(f'INSERT DATA {{ GRAPH <{DOC_A}> {{ <{KGE}x> rdfs:label "X" }} }}', prefixes={"rdfs": RDFS})
    assert len(remote.query(f"SELECT ?l WHERE {{ <{KGE}x> <{RDFS}label> ?l }}").rows) == 1


def test_malformed_query_is_a_query_error(remote):
    with pytest.raises(QueryError, match="rejected the request"):
        remote.query("SELECT ?x WHERE { ?x ?p }")


def test_read_only_remote_store_refuses_writes(remote):
    with open_store(remote.location, read_only=True) as ro:
        assert ro.graphs() == [DOC_A, DOC_B]
        with pytest.raises(StoreError, match="is open read-only"):
            ro.add_graph(DOC_A, b"")
        with pytest.raises(StoreError, match="is open read-only"):
            ro.remove_graph(DOC_A)


def test_timeout_on_a_remote_store(oxigraph_url):
    with open_store(oxigraph_url) as store:
        store.update("DROP SILENT ALL")
        store.add_graph(DOC_A, "".join(f'<{KGE}e{i}> <{KG}p> "{i}" .\n' for i in range(300)).encode())
        started = time.monotonic()
        with pytest.raises(QueryError, match=r"\(timeout\)"):
            store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", timeout=0.5)
        assert time.monotonic() - started < 3


def test_unreachable_endpoint_says_so():
    with pytest.raises(StoreError, match=r"cannot reach SPARQL endpoint http://127\.0\.0\.1:\d+/query: .*start it"):
        open_store(f"http://127.0.0.1:{free_port()}").graphs()


def test_protocol_dataset_on_a_remote_store(remote, embedded):
    query = f"SELECT ?l WHERE {{ ?e <{RDFS}label> ?l }}"
    for store in (remote, embedded):
        assert [r[0].value for r in store.query(query, dataset=([DOC_B], [])).rows] == ["Tencent"]


def test_a_remote_store_leaves_writing_answers_to_its_caller(remote):
    assert remote.write_answer("ASK { ?s ?p ?o }", "csv") is None


def test_graphs_go_through_the_graph_store_protocol(remote):
    remote.add_graphs([(DOC_A, doc_graph(DOC_A, "Baidu")), (KGD + "c" * 64, doc_graph(KGD + "c" * 64, "Xiaomi"))])
    assert remote._graph_store  # no fallback to SPARQL UPDATE was needed
    assert remote.graphs() == [DOC_A, DOC_B, KGD + "c" * 64]
    labels = run_query(remote, f"SELECT ?l WHERE {{ GRAPH <{DOC_A}> {{ ?e rdfs:label ?l }} }}").rows
    assert [row[0].value for row in labels] == ["Baidu"]  # replaced, not merged


def test_an_endpoint_without_a_graph_store_is_written_with_updates(oxigraph_url):
    with open_store(oxigraph_url) as store:
        store.update("DROP SILENT ALL")
        store.store_url = oxigraph_url + "/no-graph-store-here"
        store.add_graph(DOC_A, doc_graph(DOC_A, "Alibaba"))
        assert not store._graph_store
        store.add_graphs([(DOC_B, doc_graph(DOC_B, "Tencent"))])
        assert store.graphs() == [DOC_A, DOC_B]


def test_an_endpoint_that_drops_the_connection_is_one_error():
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def hang_up() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            connection.recv(65536)
            connection.close()  # no answer at all

    thread = threading.Thread(target=hang_up, daemon=True)
    thread.start()
    try:
        store = RemoteStore(f"http://127.0.0.1:{port}/sparql")
        with pytest.raises(StoreError, match="broke off the request"):
            store.query("ASK {}")
        with pytest.raises(StoreError, match="broke off the request"):
            store.add_graph(DOC_A, doc_graph(DOC_A, "Alibaba"))
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
