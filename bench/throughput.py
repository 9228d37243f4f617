"""End-to-end build throughput against the bare spaCy parse, in one run.

Groups the sentences of a corpus into documents, then measures, on the same
documents and with the same model:

1. the bare parse: ``nlp.pipe`` over the texts, nothing else;
2. ``kg.build`` end to end on the same documents as a JSONL file (read →
   parse → extract → resolve → RDF → store), with 1 and 2 worker processes
   (worker start-up and model loading included);
3. the store write alone against Oxigraph's raw ``bulk_load`` of the same
   triples;
4. resident memory after 1k documents and after the whole corpus (``--scale``).

Usage:
    python bench/throughput.py [--corpus PATH] [--lang fr] [--docs N] [--per-doc K]
    python bench/throughput.py --scale 20000   # memory at 1k and 20k documents
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "corpora" / "fr_gsd_sentences.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="one sentence per line")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--per-doc", type=int, default=8, help="sentences per document")
    parser.add_argument("--docs", type=int, default=1000, help="documents (default: 1000, the corpus about four times over)")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--scale", type=int, default=0, help="also measure memory while building this many documents")
    args = parser.parse_args()

    from kg import nlp
    from kg.ingest import make_document

    sentences = [line.strip() for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    count = args.docs
    documents = [make_document(text, lang=args.lang, source=f"bench:{i}") for i, text in enumerate(_texts(sentences, count, args.per_doc))]
    words = sum(len(d.text.split()) for d in documents)
    n_sentences = count * args.per_doc
    print(f"corpus: {args.corpus.name}; {count} documents, {n_sentences} sentences, {words} words; model {nlp.model_name(args.lang)}")

    nlp.load_model(args.lang)  # load outside the timings
    started = time.perf_counter()
    for _ in nlp.parse((d.text for d in documents), args.lang):
        pass
    bare = time.perf_counter() - started
    print(f"bare spaCy parse:      {n_sentences / bare:8.1f} sentences/s  {words / bare:9.1f} words/s")

    for workers in args.workers:
        seconds, steady_docs, triples = _build(documents, workers, args.lang)
        steady = steady_docs * args.per_doc
        print(
            f"kg build, {workers} worker(s): {n_sentences / seconds:8.1f} sentences/s  {words / seconds:9.1f} words/s"
            f"  ratio to bare parse {bare / seconds:.2f}  ({triples} triples)"
        )
        print(
            f"    after start-up:      {steady:8.1f} sentences/s"
            f"                    ratio to bare parse {steady / (n_sentences / bare):.2f}"
        )

    _write_rate(documents)
    if args.scale:
        _memory(sentences, args.scale, args.per_doc, args.lang)


def _texts(sentences: list[str], count: int, per_doc: int) -> list[str]:
    """``count`` distinct documents of ``per_doc`` sentences taken in turn."""
    texts = []
    n = len(sentences)
    for i in range(count):
        start = (i * per_doc) % n
        # After one pass over the corpus, shift by the pass number so that
        # every document's content (and so its id) is new.
        offset = (i * per_doc) // n
        texts.append(" ".join(sentences[(start + offset + k) % n] for k in range(per_doc)))
    return texts


def _jsonl(documents: list, directory: Path) -> Path:
    """The documents as a JSONL file, the input ``kg build`` reads."""
    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps({"text": document.text}, ensure_ascii=False) + "\n")
    return path


def _build(documents: list, workers: int, lang: str) -> tuple[float, float, int]:
    """``kg.build`` of ``documents`` (as JSONL) into a new store.

    Returns:
        Seconds in all; documents per second once the first batch was
        written (worker start-up and model loading left out); triples.
    """
    import kg

    directory = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    first: list[tuple[float, int]] = []

    def note(done: int) -> None:
        if not first:
            first.append((time.perf_counter(), done))

    try:
        corpus = _jsonl(documents, directory)
        started = time.perf_counter()
        summary = kg.build([str(corpus)], store=directory / "store", lang=lang, workers=workers, progress=note)
        ended = time.perf_counter()
        at, done = first[0]
        steady = (len(documents) - done) / (ended - at) if ended > at else float("nan")
        return ended - started, steady, summary.triples
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _write_rate(documents: list) -> None:
    """The store's write path against Oxigraph's raw bulk load, same triples."""
    import pyoxigraph

    from kg.pipeline import extract_documents
    from kg.rdf import document_ntriples
    from kg.resolve import resolve_entities
    from kg.api import WRITE_BATCH
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
                store.add_graphs(graphs[i:i + WRITE_BATCH])
        ours = time.perf_counter() - started

        raw = pyoxigraph.Store(str(directory / "raw"))
        started = time.perf_counter()
        quads = b"".join(
            data.replace(b" .\n", f" <{iri}> .\n".encode()) for iri, data in graphs
        )
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
    from kg.ingest import make_document

    process = psutil.Process()
    documents = [make_document(t, lang=lang, source=f"scale:{i}") for i, t in enumerate(_texts(sentences, count, per_doc))]
    directory = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    marks: dict[int, float] = {}

    def sample(done: int) -> None:
        for mark in (1000, 5000, 10000, 15000, count):
            if done >= mark and mark not in marks:
                tree = [process, *process.children(recursive=True)]
                marks[mark] = sum(p.memory_info().rss for p in tree) / 2**20
                print(f"  after {mark:6d} documents: RSS {marks[mark]:7.1f} MiB", flush=True)

    try:
        corpus = _jsonl(documents, directory)
        del documents
        kg.build([str(corpus)], store=directory / "store", lang=lang, workers=1, progress=sample)
        if 1000 in marks and count in marks:
            print(f"memory (writer + worker): {marks[1000]:.0f} MiB at 1k documents, {marks[count]:.0f} MiB at {count}: "
                  f"{100 * (marks[count] / marks[1000] - 1):+.1f}%")
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
