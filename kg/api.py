"""The library API: one function per command of the CLI.

Each function wires the stages together and leaves the work to them:
ingest → nlp → ie → resolve → rdf → store → sparql / viz. Heavy
libraries (spaCy, rdflib, pyoxigraph, pyvis) are imported inside the
functions, so ``import kg`` stays fast.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.errors import KGError
from kg.namespaces import namespaces, valid_base

if TYPE_CHECKING:
    from pyvis.network import Network

    from kg.types import Document, Extraction, Resolution

#: Where ``kg build`` writes when no ``--store`` is given.
DEFAULT_STORE = "kg-store"

#: Rows (or triples) ``query`` keeps unless told otherwise.
DEFAULT_QUERY_LIMIT = 100_000

#: Documents written to the store in one go (all or nothing), at least. Each
#: write adds files that RocksDB must later merge into what it holds, work
#: that grows with the store: fewer, larger writes keep it down.
WRITE_BATCH = 128

#: Triples a write holds at least: short documents are written in larger
#: batches (up to :data:`WRITE_BATCH_MAX` documents), so that a corpus of
#: short texts does not make many small writes.
WRITE_TRIPLES = 100_000

#: Documents written in one go at most, whatever their size.
WRITE_BATCH_MAX = 2048


def write_due(documents: int, triples: int) -> bool:
    """Whether a batch of ``documents`` holding ``triples`` is due for writing."""
    return documents >= WRITE_BATCH_MAX or (documents >= WRITE_BATCH and triples >= WRITE_TRIPLES)


#: A callback that receives problems met on the way: ``(level, message)``,
#: level ``"warning"`` or ``"error"``, message one line naming the input.
Reporter = Callable[[str, str], None]


class Extracted(NamedTuple):
    """What ``extract`` yields per document: the facts and their entities."""

    extraction: Extraction
    resolution: Resolution


@dataclass
class BuildSummary:
    """Counts of one ``build``.

    Attributes:
        documents: Documents read from the inputs.
        added: Documents written to the store.
        unchanged: Documents already in the store (same content), skipped.
        skipped: Inputs (files, lines) that gave no document.
        sentences: Sentences of the added documents.
        facts: Facts of the added documents.
        entities: Distinct entities of the added documents (one per IRI, as the store holds them).
        triples: Triples written.
        warnings: Warnings reported (skipped inputs included).
        errors: Errors reported (inputs that could not be read).
        seconds: Wall-clock time of the build.
    """

    documents: int = 0
    added: int = 0
    unchanged: int = 0
    skipped: int = 0
    sentences: int = 0
    facts: int = 0
    entities: int = 0
    triples: int = 0
    warnings: int = 0
    errors: int = 0
    seconds: float = 0.0


def extract(
    inputs: Sequence[str],
    *,
    lang: str = "auto",
    sentences: bool = False,
    report: Reporter | None = None,
    workers: int = 0,
    dask: str | None = None,
) -> Iterator[Extracted]:
    """Read documents and extract their facts, without storing anything.

    Args:
        inputs: Paths (files, directories, ``-`` for stdin).
        lang: ``auto`` to identify each document's language, or a code.
        sentences: Treat every input line as one sentence, kept verbatim.
        report: Receives warnings and errors about single inputs.
        workers: Processes for parsing and extraction (0, the default: here).
        dask: Dask scheduler address (``tcp://HOST:PORT``) or ``local``.

    Yields:
        One :class:`Extracted` per document, in input order.
    """
    from kg.ingest.reader import read_documents
    from kg.pipeline import extract_documents
    from kg.resolve import resolve_entities

    documents = read_documents(inputs, lang=lang, sentences=sentences, report=report)
    for extraction in extract_documents(documents, sentences=sentences, workers=workers, dask=dask):
        yield Extracted(extraction, resolve_entities(extraction))


def build(
    inputs: Sequence[str],
    *,
    store: str | Path = DEFAULT_STORE,
    lang: str = "auto",
    report: Reporter | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int = 0,
    dask: str | None = None,
    base_iri: str | None = None,
    nquads: str | Path | None = None,
) -> BuildSummary:
    """Build (or extend) a knowledge graph from documents.

    Documents already in the store (same content, so same id) are skipped;
    each new document is written as its own named graph, a batch of them
    all or nothing, so an interrupted build leaves a consistent store that
    the same command completes.

    Args:
        inputs: Paths (files, directories, ``-`` for stdin).
        store: Directory of the embedded store, or URL of a SPARQL endpoint.
        lang: ``auto`` to identify each document's language, or a code.
        report: Receives warnings and errors about single inputs.
        progress: Called with the number of documents done after each one.
        workers: Processes for parsing (and for extraction, when they leave
            this one no core of its own) while this one writes (0, the
            default: parse here too). A script that asks for workers
            needs an ``if __name__ == "__main__":`` guard, as for any
            multiprocessing.
        dask: Dask scheduler address (``tcp://HOST:PORT``) or ``local``.
        base_iri: The base of every IRI minted (``https://data.example.org/kg/``),
            kept with a new store; a store keeps the base it was built with.
        nquads: Write each batch of documents as an N-Quads file in this
            directory (with a manifest; resumable), for a triplestore's bulk
            loader, instead of writing a store.

    Returns:
        The counts of the build.

    Raises:
        KGError: the store cannot be opened or written.
    """
    from kg.ingest.reader import read_documents
    from kg.pipeline import extract_documents
    from kg.rdf import document_iri
    from kg.store import open_store
    from kg.store.nquads import NQuadsDirectory

    summary = BuildSummary()
    started = time.perf_counter()

    def counting_report(level: str, message: str) -> None:
        if level == "error":
            summary.errors += 1
        else:
            summary.warnings += 1
        # Ingest says "skipped" in every message about an input it passes over.
        if level == "error" or "skipped" in message:
            summary.skipped += 1
        if report is not None:
            report(level, message)

    if base_iri is not None and not valid_base(base_iri):
        raise KGError(
            f"--base-iri {base_iri!r} is not an absolute http(s) IRI ending with '/'; "
            "give one like https://data.example.org/kg/"
        )
    # A build that stores nothing leaves no empty store behind (a mistyped path, say).
    output = nquads if nquads is not None else store
    created = not str(output).startswith(("http://", "https://")) and not Path(output).exists()
    entity_keys: set[str] = set()
    opened = NQuadsDirectory(Path(nquads)) if nquads is not None else open_store(store, base_iri=base_iri)
    with opened as target:
        _settle_base(target, base_iri, output)
        ns = namespaces(target.base_iri)

        def is_new(document: Document) -> bool:
            summary.documents += 1
            if target.has_document(ns.rebase(str(document_iri(document.id)))):
                summary.unchanged += 1
                return False
            return True

        documents = read_documents(inputs, lang=lang, report=counting_report)
        new_documents = _unique(d for d in documents if is_new(d))
        pending: list[tuple[str, bytes]] = []
        pending_triples = 0

        def write_pending() -> None:
            # One write per batch of documents: far cheaper than one per
            # document, and a kill still leaves whole documents only.
            nonlocal pending_triples
            target.add_graphs(pending)
            summary.added += len(pending)
            pending.clear()
            pending_triples = 0

        # Resolution and RDF run wherever the extraction does (in the workers
        # when they extract): this process only writes what comes back.
        finish = functools.partial(finish_document, ns.base)
        for done in extract_documents(new_documents, workers=workers, dask=dask, finish=finish):
            for warning in done.warnings:
                counting_report("warning", f"{done.source}: {warning}")
            pending.append((done.graph_iri, done.ntriples))
            summary.sentences += done.sentences
            summary.facts += done.facts
            entity_keys.update(done.entity_keys)
            summary.triples += done.triples
            pending_triples += done.triples
            if progress is not None:
                progress(summary.added + len(pending) + summary.unchanged)
            if write_due(len(pending), pending_triples):
                write_pending()
        if pending:
            write_pending()
    summary.entities = len(entity_keys)
    if created and summary.added == 0 and summary.unchanged == 0:
        import shutil

        shutil.rmtree(output, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary


class FinishedDocument(NamedTuple):
    """A document ready to store: its graph as N-Triples, and what the build summary counts of it."""

    source: str
    graph_iri: str
    ntriples: bytes
    triples: int
    sentences: int
    facts: int
    entity_keys: tuple[str, ...]
    warnings: tuple[str, ...]


def finish_document(base: str, extraction: Extraction) -> FinishedDocument:
    """Resolve one extracted document and write its graph (runs in a worker, or here).

    Entities are named from their text, never from other documents, so the
    graph does not depend on where or in what company a document is finished.
    """
    from kg.rdf import document_ntriples
    from kg.resolve import resolve_entities

    resolution = resolve_entities(extraction)
    graph_iri, ntriples, triples = document_ntriples(extraction, resolution, base)
    return FinishedDocument(
        extraction.document.source,
        graph_iri,
        ntriples,
        triples,
        len(extraction.sentences),
        len(extraction.facts),
        tuple(e.key for e in resolution.entities),
        tuple(resolution.warnings),
    )


def _settle_base(target: Any, base_iri: str | None, store: str | Path) -> None:
    """Keep a new store's base IRI; refuse another base for a store built with one."""
    recorded = target.recorded_base_iri()
    if base_iri is None or base_iri == recorded:
        return
    if recorded is not None:
        raise KGError(
            f"store {store} mints its IRIs under {recorded}; --base-iri {base_iri} would mix two namespaces: "
            "build into a new store, or leave --base-iri out"
        )
    if target.holds_graphs_outside(namespaces(base_iri).kgd):
        raise KGError(
            f"store {store} already holds documents under another base; --base-iri {base_iri} would mix two "
            "namespaces: build into a new store"
        )
    target.record_base_iri(base_iri)


def query(
    text: str,
    *,
    store: str | Path = DEFAULT_STORE,
    params: dict[str, str] | None = None,
    timeout: float | None = None,
    limit: int | None = DEFAULT_QUERY_LIMIT,
) -> Any:
    """Run a SPARQL 1.1 query over the union of the store's documents.

    Args:
        text: The query; the project's prefixes are pre-declared.
        store: Directory of the embedded store, or URL of a SPARQL endpoint.
        params: Values bound to variables (``name`` → ``<iri>``, ``"text"``...).
        timeout: Seconds after which the query is stopped.
        limit: Keep at most this many rows or triples (None: no cap);
            ``result.truncated`` says whether the cap cut the answer.

    Returns:
        The query's result (a :class:`kg.store.Result`);
        :func:`kg.sparql.format_result` prints it.

    Raises:
        QueryError: the query is malformed or runs past ``timeout``.
        StoreError: the store cannot be opened.
    """
    from kg.sparql import run_query
    from kg.store import open_store

    with open_store(store, create=False, read_only=True) as source:
        return run_query(source, text, params=params, timeout=timeout, limit=limit)


def show(entity: str, *, store: str | Path = DEFAULT_STORE) -> Any:
    """The card of one entity: its labels, types, aliases and facts, each with its source.

    Args:
        entity: A label or alias (any case), ``kge:key``, or the entity's IRI.
        store: Directory of the embedded store, or URL of a SPARQL endpoint.

    Returns:
        A :class:`kg.sparql.card.EntityCard`; :func:`kg.sparql.card.format_card` prints it.

    Raises:
        QueryError: no entity, or more than one, has that name.
        StoreError: the store cannot be opened.
    """
    from kg.sparql.card import entity_card, find_entity
    from kg.store import open_store

    with open_store(store, create=False, read_only=True) as source:
        iri = find_entity(source, entity)
        card = entity_card(source, iri)
    if card is None:  # it vanished between the two reads
        raise KGError(f"no entity {entity!r} in the store {store}")
    return card


def view(
    *,
    store: str | Path = DEFAULT_STORE,
    output: str | Path | None = None,
    focus: str | None = None,
    depth: int = 1,
    sparql: str | None = None,
    doc: str | None = None,
    max_nodes: int | None = None,
) -> Network:
    """Draw the graph (or a focused part of it) as an interactive network.

    Args:
        store: Directory of the embedded store, or URL of a SPARQL endpoint.
        output: Where to write the self-contained HTML page, if anywhere.
        focus: Label of an entity whose neighbourhood to draw.
        depth: How many hops around ``focus``.
        sparql: A CONSTRUCT, or a SELECT of ``?s ?p ?o``, whose result to draw.
        doc: Id of the document whose facts to draw.
        max_nodes: Keep at most this many nodes, the most important first.

    Returns:
        The pyvis ``Network`` (it renders inline in notebooks).
    """
    from kg.store import open_store
    from kg.viz.drawing import build_network
    from kg.viz.page import write_html

    options: dict[str, Any] = {"focus": focus, "depth": depth, "sparql": sparql, "doc": doc}
    if max_nodes is not None:
        options["max_nodes"] = max_nodes
    with open_store(store, create=False, read_only=True) as source:
        network = build_network(source, **options)
    if output is not None:
        write_html(network, output)
    return network


def export(
    *,
    store: str | Path = DEFAULT_STORE,
    format: str = "trig",
    output: str | Path | None = None,
) -> bytes | None:
    """Write the whole graph in an RDF format, or as GraphML / GEXF for Gephi.

    RDF output is deterministic: the same graph gives the same bytes.

    Returns:
        The serialized graph when ``output`` is None, else None.
    """
    from kg.store import open_store

    with open_store(store, create=False, read_only=True) as source:
        if format in GRAPH_FORMATS:
            from kg.viz.export import export_graph

            if output is None:
                raise KGError(f"--format {format} writes a file: give one with -o FILE.{format}")
            export_graph(source, format, output)
            return None
        data = source.dump(format)
    if output is None:
        return data
    Path(output).write_bytes(data)
    return None


#: Export formats that are network files rather than RDF.
GRAPH_FORMATS = ("graphml", "gexf")


def remove(doc_ids: Iterable[str], *, store: str | Path = DEFAULT_STORE) -> list[str]:
    """Take documents, and the facts only they support, out of the store.

    Args:
        doc_ids: Document ids (or unambiguous prefixes of at least 8 characters).
        store: Directory of the embedded store, or URL of a SPARQL endpoint.

    Returns:
        The full ids removed.

    Raises:
        KGError: an id matches no document, or more than one.
    """
    from kg.rdf import document_iri
    from kg.store import open_store

    removed = []
    with open_store(store, create=False) as target:
        prefix = namespaces(target.base_iri).kgd
        known = [iri[len(prefix) :] for iri in target.graphs() if iri.startswith(prefix)]
        for doc_id in doc_ids:
            full = _match_id(doc_id, known)
            target.remove_graph(namespaces(target.base_iri).rebase(str(document_iri(full))))
            removed.append(full)
    return removed


def serve(
    *,
    store: str | Path = DEFAULT_STORE,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    views: str | Path | None = None,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint with a query page and views.

    Args:
        store: Directory of the embedded store, or URL of a SPARQL endpoint.
        host: Address to bind; the default serves this machine only.
        port: Port to listen on.
        allow_update: Accept SPARQL updates (read-only otherwise: 403).
        timeout: Seconds after which a query is stopped.
        max_rows: Most rows (or triples) an answer carries; the cap is stated.
        views: A directory of ``kg view`` pages to serve under ``/views/``.
    """
    from kg.server import serve as run_server

    run_server(
        store,
        host=host,
        port=port,
        allow_update=allow_update,
        timeout=timeout,
        max_rows=max_rows,
        views_dir=views,
    )


def _unique(documents: Iterable[Document]) -> Iterator[Document]:
    """Drop repeats of a document already seen in this run."""
    seen: set[str] = set()
    for document in documents:
        if document.id not in seen:
            seen.add(document.id)
            yield document


def _match_id(doc_id: str, known: list[str]) -> str:
    """The one known document id that ``doc_id`` names (in full or by prefix)."""
    if doc_id in known:
        return doc_id
    matches = [k for k in known if len(doc_id) >= 8 and k.startswith(doc_id)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise KGError(f"document id {doc_id!r} is ambiguous ({len(matches)} documents); give more characters")
    raise KGError(
        f"no document {doc_id!r} in the store; list them with: kg query 'SELECT ?d WHERE {{ ?d a kg:Document }}'"
    )
