"""A long build, measured once: documents per second over time, store size, peak memory, first query.

Builds ``--docs`` documents (default 100,000) of French sentences, repeated
and varied from the GSD corpus as ``bench/throughput.py`` does, with one
worker, into a fresh store in a temporary directory, and prints every
``--every`` documents:

* the rate over the last window and since the start (documents per second);
* the store's size on disk;
* the peak resident memory of the writer and its worker so far.

After the build, a new ``kg query`` process answers a lookup by label: the
time from its start to the answer is the time to the first query.

    .venv/bin/python bench/long_run.py [--docs 100000] [--every 10000] [--per-doc 2] [--workers 1]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import DEFAULT_CORPUS, _jsonl, _peak_rss, _texts  # noqa: E402


def _size(path: Path) -> int:
    """Bytes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="one sentence per line")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--docs", type=int, default=100_000, help="documents to build (default 100000)")
    parser.add_argument("--every", type=int, default=10_000, help="documents between two reports (default 10000)")
    parser.add_argument("--per-doc", type=int, default=2, help="sentences per document (default 2)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"Error: corpus {args.corpus} not found; give one sentence per line with --corpus")

    import psutil

    import kg
    from kg.ingest.documents import make_document

    sentences = [s for s in args.corpus.read_text(encoding="utf-8").splitlines() if s.strip()]
    directory = Path(tempfile.mkdtemp(prefix="kg-long-"))
    store = directory / "store"
    process = psutil.Process()
    try:
        documents = [
            make_document(t, lang=args.lang, source=f"long:{i}")
            for i, t in enumerate(_texts(sentences, args.docs, args.per_doc))
        ]
        corpus = _jsonl(documents, directory)
        del documents
        print(
            f"{args.docs} documents of {args.per_doc} sentences ({args.lang}), {args.workers} worker(s); "
            f"a report every {args.every} documents",
            flush=True,
        )
        print(
            f"{'documents':>10} {'elapsed s':>10} {'docs/s (window)':>16} {'docs/s (all)':>13} "
            f"{'store MiB':>10} {'peak MiB':>9}",
            flush=True,
        )
        started = time.perf_counter()
        last = [0, started]

        def report(done: int) -> None:
            if done - last[0] < args.every and done != args.docs:
                return
            now = time.perf_counter()
            tree = [process, *process.children(recursive=True)]
            peak = sum(_peak_rss(p.pid) for p in tree) / 2**20
            window = (done - last[0]) / max(now - last[1], 1e-9)
            print(
                f"{done:>10} {now - started:>10.0f} {window:>16.1f} {done / (now - started):>13.1f} "
                f"{_size(store) / 2**20:>10.0f} {peak:>9.0f}",
                flush=True,
            )
            last[:] = [done, now]

        summary = kg.build([str(corpus)], store=store, lang=args.lang, workers=args.workers, progress=report)
        seconds = time.perf_counter() - started
        print(
            f"built {summary.added} documents, {summary.triples} triples in {seconds:.0f} s "
            f"({summary.added / seconds:.1f} documents/s); store {_size(store) / 2**20:.0f} MiB on disk",
            flush=True,
        )
        kg_bin = Path(sys.executable).with_name("kg")
        query = (
            'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e WHERE { ?e rdfs:label "France"@fr } LIMIT 5'
        )
        started = time.perf_counter()
        answer = subprocess.run(
            [str(kg_bin), "query", "--store", str(store), "--format", "csv", query],
            capture_output=True,
            text=True,
            check=True,
        )
        first = time.perf_counter() - started
        rows = max(len(answer.stdout.strip().splitlines()) - 1, 0)
        print(f"time to the first query (a new kg query process, a lookup by label): {first:.2f} s, {rows} rows")
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
