"""End-to-end build throughput against the bare spaCy parse, in one run.

Groups the sentences of a corpus into documents, then measures, on the same
documents and with the same model:

1. the bare parse: ``spacy.load`` then ``nlp.pipe`` over the texts, nothing
   else (no kg code), timed once the model is loaded, and again in a fresh
   process that also imports spaCy and loads the model. Each run uses a new
   pipeline: spaCy parses words its vocabulary has already met about twice
   as fast, and a build's workers also start with a new one;
2. ``kg.build`` end to end on the same documents as a JSONL file (read →
   parse → extract → resolve → RDF → store), with 1 and 2 worker processes.
   Worker start-up and model loading are included, as in the fresh-process
   parse;
3. the store write alone against Oxigraph's raw ``bulk_load`` of the same
   triples;
4. peak resident memory (writer and worker) after 1k documents and after the
   whole corpus (``--scale``).

The machine's speed drifts (other tenants, frequency), so the bare parse and
the builds are run in turn ``--repeat`` times and each keeps its best time,
as ``timeit`` does.

Usage:
    python bench/throughput.py [--corpus PATH] [--lang fr] [--docs N] [--per-doc K]
    python bench/throughput.py --corpus ../shared/benchmarks/carb/dev.txt --lang en --per-doc 4 --docs 500
    python bench/throughput.py --per-doc 2 --repeat 0 --scale 20000   # memory at 1k and 20k documents
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "corpora" / "fr_gsd_sentences.txt"

#: The bare parse in a fresh interpreter: import spaCy, load the model, parse.
_COLD_PARSE = """
import json, sys, time
started = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
print(time.perf_counter() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="one sentence per line")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--per-doc", type=int, default=8, help="sentences per document")
    parser.add_argument(
        "--docs", type=int, default=1000, help="documents (default: 1000, the corpus about four times over)"
    )
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each measure, best kept (default: 3; 0 skips the throughput and write figures)",
    )
    parser.add_argument(
        "--without-store",
        action="store_true",
        help="also build with one worker and the store's writes discarded (where the time goes)",
    )
    parser.add_argument("--scale", type=int, default=0, help="also measure memory while building this many documents")
    parser.add_argument("--cpu-dask", action="store_true", help="measure --cpu on a local Dask cluster")
    parser.add_argument(
        "--cpu",
        type=int,
        default=0,
        metavar="WORKERS",
        help="also measure the writer's share of the build's CPU with this many workers (processes' own accounting)",
    )
    args = parser.parse_args()

    import spacy

    from kg import nlp
    from kg.ingest.documents import make_document

    sentences = [line.strip() for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    count = args.docs
    documents = [
        make_document(text, lang=args.lang, source=f"bench:{i}")
        for i, text in enumerate(_texts(sentences, count, args.per_doc))
    ]
    words = sum(len(d.text.split()) for d in documents)
    n_sentences = count * args.per_doc
    model = nlp.model_name(args.lang)
    print(f"corpus: {args.corpus.name}; {count} documents, {n_sentences} sentences, {words} words; model {model}")

    directory = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = _jsonl(documents, directory)
        best: dict[str, float] = {}
        triples = 0

        def keep(name: str, seconds: float) -> None:
            best[name] = min(best.get(name, seconds), seconds)

        for _ in range(args.repeat):
            # A new pipeline each time: spaCy is about twice as fast on words
            # its vocabulary has already met, and kg's workers start fresh.
            bare_nlp = spacy.load(model)  # outside the timings
            started = time.perf_counter()
            for _doc in bare_nlp.pipe((d.text for d in documents), batch_size=nlp.BATCH_SIZE):
                pass
            keep("bare", time.perf_counter() - started)
            del bare_nlp
            cold = subprocess.run(
                [sys.executable, "-c", _COLD_PARSE, model, str(corpus), str(nlp.BATCH_SIZE)],
                capture_output=True,
                text=True,
                check=True,
            )
            keep("cold", float(cold.stdout))
            for workers in args.workers:
                seconds, triples = _build(corpus, directory, workers, args.lang)
                keep(f"kg{workers}", seconds)
            if args.without_store:
                seconds, _ = _build(corpus, directory, 1, args.lang, discard=True)
                keep("discard", seconds)

        if not args.repeat:
            if args.cpu:
                _cpu_shares(corpus, directory, args.cpu, args.lang, count, "local" if args.cpu_dask else None)
            return
        bare, cold = best["bare"], best["cold"]
        print(f"bare spaCy parse, model loaded:     {n_sentences / bare:7.1f} sentences/s  {words / bare:8.1f} words/s")
        print(
            f"bare spaCy parse, from a fresh process (import, load, parse): "
            f"{n_sentences / cold:7.1f} sentences/s  {words / cold:8.1f} words/s"
        )
        for workers in args.workers:
            seconds = best[f"kg{workers}"]
            print(
                f"kg build, {workers} worker(s), end to end: {n_sentences / seconds:7.1f} sentences/s  "
                f"{words / seconds:8.1f} words/s  ratio {cold / seconds:.2f} to the fresh-process parse, "
                f"{bare / seconds:.2f} to the loaded one  ({triples} triples)"
            )
        if args.without_store:
            seconds = best["discard"]
            print(
                f"kg build, 1 worker, store writes discarded: {n_sentences / seconds:7.1f} sentences/s end to end "
                f"(ratio {cold / seconds:.2f})"
            )
        if args.cpu:
            _cpu_shares(corpus, directory, args.cpu, args.lang, count, "local" if args.cpu_dask else None)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
        if args.repeat:
            _write_rate(documents)
        if args.scale:
            _memory(sentences, args.scale, args.per_doc, args.lang)


def _texts(sentences: list[str], count: int, per_doc: int) -> list[str]:
    """``count`` distinct documents of ``per_doc`` sentences.

    The first pass over the corpus takes consecutive sentences; pass ``p``
    takes every ``p + 1``-th from a shifted start, so documents stay new when
    the corpus is used several times over.
    """
    texts: list[str] = []
    seen: set[str] = set()
    n = len(sentences)
    for shift in range(count * per_doc + 1):
        for start in range(0, n, per_doc):
            text = " ".join(sentences[(start + shift + k * (shift + 1)) % n] for k in range(per_doc))
            if text not in seen:
                seen.add(text)
                texts.append(text)
                if len(texts) == count:
                    return texts
    raise SystemExit(f"the corpus has too few sentences for {count} distinct documents")


def _jsonl(documents: list, directory: Path) -> Path:
    """The documents as a JSONL file, the input ``kg build`` reads."""
    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps({"text": document.text}, ensure_ascii=False) + "\n")
    return path


#: A build in a fresh interpreter that reports its own CPU and its workers' (children reaped first).
_CPU_BUILD = """
import json, multiprocessing, resource, sys, time
import kg
if __name__ == "__main__":
    started = time.perf_counter()
    dask = sys.argv[5] if len(sys.argv) > 5 else None
    summary = kg.build([sys.argv[1]], store=sys.argv[2], lang=sys.argv[3], workers=int(sys.argv[4]), dask=dask)
    seconds = time.perf_counter() - started
    deadline = time.monotonic() + 30
    while multiprocessing.active_children() and time.monotonic() < deadline:  # reaps the workers that ended
        time.sleep(0.05)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": seconds, "documents": summary.added,
                      "writer": own.ru_utime + own.ru_stime, "workers": children.ru_utime + children.ru_stime}))
"""


def _cpu_shares(corpus: Path, directory: Path, workers: int, lang: str, count: int, dask: str | None = None) -> None:
    """The writer's (calling process's) CPU against its workers', from the processes' own accounting."""
    store = directory / "store-cpu"
    script = directory / "cpu_build.py"
    script.write_text(_CPU_BUILD, encoding="utf-8")
    try:
        run = subprocess.run(
            [sys.executable, str(script), str(corpus), str(store), lang, str(workers), *([dask] if dask else [])],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
    finally:
        shutil.rmtree(store, ignore_errors=True)
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    writer, worker_cpu = figures["writer"], figures["workers"]
    total = writer + worker_cpu
    per_k = 1000 / max(figures["documents"], 1)
    print(
        f"CPU of a build with {workers} worker(s){' on a local Dask cluster' if dask else ''}, "
        f"{figures['documents']} documents in {figures['seconds']:.1f} s: "
        f"writer (calling process, start-up included) {writer:.1f} s ({writer * per_k:.1f} s per 1,000 documents), "
        f"workers {worker_cpu:.1f} s; writer's share {writer / total:.3f} of the build's CPU "
        f"(1/16 = {1 / 16:.3f} would keep 16 workers busy)"
    )


def _build(corpus: Path, directory: Path, workers: int, lang: str, *, discard: bool = False) -> tuple[float, int]:
    """``kg.build`` of the JSONL ``corpus`` into a new store.

    With ``discard``, the store's writes are dropped (everything else runs):
    what the build costs without the store.

    Returns:
        Seconds in all (worker start-up and model loading included); triples.
    """
    import kg
    from kg.store.embedded import EmbeddedStore

    store = directory / f"store-{workers}"
    write = EmbeddedStore.add_graphs
    if discard:
        EmbeddedStore.add_graphs = lambda self, graphs: None  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        summary = kg.build([str(corpus)], store=store, lang=lang, workers=workers)
        return time.perf_counter() - started, summary.triples
    finally:
        EmbeddedStore.add_graphs = write  # type: ignore[method-assign]
        shutil.rmtree(store, ignore_errors=True)


def _write_rate(documents: list) -> None:
    """The store's write path against Oxigraph's raw bulk load, same triples."""
    import pyoxigraph

    from kg.api import WRITE_BATCH
    from kg.pipeline import extract_documents
    from kg.rdf.document import document_ntriples
    from kg.resolve import resolve_entities
    from kg.store import open_store

    graphs = []
    for extraction in extract_documents(iter(documents[:300])):
        iri, data, _ = document_ntriples(extraction, resolve_entities(extraction))
        graphs.append((iri, data))
    triples = sum(data.count(b"\n") for _, data in graphs)
    directory = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        started = time.perf_counter()
        with open_store(directory / "kg") as store:
            for i in range(0, len(graphs), WRITE_BATCH):
                store.add_graphs(graphs[i : i + WRITE_BATCH])
        ours = time.perf_counter() - started

        raw = pyoxigraph.Store(str(directory / "raw"))
        started = time.perf_counter()
        quads = b"".join(data.replace(b" .\n", f" <{iri}> .\n".encode()) for iri, data in graphs)
        raw.bulk_load(quads, format=pyoxigraph.RdfFormat.N_QUADS)
        raw.flush()
        bulk = time.perf_counter() - started
        print(
            f"store writes:  kg {triples / ours:9.0f} triples/s   raw bulk_load {triples / bulk:9.0f} triples/s"
            f"   ratio {bulk / ours:.2f}  ({len(graphs)} graphs, {triples} triples)"
        )
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _memory(sentences: list[str], count: int, per_doc: int, lang: str) -> None:
    """Resident memory (writer and worker) after 1k documents and after ``count``."""
    import psutil

    import kg
    from kg.ingest.documents import make_document

    process = psutil.Process()
    documents = [
        make_document(t, lang=lang, source=f"scale:{i}") for i, t in enumerate(_texts(sentences, count, per_doc))
    ]
    directory = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    marks: dict[int, float] = {}

    def sample(done: int) -> None:
        for mark in (1000, 5000, 10000, 15000, count):
            if done >= mark and mark not in marks:
                tree = [process, *process.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree) / 2**20
                marks[mark] = sum(_peak_rss(p.pid) for p in tree) / 2**20
                print(
                    f"  after {mark:6d} documents: RSS {rss:7.1f} MiB, peak so far {marks[mark]:7.1f} MiB", flush=True
                )

    try:
        corpus = _jsonl(documents, directory)
        del documents
        kg.build([str(corpus)], store=directory / "store", lang=lang, workers=1, progress=sample)
        if 1000 in marks and count in marks:
            print(
                f"peak memory (writer + worker): {marks[1000]:.0f} MiB at 1k documents, {marks[count]:.0f} MiB at {count}: "
                f"{100 * (marks[count] / marks[1000] - 1):+.1f}%"
            )
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _peak_rss(pid: int) -> int:
    """Peak resident memory of a process so far, in bytes (Linux: VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


if __name__ == "__main__":
    sys.exit(main())
