"""Building stores: resuming after kill -9, workers, Dask, remove and rebuild.

Every test compares sorted N-Quads exports, so "the same graph" means the
same quads, byte for byte.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import kg
from kg.store import open_store
from kg.store.embedded import PENDING_FILE

ROOT = Path(__file__).resolve().parent.parent

COMPANIES = ["Northwind", "Helios", "Aquila", "Borealis", "Cobalt", "Daria", "Ebena", "Fjord"]
DOCUMENTS = 80
LONG_DOCUMENTS = 400
PLACES = ["Lyon", "Lille", "Nantes", "Bordeaux", "Rennes", "Grenoble", "Dijon", "Tours"]


def _corpus(directory: Path, count: int) -> Path:
    """Write ``count`` small, distinct French news items into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        company = COMPANIES[i % len(COMPANIES)]
        other = COMPANIES[(i + 3) % len(COMPANIES)]
        place = PLACES[i % len(PLACES)]
        text = (
            f"{company} Industries va investir {i + 2} millions d'euros dans une usine à {place} d'ici à {2025 + i % 5}.\n"
            f"Le groupe {company} a annoncé un partenariat avec {other} Systems, selon son directeur général.\n"
            f"Marie Durand{i}, présidente de {company} Industries, a expliqué que l'usine emploierait {50 + i} personnes.\n"
        )
        (directory / f"item-{i:03d}.txt").write_text(text, encoding="utf-8")
    return directory


#: The tests' corpora are small: a write every kg.api.WRITE_BATCH documents,
#: whatever their triples, so that a build of LONG_DOCUMENTS makes several.
_SMALL_WRITES = "import sys, kg.api; kg.api.WRITE_TRIPLES = 0; from kg.cli import main; sys.exit(main())"


@pytest.fixture(scope="module", autouse=True)
def small_writes() -> Iterator[None]:
    """In-process builds write every kg.api.WRITE_BATCH documents, as the CLI builds below do."""
    saved = kg.api.WRITE_TRIPLES
    kg.api.WRITE_TRIPLES = 0
    yield
    kg.api.WRITE_TRIPLES = saved


def _build_cli(*args: str) -> subprocess.Popen[bytes]:
    """Start ``kg build ...`` in its own process group (writing every kg.api.WRITE_BATCH documents)."""
    return subprocess.Popen(
        [sys.executable, "-c", _SMALL_WRITES, "build", *args, "--quiet"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _export(store: Path) -> bytes:
    data = kg.export(store=store, format="nq")
    assert data is not None
    return data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus") / "news", DOCUMENTS)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The export of an uninterrupted one-process build."""
    store = tmp_path_factory.mktemp("reference") / "store"
    summary = kg.build([str(corpus)], store=store, lang="fr")
    assert summary.added == DOCUMENTS and summary.skipped == 0
    return _export(store)


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough documents for several of the build's writes (kg.api.WRITE_BATCH each)."""
    return _corpus(tmp_path_factory.mktemp("long") / "news", LONG_DOCUMENTS)


@pytest.fixture(scope="module")
def long_reference(long_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    store = tmp_path_factory.mktemp("long-reference") / "store"
    assert kg.build([str(long_corpus)], store=store, lang="fr").added == LONG_DOCUMENTS
    return _export(store)


@pytest.fixture(scope="module")
def cli_build_seconds(long_corpus: Path, long_reference: bytes, tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long an uninterrupted ``kg build`` of the long corpus takes here (and that it gives the reference)."""
    store = tmp_path_factory.mktemp("timed") / "store"
    started = time.perf_counter()
    process = _build_cli(str(long_corpus), "--store", str(store), "--lang", "fr")
    _, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()
    assert _export(store) == long_reference
    return time.perf_counter() - started


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes]) -> None:
    """Poll ``condition`` until it holds (or the process ends)."""
    while not condition() and process.poll() is None:
        time.sleep(0.001)


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["start-up", "first write", "after the first write"])
def test_kill_9_then_rerun_gives_the_uninterrupted_graph(
    long_corpus: Path, long_reference: bytes, cli_build_seconds: float, tmp_path: Path, moment: str
) -> None:
    store = tmp_path / "store"
    pending = store / PENDING_FILE  # there while a batch is being written
    process = _build_cli(str(long_corpus), "--store", str(store), "--lang", "fr")
    if moment == "start-up":
        time.sleep(0.3 * cli_build_seconds)
    else:
        _wait_for(pending.exists, process)
        if moment == "after the first write":
            _wait_for(lambda: not pending.exists(), process)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    if (store / "CURRENT").exists():
        with open_store(store, read_only=True) as interrupted:  # a reader repairs nothing
            print(f"killed at {moment}: {len(interrupted.graphs())} of {LONG_DOCUMENTS} documents stored")
    rerun = _build_cli(str(long_corpus), "--store", str(store), "--lang", "fr")
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert _export(store) == long_reference
    assert not pending.exists()


def test_second_build_of_the_same_corpus_adds_nothing(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = kg.build([str(corpus)], store=store, lang="fr")
    second = kg.build([str(corpus)], store=store, lang="fr")
    assert (first.added, second.added, second.unchanged) == (DOCUMENTS, 0, DOCUMENTS)
    assert _export(store) == reference


@pytest.mark.parametrize("cores", [1, 4], ids=["extract-in-worker", "extract-in-writer"])
def test_one_worker_gives_the_same_graph_wherever_extraction_runs(
    corpus: Path, reference: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cores: int
) -> None:
    # With a core to spare the worker only parses and the writer extracts.
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "_cores", lambda: cores)
    store = tmp_path / "store"
    summary = kg.build([str(corpus)], store=store, lang="fr", workers=1)
    assert summary.added == DOCUMENTS
    assert _export(store) == reference


def test_two_workers_give_the_same_graph(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    store = tmp_path / "store"
    summary = kg.build([str(corpus)], store=store, lang="fr", workers=2)
    assert summary.added == DOCUMENTS
    assert _export(store) == reference


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_graph(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    store = tmp_path / "store"
    summary = kg.build([str(corpus)], store=store, lang="fr", workers=2, dask="local")
    assert summary.added == DOCUMENTS
    assert _export(store) == reference


def test_remove_then_build_restores_the_graph(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg.build([str(corpus)], store=store, lang="fr")
    one = corpus / "item-007.txt"
    extracted = next(iter(kg.extract([str(one)], lang="fr")))
    doc_id = extracted.extraction.document.id
    assert kg.remove([doc_id[:12]], store=store) == [doc_id]
    without = _export(store)
    assert doc_id.encode() not in without
    assert len(without) < len(reference)
    summary = kg.build([str(one)], store=store, lang="fr")
    assert summary.added == 1
    assert _export(store) == reference


def test_a_second_build_on_a_busy_store_is_told_so(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = _build_cli(str(corpus), "--store", str(store), "--lang", "fr")
    try:
        time.sleep(3.0)
        assert first.poll() is None, "the first build ended too early for this test"
        second = subprocess.run(
            [sys.executable, "-m", "kg", "build", str(corpus / "item-001.txt"), "--store", str(store)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err.decode()
    if second.returncode != 0:
        assert second.stderr.strip().splitlines()[-1].startswith("Error: ")
        assert "Traceback" not in second.stderr
    # Whether the second waited or stopped, the store is whole.
    summary = kg.build([str(corpus)], store=store, lang="fr")
    assert summary.added == 0 and summary.unchanged == DOCUMENTS


def test_bad_worker_count_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(kg.KGError, match="--workers -1"):
        kg.build([str(tmp_path)], store=tmp_path / "s", workers=-1)


@pytest.mark.parametrize(
    "sizes, expected",
    [
        ([32, 32, 10], [32, 32, 3, 3, 3, 1]),
        ([32], [8, 8, 8, 8]),
        ([3], [1, 1, 1]),
        ([], []),
    ],
)
def test_the_last_batch_is_cut_smaller_and_order_is_kept(sizes: list[int], expected: list[int]) -> None:
    from kg.pipeline import _tapered

    batches, n = [], 0
    for size in sizes:
        batches.append(list(range(n, n + size)))
        n += size
    out = list(_tapered(iter(batches)))
    assert [len(b) for b in out] == expected
    assert [x for b in out for x in b] == list(range(n))


# --- what a first build tells its user ----------------------------------------------------


def test_progress_moves_with_each_document(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "few", 6)
    seen: list[int] = []
    summary = kg.build([str(corpus)], store=tmp_path / "store", progress=seen.append)
    assert summary.added == 6
    assert seen == [1, 2, 3, 4, 5, 6]  # one step per document, not one per write


def test_the_summary_counts_the_entities_the_store_holds(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "few", 12)
    summary = kg.build([str(corpus)], store=tmp_path / "store")
    with open_store(tmp_path / "store", read_only=True) as store:
        result = store.query(
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t FILTER(STRSTARTS(STR(?e), STR(kge:))) }",
            prefixes={"kge": "https://kg.example/id/entity/"},
        )
    held = int(result.rows[0][0].value)
    # The same company named in several documents is one entity, in the summary as in the store.
    assert summary.entities == held


def test_a_build_that_reads_nothing_leaves_no_store_and_counts_an_error(tmp_path: Path) -> None:
    errors: list[str] = []
    summary = kg.build(
        [str(tmp_path / "missing.txt")], store=tmp_path / "store", report=lambda lvl, m: errors.append(lvl)
    )
    assert errors == ["error"] and summary.errors == 1 and summary.warnings == 0
    assert not (tmp_path / "store").exists()
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "cli-store")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[0] == f"Error: {tmp_path / 'missing.txt'}: no such file or directory; check the path"
    )
    assert "0 warning(s), 1 error(s)" in result.stderr and "(nothing stored)" in result.stderr
    assert not (tmp_path / "cli-store").exists()


def test_forcing_the_other_language_is_warned(tmp_path: Path) -> None:
    french = ROOT / "examples" / "alibaba_cloud_fr.txt"
    warnings: list[str] = []
    kg.build([str(french)], store=tmp_path / "store", lang="en", report=lambda lvl, m: warnings.append(m))
    assert [w for w in warnings if "looks like" in w] == [
        f"{french}: the text looks like French (fr), but --lang en was given; it is read as English — "
        "give --lang fr, or --lang auto to read each document in its own language"
    ]
    warnings.clear()
    kg.build([str(french)], store=tmp_path / "store-fr", lang="fr", report=lambda lvl, m: warnings.append(m))
    assert not any("looks like" in w for w in warnings)


# --- N-Quads files for bulk loaders ----------------------------------------------------------------


def _oxigraph_load(directory: Path, location: Path) -> None:
    """Load every batch file of ``directory`` with Oxigraph's own bulk loader."""
    import shutil

    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert binary is not None, "the oxigraph command (pip package oxigraph) is needed"
    files = sorted(str(p) for p in directory.glob("*.nq"))
    subprocess.run([binary, "load", "--location", str(location), "--file", *files], check=True, capture_output=True)


def test_nquads_loaded_by_oxigraph_give_the_store_s_graph(
    long_corpus: Path, long_reference: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "nq"
    summary = kg.build([str(long_corpus)], nquads=out, lang="fr")
    assert summary.added == LONG_DOCUMENTS
    batches = sorted(p.name for p in out.glob("*.nq"))
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [m["file"] for m in manifest] == batches and sum(len(m["graphs"]) for m in manifest) == LONG_DOCUMENTS
    assert len(batches) == -(-LONG_DOCUMENTS // kg.api.WRITE_BATCH)  # one file per write
    _oxigraph_load(out, tmp_path / "oxigraph")
    assert _export(tmp_path / "oxigraph") == long_reference
    with open_store(tmp_path / "oxigraph", read_only=True) as loaded:
        # it answers the same queries as a built store
        rows = loaded.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        assert int(rows[0][0].value) == LONG_DOCUMENTS


def test_nquads_build_resumes_where_it_stopped(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "nq"
    files = sorted(corpus.iterdir())
    first = kg.build([str(p) for p in files[:30]], nquads=out, lang="fr")
    (out / "batch-000002.nq.partial").write_text("cut short by a kill")
    (out / "batch-000009.nq").write_text("renamed into place, then killed before it was listed")
    second = kg.build([str(corpus)], nquads=out, lang="fr")
    assert (first.added, second.added, second.unchanged) == (30, DOCUMENTS - 30, 30)
    assert not list(out.glob("*.partial")) and not (out / "batch-000009.nq").exists()
    third = kg.build([str(corpus)], nquads=out, lang="fr")
    assert (third.added, third.unchanged) == (0, DOCUMENTS)
    _oxigraph_load(out, tmp_path / "oxigraph")
    assert _export(tmp_path / "oxigraph") == reference


def test_nquads_and_store_together_is_a_user_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(ROOT / "examples"),
            "--store",
            str(tmp_path / "s"),
            "--nquads",
            str(tmp_path / "nq"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Error: give --store or --nquads, not both: --nquads writes files for a bulk loader instead of a store"
    ]


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
def test_a_worker_killed_mid_batch_is_replaced_and_the_graph_is_the_same(
    long_corpus: Path, long_reference: bytes, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    process = _build_cli(str(long_corpus), "--store", str(store), "--lang", "fr", "--workers", "2")
    pending = store / PENDING_FILE
    _wait_for(pending.exists, process)  # the workers are busy with later batches by now
    workers = [pid for pid in _children(process.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert workers, "no worker process to kill"
    os.kill(workers[0], signal.SIGKILL)
    _, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()
    assert _export(store) == long_reference


@pytest.mark.parametrize(
    "documents, triples, due",
    [
        (127, 10**6, False),  # never fewer documents than WRITE_BATCH
        (128, 199_999, False),  # short documents: wait for more triples
        (128, 200_000, True),
        (2047, 150_000, False),
        (2048, 150_000, True),  # and never more than WRITE_BATCH_MAX documents
    ],
)
def test_a_write_holds_enough_documents_and_triples(documents: int, triples: int, due: bool) -> None:
    saved = kg.api.WRITE_TRIPLES
    kg.api.WRITE_TRIPLES = 200_000
    try:
        assert kg.api.write_due(documents, triples) is due
    finally:
        kg.api.WRITE_TRIPLES = saved
