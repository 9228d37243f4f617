"""Hardening, end to end: every bad input gets a clear answer, nothing is lost, nothing gets in.

Every case runs the command line as a user would (``python -m kg ...`` in a
subprocess). Loading the models costs each ``kg build`` about ten seconds, so
one build reads all the bad inputs next to good ones, and the tests assert on
its lines and query the store it wrote. The module tests (test_ingest,
test_store, test_server, test_view_browser) cover each case at its stage;
here it is the user-facing layer: the exact line on stderr, the exit code,
the summary, and the facts that did get in.

Unreadable files: the tests run as root, for whom ``chmod 000`` stops
nothing, so an unreadable file is simulated by a link to ``/proc/self/mem``
(opening works, reading fails with EIO) and a FIFO inside a directory; an
unlistable directory by a link to ``/proc/1/map_files``, which even root
cannot list without CAP_SYS_ADMIN (that row is skipped where it can); broken
links are real.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

GOOD = "Northwind Energy a racheté la société Helios Motors en 2024.\n"
CP1252 = (
    "La société Générale Électrique a créé une filiale à Orléans en 2019. "
    "Hélène Dupré dirige la société Générale Électrique depuis 2020.\n"
)
BOM = "Airbus a livré 30 avions à Qantas en 2023.\n"
CRLF = "Renault a vendu 500 voitures à Madrid en 2022.\r\nLe groupe Renault a ouvert une usine à Tanger.\r\n"
GERMAN = (
    "Die Deutsche Bahn hat im vergangenen Jahr mehr als zwei Milliarden Fahrgäste befördert "
    "und plant neue Investitionen in das Schienennetz.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
JSONL = (
    json.dumps({"text": "Helios Motors a ouvert une usine à Lille en 2021."}, ensure_ascii=False)
    + "\n"
    + "{not json\n"
    + json.dumps({"title": "no text here"})
    + "\n"
)
IN_DIRECTORY = "Dassault a vendu douze avions Rafale à la Grèce en 2021.\n"

#: A directory root cannot list in a container (no CAP_SYS_ADMIN); None where it can.
UNLISTABLE: str | None = "/proc/1/map_files"
try:
    with os.scandir(UNLISTABLE) as _entries:
        next(_entries, None)
    UNLISTABLE = None
except PermissionError:
    pass
except OSError:
    UNLISTABLE = None

CROSS_3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SUMMARY = re.compile(
    r"^(\d+) document\(s\) added, (\d+) already in the store, (\d+) input\(s\) skipped; "
    r"\d+ sentences, \d+ facts, \d+ entities, \d+ triples, (\d+) warning\(s\)(?:, (\d+) error\(s\))? in [\d.]+ s → .+$"
)


def kg(
    *args: str, cwd: Path = ROOT, stdin: str | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kg`` as a user would; the timeout only guards against a hang."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )


def ask(store: Path, query: str) -> bool:
    """The answer of an ASK query, through ``kg query``."""
    result = kg("query", "--store", str(store), "--format", "json", query)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["boolean"]


def lines_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


# --- one build over every kind of bad input -------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of good and bad inputs, named by what they are."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(PNG)
    (folder / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + BOM.encode("utf-8"))
    (folder / "crlf.txt").write_bytes(CRLF.encode("utf-8"))
    (folder / "de.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "docs.jsonl").write_text(JSONL, encoding="utf-8")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    tree = folder / "dir"
    tree.mkdir()
    (tree / "ok.txt").write_text(IN_DIRECTORY, encoding="utf-8")
    (tree / "broken.txt").symlink_to("gone.txt")
    (tree / "mem.txt").symlink_to("/proc/self/mem")  # opens, then reading fails with EIO
    os.mkfifo(tree / "pipe.txt")  # would block a reader forever: must not be opened
    if UNLISTABLE:
        (tree / "locked").symlink_to(UNLISTABLE)
    return folder


BAD_BUILD_INPUTS = (
    "good.txt",
    "empty.txt",
    "image.txt",
    "cp1252.txt",
    "bom.txt",
    "crlf.txt",
    "de.txt",
    "docs.jsonl",
    "dangling.txt",
    "dir",
    "missing.txt",
)


@pytest.fixture(scope="module")
def bad_build(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """One ``kg build`` of every input above, run from their folder (relative names in messages)."""
    store = tmp_path_factory.mktemp("bad-build") / "store"
    result = kg("build", *BAD_BUILD_INPUTS, "--store", str(store), cwd=inputs)
    return result, store


@pytest.mark.parametrize(
    "line",
    [
        "Warning: empty.txt: empty; skipped",
        "Error: image.txt: binary file, not text; skipped",
        "Warning: cp1252.txt: not UTF-8, read as windows-1252",
        "Warning: de.txt: language looks like German (de), not supported (fr, en); skipped"
        " — pass --lang fr|en to force",
        "Warning: docs.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes:"
        " line 1 column 2 (char 1)); skipped — write one JSON object per line",
        'Warning: docs.jsonl:3: no "text" string field; skipped — add "text": "..." to the line',
        "Error: dangling.txt: broken symbolic link to nowhere.txt; fix or remove the link",
        "Error: dir/broken.txt: broken symbolic link to gone.txt; fix or remove the link",
        "Error: dir/mem.txt: cannot read (input/output error); check the file",
        "Error: dir/pipe.txt: not a regular file; give a text file or a directory",
        "Error: missing.txt: no such file or directory; check the path",
        pytest.param(
            "Error: dir/locked: cannot list directory (permission denied); check its permissions",
            marks=pytest.mark.skipif(not UNLISTABLE, reason="root can list /proc/1/map_files here"),
        ),
    ],
    ids=[
        "empty",
        "binary",
        "windows-1252",
        "german",
        "jsonl-not-json",
        "jsonl-no-text",
        "broken-link",
        "broken-link-in-dir",
        "unreadable",
        "fifo-in-dir",
        "missing",
        "unlistable-dir",
    ],
)
def test_each_bad_input_gets_one_line_naming_it(bad_build, line: str) -> None:
    result, _ = bad_build
    assert line in lines_of(result.stderr), result.stderr


def test_bad_inputs_never_give_a_traceback_and_are_counted(bad_build) -> None:
    result, _ = bad_build
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    *problems, summary = lines_of(result.stderr)
    assert all(line.startswith(("Warning: ", "Error: ")) for line in problems), problems
    match = SUMMARY.match(summary)
    assert match, summary
    added, unchanged, skipped, warnings, errors = (int(g or 0) for g in match.groups())
    # good, cp1252, bom, crlf, docs.jsonl:1, dir/ok.txt in; the 10 (or 11) others skipped.
    bad = 10 + bool(UNLISTABLE)
    assert (added, unchanged, skipped) == (6, 0, bad)
    # Every problem is counted once, as a warning or as an error: the skipped ones, the
    # encoding warning, any resolver warning.
    assert len([p for p in problems if p.startswith("Error: ")]) == errors
    assert len(problems) == warnings + errors >= bad + 1


@pytest.mark.parametrize(
    "label, source",
    [
        ("Northwind Energy", "good.txt"),
        ("Hélène Dupré", "cp1252.txt"),  # windows-1252 accents read right
        ("Générale Électrique", "cp1252.txt"),
        ("Orléans", "cp1252.txt"),
        ("Airbus", "bom.txt"),
        ("Tanger", "crlf.txt"),  # the second CRLF line
        ("Helios Motors", "docs.jsonl:1"),  # the good line of a bad JSONL file
        ("Dassault", "dir/ok.txt"),  # the good file of a bad directory
    ],
)
def test_good_inputs_of_the_same_build_are_stored(bad_build, label: str, source: str) -> None:
    _, store = bad_build
    assert ask(
        store,
        f"""ASK {{
        ?d a kg:Document ; kg:source "{source}" .
        ?o kg:inDocument ?d ; kg:entity ?e .
        ?e rdfs:label "{label}"@fr }}""",
    )


@pytest.mark.parametrize(
    "source, first, last",
    [
        ("bom.txt", "Airbus a livré", "en 2023."),
        ("crlf.txt", "Renault a vendu", "usine à Tanger."),
        ("cp1252.txt", "La société Générale Électrique", "depuis 2020."),
    ],
)
def test_sentences_keep_no_bom_no_carriage_return_and_the_accents(
    bad_build, source: str, first: str, last: str
) -> None:
    _, store = bad_build
    result = kg(
        "query",
        "--store",
        str(store),
        "--format",
        "json",
        f"""
        SELECT ?t WHERE {{ ?d kg:source "{source}" . ?s a kg:Sentence ; kg:inDocument ?d ; kg:text ?t }}""",
    )
    assert result.returncode == 0, result.stderr
    texts = [row["t"]["value"] for row in json.loads(result.stdout)["results"]["bindings"]]
    assert texts and not any(c in t for t in texts for c in "\ufeff\r\ufffd")
    assert any(t.startswith(first) for t in texts) and any(t.endswith(last) for t in texts)


@pytest.mark.parametrize(
    "args, stdin, lines",
    [
        (
            ["empty.txt", "image.txt", "de.txt"],
            None,
            [
                "Warning: empty.txt: empty; skipped",
                "Error: image.txt: binary file, not text; skipped",
                "Warning: de.txt: language looks like German (de), not supported (fr, en); skipped"
                " — pass --lang fr|en to force",
            ],
        ),
        (
            ["-"],
            '{"text": ""}\n[1, 2]\n',
            [
                "Warning: <stdin>:1: empty text; skipped",
                'Warning: <stdin>:2: not a JSON object; skipped — write one {"text": ...} object per line',
            ],
        ),
    ],
    ids=["bad-files", "bad-jsonl-on-stdin"],
)
def test_nothing_processed_exits_1(
    inputs: Path, tmp_path: Path, args: list[str], stdin: str | None, lines: list[str]
) -> None:
    result = kg("build", *args, "--store", str(tmp_path / "store"), cwd=inputs, stdin=stdin)
    assert result.returncode == 1
    *problems, summary = lines_of(result.stderr)
    assert problems == lines
    assert summary.startswith(f"0 document(s) added, 0 already in the store, {len(lines)} input(s) skipped;")


@pytest.mark.slow
def test_two_megabyte_line_is_read_or_named_and_the_rest_goes_in(inputs: Path, tmp_path: Path) -> None:
    """A 2 MB document of one line: processed, or skipped with one line naming it; never a crash."""
    long = tmp_path / "long.txt"
    long.write_text(("Le groupe Cobalt investit à Lyon. " * 60_000)[:2_000_000].replace(". ", ", "), encoding="utf-8")
    store = tmp_path / "store"
    result = kg("build", str(long), str(inputs / "good.txt"), "--store", str(store))
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0
    *problems, summary = lines_of(result.stderr)
    assert all(line.startswith(("Warning: ", "Error: ")) and str(long) in line for line in problems), problems
    match = SUMMARY.match(summary)
    assert match and (int(match.group(1)), int(match.group(3))) in {(2, 0), (1, 1)}, summary
    assert ask(store, 'ASK { ?e rdfs:label "Northwind Energy"@fr }')


@pytest.mark.slow
def test_hundred_thousand_token_sentence_is_extracted(tmp_path: Path) -> None:
    """One "sentence" of 100,000 tokens finishes (its time is measured in bench/, not here)."""
    words = ["Alibaba", "investit", "dans", "le", "cloud", "et"]
    text = " ".join((words * 16_667)[:100_000]) + ".\n"
    (tmp_path / "tokens.txt").write_text(text, encoding="utf-8")
    result = kg("extract", "tokens.txt", "--lang", "fr", "--format", "jsonl", cwd=tmp_path, timeout=1800)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    for line in result.stdout.splitlines():
        json.loads(line)


# --- queries: malformed, endless, enormous --------------------------------------------------


@pytest.mark.parametrize(
    "query, line",
    [
        ("SELECT ?x WHERE { ?x ?y }", "Error: line 1, column 26: expected LATERAL, SERVICE"),
        (
            "SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(\n}",
            "Error: line 5, column 2: expected ABS, AVG, DAY, IRI, MAX, MD5, MIN, NOT",
        ),
        (
            "SELEC ?x WHERE { ?x ?y ?z }",
            "Error: line 1, column 10: 'SELEC' is not a query form (did you mean SELECT?); a query starts with "
            "SELECT, ASK, CONSTRUCT or DESCRIBE, after any PREFIX and BASE lines",
        ),
        (
            "SELECT ?x WHERE { ?x nope:p ?z }",
            "Error: line 1, column 28: unknown prefix 'nope:'; declare it with PREFIX nope: <…> or use a project prefix"
            " (dcterms, kg, kgd, kge, kgr, kgv, owl, prov, rdf, rdfs, schema, skos, xsd)",
        ),
    ],
    ids=["one-line", "multi-line", "not-a-form", "unknown-prefix"],
)
def test_malformed_query_names_line_and_column(bad_build, query: str, line: str) -> None:
    _, store = bad_build
    result = kg("query", "--store", str(store), query)
    assert result.returncode == 1
    assert result.stdout == ""
    assert lines_of(result.stderr) == [line]


def test_endless_query_is_stopped_by_the_timeout(bad_build) -> None:
    _, store = bad_build
    result = kg(
        "query",
        "--store",
        str(store),
        "--timeout",
        "2",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert lines_of(result.stderr) == [
        "Error: query stopped after 2 s (timeout); narrow it (LIMIT, filters) or raise the timeout"
    ]


@pytest.mark.parametrize("fmt, header_lines", [("csv", 1), ("tsv", 1), ("json", None)])
def test_enormous_answer_is_cut_and_says_so(bad_build, fmt: str, header_lines: int | None) -> None:
    _, store = bad_build
    result = kg("query", "--store", str(store), "--max-rows", "1000", "--format", fmt, CROSS_3, timeout=120)
    assert result.returncode == 0, result.stderr
    assert lines_of(result.stderr) == [
        "Warning: the answer was cut at 1000 rows (--max-rows); raise the cap, or narrow the query with LIMIT/FILTER"
    ]
    if header_lines is None:
        assert len(json.loads(result.stdout)["results"]["bindings"]) == 1000
    else:
        assert len(result.stdout.splitlines()) == 1000 + header_lines


# --- nothing lost: remove, then build again -------------------------------------------------


def test_remove_then_build_restores_the_identical_graph(inputs: Path, tmp_path: Path) -> None:
    """Through the CLI, with the windows-1252 document: same bytes after remove + build."""
    store = tmp_path / "store"
    # Built here rather than taken from bad_build: both builds must run the same code.
    first = kg("build", "cp1252.txt", "good.txt", "--store", str(store), cwd=inputs)
    assert first.returncode == 0, first.stderr
    before = kg("export", "--store", str(store), "--format", "nq")
    assert before.returncode == 0, before.stderr
    listed = kg(
        "query",
        "--store",
        str(store),
        "--format",
        "csv",
        'SELECT ?id WHERE { ?d kg:source "cp1252.txt" ; dcterms:identifier ?id }',
    )
    doc_id = listed.stdout.splitlines()[1].strip()
    removed = kg("remove", doc_id[:12], "--store", str(store))
    assert removed.returncode == 0, removed.stderr
    assert lines_of(removed.stderr) == [f"Removed document {doc_id}."]
    without = kg("export", "--store", str(store), "--format", "nq").stdout
    assert doc_id not in without and "Hélène Dupré" not in without and len(without) < len(before.stdout)
    rebuilt = kg("build", "cp1252.txt", "--store", str(store), cwd=inputs)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert lines_of(rebuilt.stderr)[0] == "Warning: cp1252.txt: not UTF-8, read as windows-1252"
    assert lines_of(rebuilt.stderr)[-1].startswith("1 document(s) added, 0 already in the store, 0 input(s) skipped;")
    after = kg("export", "--store", str(store), "--format", "nq")
    assert sorted(after.stdout.splitlines()) == sorted(before.stdout.splitlines())
    assert after.stdout == before.stdout  # the export is deterministic, too


# --- nothing gets in: the endpoint as `kg serve` starts it ----------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(bad_build):
    """``python -m kg serve --store DIR --port P`` with its defaults, stopped at the end."""
    _, store = bad_build
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        startup = proc.stderr.readline().rstrip("\n")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while not _answers(base):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start: {startup!r}")
            time.sleep(0.2)
        yield {"startup": startup, "port": port, "base": base, "store": store, "pid": proc.pid}
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        proc.stderr.close()


def _answers(base: str) -> bool:
    import httpx

    try:
        return httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def raw_get(port: int, target: str) -> tuple[int, dict[str, str], bytes]:
    """GET a request target byte for byte (clients would normalize ``..``)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def _other_address() -> str | None:
    """A non-loopback IPv4 address of this machine, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("10.255.255.255", 1))
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_endpoint_listens_on_loopback_only(served) -> None:
    port = served["port"]
    assert served["startup"] == f"kg: SPARQL endpoint at http://127.0.0.1:{port}/sparql (read-only)"
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else, no IPv6
    other = _other_address()
    if other is not None:
        with pytest.raises(OSError):
            socket.create_connection((other, port), timeout=3).close()


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": {"update": "CLEAR ALL"}},
        {
            "content": 'INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> "c" } }',
            "headers": {"Content-Type": "application/sparql-update"},
        },
    ],
    ids=["form", "sparql-update"],
)
def test_endpoint_is_read_only_by_default(served, request_kwargs) -> None:
    import httpx

    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def triples() -> int:
        r = httpx.get(served["base"] + "/sparql", params={"query": count}, timeout=30)
        return int(r.json()["results"]["bindings"][0]["n"]["value"])

    before = triples()
    r = httpx.post(served["base"] + "/sparql", timeout=30, **request_kwargs)
    assert r.status_code == 403
    assert r.text == "this endpoint is read-only; start it with --allow-update to accept updates\n"
    assert triples() == before > 0


@pytest.mark.parametrize(
    "target",
    [
        "/views/../../etc/passwd",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e/etc/passwd",
        "/views/%252e%252e/%252e%252e/etc/passwd",
        "/etc/passwd",
        "//etc/passwd",
        "/static/../cli.py",
        "/static/%2e%2e/cli.py",
        "/views/..%2f..%2fkg%2fcli.py",
        "STORE/CURRENT",
        "/proc/self/environ",
    ],
)
def test_endpoint_serves_only_its_own_pages(served, target: str) -> None:
    target = target.replace("STORE", str(served["store"]))
    status, headers, body = raw_get(served["port"], target)
    assert status == 404, target
    assert b"root:" not in body and b"import" not in body and b"PATH=" not in body
    assert "default-src 'none'" in headers.get("content-security-policy", "")


def test_query_page_has_a_restrictive_csp(served) -> None:
    status, headers, _body = raw_get(served["port"], "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
    assert "frame-ancestors 'none'" in csp


# --- views are inert to markup that came in through a document ------------------------------

INJECTIONS = {
    "script": "</script><script>window.__pwned=1</script>",
    "img": '<img src=x onerror="window.__pwned=1">',
    "template": "{{7*7}}",
}
EVIL_TEXT = (
    f"La société Helios {INJECTIONS['script']} a racheté Northwind en 2024. "
    f"Le groupe {INJECTIONS['img']} a ouvert une usine à Lyon. "
    f"Marie \"Quote\" O'Brien \\ a dit {INJECTIONS['template']} que Cobalt investira 5 millions d'euros à Nantes."
)


@pytest.fixture(scope="module")
def evil_views(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``kg build`` of a JSONL document full of injections, then ``kg view`` of all and of the document."""
    folder = tmp_path_factory.mktemp("evil")
    record = {
        "text": EVIL_TEXT,
        "title": INJECTIONS["script"],
        "url": "javascript:window.__pwned=1",
        "id": INJECTIONS["img"],
    }
    (folder / "evil.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    store = folder / "store"
    built = kg("build", "evil.jsonl", "--store", str(store), "--lang", "fr", cwd=folder)
    assert built.returncode == 0, built.stderr
    listed = kg(
        "query",
        "--store",
        str(store),
        "--format",
        "csv",
        "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id }",
    )
    doc_id = listed.stdout.splitlines()[1].strip()
    views = {"all": folder / "all.html", "doc": folder / "doc.html"}
    for name, extra in (("all", []), ("doc", ["--doc", doc_id])):
        made = kg("view", "--store", str(store), "-o", str(views[name]), *extra)
        assert made.returncode == 0, made.stderr
    return views


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort())
    page.goto(path.as_uri())
    page.wait_for_function("() => window.kgView && window.kgView.ready", timeout=30_000)
    return page, errors


WALK = """() => {
    const text = [];
    const panel = () => text.push(document.querySelector('#kg-details').innerText);
    window.kgView.nodes.getIds().forEach(id => { window.kgView.showNode(id); panel(); });
    window.kgView.edges.getIds().forEach(id => { window.kgView.showEdge(id); panel(); });
    return text.join('\\n');
}"""


@pytest.mark.browser
@pytest.mark.parametrize("view", ["all", "doc"])
def test_view_of_injected_document_runs_nothing_and_shows_text(browser, evil_views, view: str) -> None:
    """Every panel of the page is opened; what the document injected shows as text and runs nothing.

    Which sentences give facts is the extractor's business: every injected
    string the page carries must show verbatim, and at least one must.
    """
    page, errors = _open(browser, evil_views[view])
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        if view == "doc":
            assert page.title() == f"kg — document {INJECTIONS['script']}"
        carried = page.evaluate("JSON.stringify(window.kgView.data)")
        shown = page.evaluate(WALK)
        present = [p for p in INJECTIONS.values() if p in carried]
        assert present, "the view carries none of the injected strings: nothing was tested"
        for payload in present:
            assert payload in shown, payload
        if INJECTIONS["template"] in carried:
            assert "a dit {{7*7}} que" in shown  # not evaluated as a template
        assert page.evaluate("document.querySelectorAll('#kg-side img, #kg-side script, #kg-side svg').length") == 0
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert errors == []
    finally:
        page.close()
