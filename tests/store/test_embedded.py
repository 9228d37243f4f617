"""kg.store: the embedded store — graphs, transactions, locking, export, timeouts."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import QueryError, StoreError
from kg.store import open_store
from kg.store.base import DUMP_FORMATS
from kg.store.embedded import PENDING_FILE
from tests.helpers import ROOT

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DOC_A = KGD + "a" * 64
DOC_B = KGD + "b" * 64


def doc_graph(doc: str, org: str = "alibaba", label: str = "Alibaba") -> bytes:
    """A small document graph in the shape of docs/graph-model.md, as N-Triples."""
    ent = f"{KGE}organization/{org}"
    lines = [
        f"<{doc}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Document> .",
        f'<{doc}/s/0> <{KG}text> "{label} va investir 28 milliards de dollars."@fr .',
        f"<{ent}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Organization> .",
        f'<{ent}> <{RDFS}label> "{label}"@fr .',
        f'<{ent}> <{KG}invests> "28 milliards de dollars"@fr .',
        f"<{doc}/fact/1> <{KG}subject> <{ent}> .",
        f"<{doc}/fact/1> <{KG}argument> _:arg .",
        f'_:arg <{KG}role> "dans" .',
        f'_:arg <{KG}position> "1"^^<{XSD}integer> .',
        f'<{doc}/fact/1> <{KG}confidence> "0.83"^^<{XSD}decimal> .',
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(path: Path):
    with open_store(path) as s:
        s.add_graph(DOC_A, doc_graph(DOC_A))
        s.add_graph(DOC_B, doc_graph(DOC_B, "tencent", "Tencent"))
        yield s


def test_graphs_are_listed_sorted_and_found(store):
    assert store.graphs() == [DOC_A, DOC_B]
    assert store.has_document(DOC_A)
    assert not store.has_document(KGD + "c" * 64)


def test_add_graph_replaces_the_old_content(store):
    store.add_graph(DOC_A, doc_graph(DOC_A, "huawei", "Huawei"))
    labels = store.query(f"SELECT ?l WHERE {{ GRAPH <{DOC_A}> {{ ?e <{RDFS}label> ?l }} }}")
    assert [row[0].value for row in labels.rows] == ["Huawei"]


def test_empty_graph_still_counts_as_a_document(store):
    store.add_graph(KGD + "e" * 64, b"")
    assert store.has_document(KGD + "e" * 64)


def test_remove_graph_leaves_the_others(store):
    store.remove_graph(DOC_A)
    store.remove_graph(DOC_A)  # twice: nothing to do, no error
    assert store.graphs() == [DOC_B]


def test_queries_see_the_union_of_named_graphs(store):
    result = store.query(f"SELECT ?l WHERE {{ ?e <{RDFS}label> ?l }} ORDER BY ?l")
    assert [row[0].value for row in result.rows] == ["Alibaba", "Tencent"]


def test_the_store_writes_small_answers_itself(store):
    from kg.sparql import serialize_solutions

    ask = 'ASK { ?e rdfs:label "Tencent"@fr }'
    prefixes = {"rdfs": RDFS}
    assert store.write_answer(ask, "csv", prefixes=prefixes) == b"true\n"
    assert store.write_answer(ask.replace("Tencent", "Baidu"), "tsv", prefixes=prefixes) == b"false\n"
    select = f"SELECT ?l WHERE {{ ?e <{RDFS}label> ?l }} ORDER BY ?l"
    for fmt in ("csv", "tsv", "xml"):
        # the same bytes as a Result written by kg.sparql
        assert store.write_answer(select, fmt) == serialize_solutions(store.query(select), fmt), fmt
    assert b'"Alibaba"' in store.write_answer(select, "json")
    assert store.write_answer("CONSTRUCT WHERE { ?s ?p ?o }", "csv") is None
    with pytest.raises(QueryError, match="line 1, column 16"):
        store.write_answer("SELECT nonsense", "csv")


@pytest.mark.parametrize(
    "iri, data, message",
    [
        ("not an iri", b"", "invalid graph IRI 'not an iri'"),
        (DOC_A, b"<https://a> <https://b> .\n", "invalid N-Triples for graph"),
    ],
)
def test_bad_writes_are_refused_and_change_nothing(store, iri, data, message):
    before = store.dump("nq")
    with pytest.raises(StoreError, match=message):
        store.add_graph(iri, data)
    assert store.dump("nq") == before


def test_a_batch_of_graphs_is_stored_as_one_by_one(tmp_path):
    # Without blank nodes the batch goes in as one N-Quads load.
    batch = [
        (KGD + c * 64, doc_graph(KGD + c * 64, c, c.upper()).replace(b"_:arg", f"<{KGD}{c * 64}/arg>".encode()))
        for c in "cdef"
    ]
    with open_store(tmp_path / "one") as s:
        for iri, data in batch:
            s.add_graph(iri, data)
        expected = s.dump("nq")
    with open_store(tmp_path / "batch") as s:
        s.add_graphs(batch)
        assert s.dump("nq") == expected


def test_blank_nodes_of_a_batch_stay_apart(path):
    batch = [(KGD + c * 64, doc_graph(KGD + c * 64, c, c.upper())) for c in "cdef"]  # every graph says _:arg
    with open_store(path) as s:
        s.add_graphs(batch)
        rows = s.query(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a <{KG}role> ?r }}").rows
        assert int(rows[0][0].value) == 4


def test_a_bad_graph_in_a_batch_is_named_and_nothing_is_written(store):
    before = store.dump("nq")
    batch = [(KGD + "c" * 64, doc_graph(KGD + "c" * 64)), (KGD + "d" * 64, b"<https://a> <https://b> .\n")]
    with pytest.raises(StoreError, match=f"cannot write graph {KGD + 'd' * 64} to "):
        store.add_graphs(batch)
    assert store.dump("nq") == before


def test_a_bulk_load_cut_short_is_undone_by_the_next_writer(path):
    # As if the process had died while the bulk loader was writing C and D:
    # kg.pending names them, and part of C got in.
    c, d = KGD + "c" * 64, KGD + "d" * 64
    with open_store(path) as s:
        s.add_graph(DOC_A, doc_graph(DOC_A))
        s.add_graph(c, doc_graph(c).splitlines(keepends=True)[0])
    (path / PENDING_FILE).write_text(f"{c}\n{d}\n", encoding="utf-8")
    with open_store(path, read_only=True) as s:  # readers leave it as it is
        assert s.has_document(c)
    with open_store(path) as s:
        assert s.graphs() == [DOC_A]
        assert not (path / PENDING_FILE).exists()
        s.add_graphs([(c, doc_graph(c)), (d, doc_graph(d))])  # the build writes them again
        assert s.graphs() == [DOC_A, c, d]


def test_an_unreadable_pending_file_is_named_and_leaves_the_store_unlocked(path):
    with open_store(path) as s:
        s.add_graph(DOC_A, doc_graph(DOC_A))
    (path / PENDING_FILE).mkdir()  # not a file: cannot be read
    for _ in range(2):  # the second time too: the first did not keep the lock
        with pytest.raises(StoreError, match=r"^cannot read .*kg\.pending: "):
            open_store(path)
    (path / PENDING_FILE).rmdir()
    with open_store(path) as s:
        assert s.graphs() == [DOC_A]


def test_a_finished_bulk_load_leaves_no_pending_file(tmp_path):
    batch = [
        (KGD + c * 64, doc_graph(KGD + c * 64, c, c.upper()).replace(b"_:arg", f"<{KGD}{c * 64}/arg>".encode()))
        for c in "cd"
    ]
    with open_store(tmp_path / "store") as s:
        s.add_graphs(batch)
        assert not (tmp_path / "store" / PENDING_FILE).exists()
    with open_store(tmp_path / "store") as s:
        assert s.graphs() == [KGD + "c" * 64, KGD + "d" * 64]


def test_text_with_sparql_syntax_is_stored_verbatim(path):
    nasty = 'x" } } ; DROP ALL ; INSERT DATA { <a> <b> "c\\\\u0041 \\n é 😀'
    literal = ox.Literal(nasty)
    with open_store(path) as s:
        s.add_graph(DOC_A, f"<{KGE}x> <{RDFS}label> {literal} .\n".encode())
        rows = s.query(f"SELECT ?l WHERE {{ <{KGE}x> <{RDFS}label> ?l }}").rows
    assert [r[0].value for r in rows] == [nasty]


def test_read_only_store_refuses_writes(store, path):
    store.close()
    with open_store(path, read_only=True) as ro:
        assert ro.graphs() == [DOC_A, DOC_B]
        for write in (lambda: ro.add_graph(DOC_A, b""), lambda: ro.remove_graph(DOC_A), lambda: ro.update("CLEAR ALL")):
            with pytest.raises(StoreError, match="is open read-only"):
                write()


@pytest.mark.parametrize("kwargs", [{"create": False}, {"read_only": True}])
def test_missing_store_is_not_created_when_not_asked(tmp_path, kwargs):
    with pytest.raises(StoreError, match=r"no kg store at .*; build one first with: kg build"):
        open_store(tmp_path / "nothing", **kwargs)
    assert not (tmp_path / "nothing").exists()


def test_directory_with_other_files_is_not_taken(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="is not empty and holds no kg store"):
        open_store(tmp_path)


def test_closed_store_says_so(store):
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.graphs()


# --- two processes --------------------------------------------------------------------

HOLD = textwrap.dedent(
    """
    import sys, time
    from kg.store import open_store
    s = open_store(sys.argv[1], read_only=sys.argv[2] == "ro")
    print("open", flush=True)
    time.sleep(60)
    """
)


def hold(path: Path, mode: str) -> subprocess.Popen:
    """Another process holding the store open (read-only or read-write) until killed."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), mode], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "open"
    return proc


@pytest.mark.parametrize("other, mine", [("rw", "rw"), ("rw", "ro"), ("ro", "rw")])
def test_store_in_use_by_another_process_is_refused_clearly(store, path, other, mine):
    store.close()
    proc = hold(path, other)
    try:
        with pytest.raises(StoreError, match=r"^store .* is in use by another kg process; wait for it to finish$"):
            open_store(path, read_only=mine == "ro")
    finally:
        proc.kill()
        proc.wait()
    with open_store(path, read_only=mine == "ro") as s:  # free again once it is gone
        assert s.graphs() == [DOC_A, DOC_B]


def test_readers_share_the_store(store, path):
    store.close()
    proc = hold(path, "ro")
    try:
        with open_store(path, read_only=True) as s:
            assert s.has_document(DOC_A)
    finally:
        proc.kill()
        proc.wait()


WRITER = textwrap.dedent(
    """
    import sys
    from kg.store import open_store
    doc, n = sys.argv[2], 3000
    with open_store(sys.argv[1]) as s:
        version = 0
        print("go", flush=True)
        while True:
            version += 1
            data = "".join(f'<https://kg.example/id/entity/e{i}> <https://kg.example/ontology#version> "{version}" .\\n'
                           for i in range(n))
            s.add_graph(doc, data.encode())
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 0.7, 1.1])
def test_kill_during_writes_leaves_a_whole_graph(path, delay):
    with open_store(path) as s:
        s.add_graph(DOC_A, doc_graph(DOC_A))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), DOC_B], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout.readline().strip() == "go"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_store(path, read_only=True) as s:
        rows = s.query(f"SELECT ?v (COUNT(*) AS ?n) WHERE {{ GRAPH <{DOC_B}> {{ ?e ?p ?v }} }} GROUP BY ?v").rows
        assert s.has_document(DOC_A)
    # Either no version committed yet, or exactly one whole version.
    assert len(rows) <= 1
    if rows:
        assert int(rows[0][1].value) == 3000


BATCH_WRITER = textwrap.dedent(
    """
    import sys
    from kg.store import open_store
    n = 3000
    with open_store(sys.argv[1]) as s:
        print("go", flush=True)
        for batch in range(10_000):
            graphs = []
            for k in range(4):
                doc = f"https://kg.example/id/doc/{batch}-{k}"
                data = "".join(f'<{doc}/e{i}> <https://kg.example/ontology#n> "{i}" .\\n' for i in range(n))
                graphs.append((doc, data.encode()))
            s.add_graphs(graphs)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 0.7, 1.1])
def test_kill_during_batches_leaves_whole_graphs(path, delay):
    proc = subprocess.Popen(
        [sys.executable, "-c", BATCH_WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout.readline().strip() == "go"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_store(path) as s:  # a writer, as the next build would be
        rows = s.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
        assert not (path / PENDING_FILE).exists()
    assert rows, "the writer was killed before its first batch; give it longer"
    assert {int(n.value) for _, n in rows} == {3000}
    # Whole batches only: the graphs of a batch go in together.
    batches = {}
    for g, _ in rows:
        number, k = g.value.rsplit("/", 1)[1].split("-")
        batches.setdefault(number, set()).add(k)
    assert all(ks == {"0", "1", "2", "3"} for ks in batches.values())


# --- export ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", DUMP_FORMATS)
def test_dump_is_deterministic_across_stores(tmp_path, fmt):
    dumps = []
    for name, order in (("one", (DOC_A, DOC_B)), ("two", (DOC_B, DOC_A))):
        with open_store(tmp_path / name) as s:
            for doc in order:
                s.add_graph(doc, doc_graph(doc, org=doc[-1]))
            dumps.append(s.dump(fmt))
            assert s.dump(fmt) == dumps[-1]
    assert dumps[0] == dumps[1]


RDFLIB_FORMATS = {"nq": "nquads", "trig": "trig", "nt": "nt", "ttl": "turtle", "jsonld": "json-ld", "rdfxml": "xml"}
OX_FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


@pytest.mark.parametrize("fmt", DUMP_FORMATS)
def test_dump_parses_back_with_rdflib_and_pyoxigraph(store, fmt):
    data = store.dump(fmt)
    quads = fmt in ("nq", "trig", "jsonld")
    expected = 20  # 10 per document, nothing shared
    parsed = rdflib.Dataset() if quads else rdflib.Graph()
    parsed.parse(data=data, format=RDFLIB_FORMATS[fmt])
    count = len(list(parsed.quads((None, None, None, None)))) if quads else len(parsed)
    assert count == expected
    assert len(list(ox.parse(data, format=OX_FORMATS[fmt]))) == expected


def test_unknown_dump_format_names_the_choices(store):
    with pytest.raises(StoreError, match=r"unknown export format 'csv'; use one of nq, trig, nt, ttl, jsonld"):
        store.dump("csv")


# --- queries ----------------------------------------------------------------------------


def test_limit_cuts_and_says_so(store):
    result = store.query("SELECT * WHERE { ?s ?p ?o }", limit=5)
    assert len(result.rows) == 5 and result.truncated and result.limit == 5
    assert not store.query("SELECT * WHERE { ?s ?p ?o }", limit=500).truncated


@pytest.mark.parametrize(
    "query, where",
    [
        ("SELECT ?x WHERE {\n  ?x ?p\n}", "line 3, column "),
        ("SELECT ?x WHERE { ?x foo:bar ?y }", "line 1, column 29: unknown prefix 'foo:'"),
        ("SELEC ?x WHERE { }", "line 1, column 1"),
    ],
)
def test_malformed_query_names_line_and_column(store, query, where):
    with pytest.raises(QueryError) as info:
        store.query(query)
    assert str(info.value).startswith(where)
    assert "\n" not in str(info.value)


@pytest.fixture
def big_store(path: Path):
    data = "".join(f'<{KGE}e{i}> <{KG}p> "{i}" .\n' for i in range(400)).encode()
    with open_store(path) as s:
        s.add_graph(DOC_A, data)
        yield s


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",  # streams: stopped between rows
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",  # one long step
    ],
)
def test_timeout_returns_on_time(big_store, query):
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"query stopped after 0.5 s \(timeout\)"):
        big_store.query(query, timeout=0.5)
    assert time.monotonic() - started < 1.5
