"""Where the graph lives: an embedded Oxigraph store on disk, or a remote SPARQL endpoint.

:func:`open_store` is the one entry point. Both kinds of store answer the same
methods and return the same :class:`Result` from :meth:`Store.query`, so the
query, view and server code never ask which one they hold.

One named graph per document (``docs/graph-model.md``): :meth:`Store.add_graph`
replaces a document's graph in a single transaction, :meth:`Store.add_graphs`
writes a batch of new ones all or nothing (the embedded store with Oxigraph's
bulk loader), and queries see the union of all named graphs.

Concurrency of the embedded store: one writer *or* any number of readers, across
processes. Oxigraph (RocksDB) already refuses a second writer; a read-only
instance opened while another process writes is undefined behaviour, so
``kg.lock`` in the store directory carries an advisory lock: exclusive for a
writer, shared for readers.
"""
from __future__ import annotations

import fcntl
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Union

from kg.errors import QueryError, StoreError

if TYPE_CHECKING:
    import pyoxigraph

    Term = Union[pyoxigraph.NamedNode, pyoxigraph.BlankNode, pyoxigraph.Literal, pyoxigraph.Triple]

#: Quads written to the embedded store between two flushes of its memtables.
FLUSH_QUADS = 100_000

#: Name of the advisory lock file inside an embedded store directory.
LOCK_FILE = "kg.lock"

#: Names of the graphs a bulk load is writing, inside an embedded store
#: directory; present only while the load runs, or after it was cut short.
PENDING_FILE = "kg.pending"

#: Export formats of :meth:`Store.dump`, by the name users give.
DUMP_FORMATS = ("nq", "trig", "nt", "ttl", "jsonld", "rdfxml")

_DUMP_ALIASES = {
    "nquads": "nq", "n-quads": "nq", "ntriples": "nt", "n-triples": "nt", "turtle": "ttl",
    "json-ld": "jsonld", "xml": "rdfxml", "rdf": "rdfxml", "rdf/xml": "rdfxml",
}


@dataclass
class Result:
    """The materialized answer of a SPARQL query, the same for every kind of store.

    Attributes:
        kind: ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT and DESCRIBE).
        names: The projected variable names of a SELECT, in order, without ``?``
            (also as :attr:`variables`, which only SELECT results have, as in pyoxigraph).
        rows: One tuple of pyoxigraph terms per solution, aligned with ``names``;
            ``None`` where a variable is unbound.
        boolean: The answer of an ASK, else ``None``.
        triples: The pyoxigraph ``Triple`` objects of a CONSTRUCT or DESCRIBE.
        truncated: Whether rows or triples were cut at ``limit``.
        limit: The cap that applied, if any.
    """

    kind: Literal["select", "ask", "graph"]
    names: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[pyoxigraph.Triple] = field(default_factory=list)
    truncated: bool = False
    limit: int | None = None

    @property
    def variables(self) -> list[str]:
        """The projected variable names; only SELECT results have them, as in pyoxigraph."""
        if self.kind != "select":
            raise AttributeError(f"a {self.kind.upper()} result has no variables")
        return self.names

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ask" else len(self) > 0

    def __iter__(self) -> Iterator[Any]:
        """Yield one ``{variable: term}`` dict per solution (bound variables only), or the triples."""
        if self.kind == "graph":
            yield from self.triples
        else:
            for row in self.rows:
                yield {v: t for v, t in zip(self.names, row) if t is not None}


class Store(ABC):
    """A knowledge-graph store: one named graph per document, queried as their union.

    Use as a context manager, or call :meth:`close`.
    """

    location: str
    read_only: bool

    @abstractmethod
    def has_document(self, doc_iri: str) -> bool:
        """Whether the store holds the named graph of this document."""

    @abstractmethod
    def add_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace the content of a named graph with these N-Triples, atomically.

        Readers see either the old graph or the new one, never a mix; a process
        killed midway leaves the old graph.

        Raises:
            StoreError: the store is read-only, the IRI or the N-Triples are invalid.
        """

    def add_graphs(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        """Write several named graphs, each as :meth:`add_graph` would.

        Stores that can write them all at once do so (a kill midway then
        leaves none of them); others write them one by one.
        """
        for graph_iri, ntriples in graphs:
            self.add_graph(graph_iri, ntriples)

    @abstractmethod
    def remove_graph(self, graph_iri: str) -> None:
        """Drop a named graph (nothing happens if it is not there)."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        prefixes: Mapping[str, str] | None = None,
        substitutions: Mapping[str, Term] | None = None,
        deadline: float | None = None,
        dataset: tuple[list[str], list[str]] | None = None,
    ) -> Result:
        """Run a SPARQL 1.1 query over the union of the named graphs.

        Args:
            sparql: The query text.
            timeout: Seconds after which the query is stopped (``QueryError``).
            limit: Keep at most this many rows or triples; ``Result.truncated`` says so.
            prefixes: Prefixes usable without being declared in the query.
            substitutions: Variables bound before evaluation (name without ``?`` → term).
            deadline: A ``time.monotonic()`` instant checked between rows in the
                calling thread, for callers that keep the wall-clock limit
                themselves (the server); no extra thread.
            dataset: The SPARQL Protocol's ``(default-graph-uri list, named-graph-uri
                list)``, replacing the union of named graphs for this query.

        Raises:
            QueryError: the query is malformed or ran past ``timeout``.
            StoreError: the store cannot be read.
        """

    @abstractmethod
    def update(self, sparql_update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Run a SPARQL 1.1 update in one transaction."""

    @abstractmethod
    def _quads(self) -> Iterable[pyoxigraph.Quad]:
        """Every quad of the named graphs (dump source)."""

    def dump(self, format: str = "nq") -> bytes:
        """Serialize the whole store, deterministically: same graph, same bytes.

        Blank nodes are canonicalized (RDFC-1.0) and statements sorted, so two
        stores holding the same graphs dump identical bytes.

        Args:
            format: One of ``nq``, ``trig``, ``nt``, ``ttl``, ``jsonld``, ``rdfxml``;
                triple formats merge the named graphs.

        Raises:
            StoreError: the format is unknown.
        """
        import pyoxigraph as ox

        fmt = _DUMP_ALIASES.get(format.lower(), format.lower())
        if fmt not in DUMP_FORMATS:
            raise StoreError(f"unknown export format {format!r}; use one of {', '.join(DUMP_FORMATS)}")
        dataset = ox.Dataset(self._quads())
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        quads = sorted(dataset, key=_quad_key)
        if fmt == "nq":
            return "".join(f"{q} .\n" for q in quads).encode("utf-8")
        triples = sorted({q.triple for q in quads}, key=_triple_key)
        if fmt == "nt":
            return "".join(f"{t} .\n" for t in triples).encode("utf-8")
        prefixes = project_prefixes()
        if fmt == "trig":
            return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
        if fmt == "ttl":
            return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        if fmt == "rdfxml":
            from kg.sparql import xml_safe

            return xml_safe(ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=prefixes))
        return ox.serialize(quads, format=ox.RdfFormat.JSON_LD, prefixes=prefixes)

    def close(self) -> None:
        """Release the store; later calls raise ``StoreError``."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(location: str | Path = "kg-store", *, create: bool = True, read_only: bool = False) -> Store:
    """Open the embedded store in a directory, or a remote SPARQL endpoint by URL.

    Args:
        location: A directory (created when missing and ``create``), or an
            ``http(s)://`` URL of a SPARQL 1.1 query endpoint; its update endpoint
            is the same URL, or ``…/update`` when the URL ends with ``/query``.
        create: Create the directory when it does not exist.
        read_only: Open for reading only; other readers may open it at the same time.

    Raises:
        StoreError: no store there, or another process is writing it.
    """
    text = str(location)
    if text.startswith(("http://", "https://")):
        return RemoteStore(text, read_only=read_only)
    return EmbeddedStore(Path(location), create=create, read_only=read_only)


class EmbeddedStore(Store):
    """An Oxigraph store in a directory, opened by one writer or many readers."""

    def __init__(self, path: Path, *, create: bool = True, read_only: bool = False) -> None:
        import pyoxigraph as ox

        self.location = str(path)
        self.read_only = read_only
        self._unflushed = 0
        self._lock_fd: int | None = None
        exists = (path / "CURRENT").is_file()
        if path.exists() and not path.is_dir():
            raise StoreError(f"store {path} is a file, not a directory; give a directory for --store")
        if not exists:
            if read_only or not create:
                raise StoreError(f"no kg store at {path}; build one first with: kg build FILES --store {path}")
            if path.is_dir() and any(p.name not in (LOCK_FILE, PENDING_FILE) for p in path.iterdir()):
                raise StoreError(f"{path} is not empty and holds no kg store; give an empty or new directory")
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create store directory {path}: {e.strerror}; check the path") from None
        self._lock(path)
        try:
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except (OSError, RuntimeError) as e:
            self._unlock()
            if "lock" in str(e).lower():
                raise StoreError(_IN_USE.format(path=path)) from None
            raise StoreError(f"cannot open store {path}: {_one_line(str(e))}") from None
        if not read_only:
            try:
                self._finish_pending()
            except StoreError:
                self.close()  # release the lock: the caller gets no store to close
                raise

    def _lock(self, path: Path) -> None:
        """Take the advisory lock: exclusive to write, shared to read."""
        lock_path = path / LOCK_FILE
        try:
            self._lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            try:
                self._lock_fd = os.open(lock_path, os.O_RDONLY)
            except OSError:
                self._lock_fd = None  # read-only medium nobody can write to: nothing to guard
                return
        try:
            fcntl.flock(self._lock_fd, (fcntl.LOCK_SH if self.read_only else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            self._unlock()
            raise StoreError(_IN_USE.format(path=path)) from None

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    @property
    def oxigraph(self) -> pyoxigraph.Store:
        """The underlying ``pyoxigraph.Store``, for lazy iteration and bulk work."""
        return self._open()

    def _open(self) -> pyoxigraph.Store:
        store = getattr(self, "_store", None)
        if store is None:
            raise StoreError(f"store {self.location} is closed; open it again with open_store()")
        return store

    def _writable(self) -> pyoxigraph.Store:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only; open it without read_only to write")
        return self._open()

    def has_document(self, doc_iri: str) -> bool:
        return self._open().contains_named_graph(_named_node(doc_iri))

    def add_graph(self, graph_iri: str, ntriples: bytes) -> None:
        store = self._writable()
        node = _named_node(graph_iri)
        # One SPARQL update is one transaction: DROP and INSERT commit together.
        update = f"DROP SILENT GRAPH {node} ;\nCREATE SILENT GRAPH {node} ;\n{_insert_data(node, ntriples)}"
        try:
            store.update(update)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"cannot write graph {graph_iri} to {self.location}: {_one_line(str(e))}") from None

    def add_graphs(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        store = self._writable()
        new: list[tuple[str, bytes]] = []
        for graph_iri, ntriples in graphs:
            if store.contains_named_graph(_named_node(graph_iri)):
                self.add_graph(graph_iri, ntriples)  # a replacement: DROP and INSERT together
            else:
                new.append((graph_iri, ntriples))
        if not new:
            return
        if any(b"_:" in ntriples for _, ntriples in new):
            # Blank node labels are scoped to one graph's text: parse each
            # apart, and write them in one transaction.
            try:
                store.extend([quad for graph_iri, ntriples in new for quad in _quads(graph_iri, ntriples)])
            except SyntaxError:
                self._raise_syntax_error(new)
            except OSError as e:
                raise StoreError(f"cannot write to {self.location}: {_one_line(str(e))}") from None
            self._unflushed += sum(ntriples.count(b"\n") for _, ntriples in new)
            if self._unflushed >= FLUSH_QUADS:
                # RocksDB keeps transactions in memtables until they are
                # flushed: without this, a long build's memory keeps growing.
                try:
                    store.flush()
                except OSError as e:
                    raise StoreError(f"cannot write to {self.location}: {_one_line(str(e))}") from None
                self._unflushed = 0
            return
        self._bulk_load(new)

    def _bulk_load(self, graphs: list[tuple[str, bytes]]) -> None:
        """Write new graphs with Oxigraph's bulk loader, all or nothing.

        The bulk loader writes sorted files that RocksDB takes in whole,
        without its log and memtables: about twice as fast as a transaction
        (``bench/throughput.py``), and Oxigraph commits them in one step. It
        does not promise to, though, so the graph names are first written to
        :data:`PENDING_FILE`: if the process dies before the load is done,
        the next writer to open the store removes whatever of those graphs
        got in (:meth:`_finish_pending`), and the same build writes them again.
        """
        import pyoxigraph as ox

        store = self._writable()
        # N-Triples to N-Quads: every line ends with " .\n" (a newline inside
        # a literal is escaped), so the graph name goes before it; Oxigraph
        # parses the whole batch without Python objects.
        quads = b"".join(ntriples.replace(b" .\n", f" <{graph_iri}> .\n".encode()) for graph_iri, ntriples in graphs)
        pending = Path(self.location) / PENDING_FILE
        try:
            # Written aside, then renamed: a process killed while writing the
            # names leaves no half list under the name the next writer reads.
            partial = pending.with_name(PENDING_FILE + ".partial")
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                os.write(fd, "".join(f"{graph_iri}\n" for graph_iri, _ in graphs).encode())
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(partial, pending)
            store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
        except SyntaxError:
            self._finish_pending()  # undo whatever got in
            self._raise_syntax_error(graphs)
        except OSError as e:
            raise StoreError(f"cannot write to {self.location}: {_one_line(str(e))}") from None
        pending.unlink()

    def _finish_pending(self) -> None:
        """Remove the graphs of a bulk load that was cut short, if any."""
        pending = Path(self.location) / PENDING_FILE
        pending.with_name(PENDING_FILE + ".partial").unlink(missing_ok=True)  # its load never started
        try:
            names = pending.read_text(encoding="utf-8").split()
        except FileNotFoundError:
            return
        except OSError as e:
            raise StoreError(f"cannot read {pending}: {e.strerror}; check its permissions") from None
        nodes = [_named_node(name) for name in names]
        try:
            if nodes:
                # One update, one transaction.
                self._writable().update(" ;\n".join(f"DROP SILENT GRAPH {node}" for node in nodes))
            pending.unlink()
        except OSError as e:
            raise StoreError(f"cannot repair {self.location}: {_one_line(str(e))}") from None

    def _raise_syntax_error(self, graphs: list[tuple[str, bytes]]) -> None:
        """Raise StoreError naming the first graph whose N-Triples do not parse."""
        for graph_iri, ntriples in graphs:
            try:
                list(_quads(graph_iri, ntriples))
            except SyntaxError as e:
                raise StoreError(f"cannot write graph {graph_iri} to {self.location}: {_one_line(str(e))}") from None
        raise StoreError(f"cannot write to {self.location}: the data does not parse")

    def remove_graph(self, graph_iri: str) -> None:
        store = self._writable()
        node = _named_node(graph_iri)
        try:
            if store.contains_named_graph(node):
                store.remove_graph(node)
        except OSError as e:
            raise StoreError(f"cannot remove graph {graph_iri} from {self.location}: {e}") from None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._open().named_graphs() if hasattr(g, "value") and not _is_blank(g))

    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        prefixes: Mapping[str, str] | None = None,
        substitutions: Mapping[str, Term] | None = None,
        deadline: float | None = None,
        dataset: tuple[list[str], list[str]] | None = None,
    ) -> Result:
        import pyoxigraph as ox

        store = self._open()
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()} or None
        options: dict[str, Any] = {"prefixes": dict(prefixes) if prefixes else None}
        if dataset is None:
            options["use_default_graph_as_union"] = True
        else:
            defaults, named = dataset
            options["default_graph"] = [_named_node(g) for g in defaults] or None
            options["named_graphs"] = [_named_node(g) for g in named] or None
            if not defaults:
                options["use_default_graph_as_union"] = True

        def run() -> Any:
            text, bindings = sparql, subs
            try:
                try:
                    return store.query(text, substitutions=bindings, **options)
                except RuntimeError as e:
                    if not bindings or "does not contains variable" not in str(e):
                        raise QueryError(f"cannot run the query: {_one_line(str(e))}") from None
                # Oxigraph substitutes only projected variables: join the others as VALUES.
                text, bindings = _with_values(sparql, substitutions or {}), None
                return store.query(text, **options)
            except SyntaxError as e:
                raise QueryError(syntax_message(str(e), text)) from None

        return collect(run, timeout=timeout, limit=limit, deadline=deadline)

    def update(self, sparql_update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        store = self._writable()
        try:
            store.update(sparql_update, prefixes=dict(prefixes) if prefixes else None)
        except SyntaxError as e:
            raise QueryError(syntax_message(str(e), sparql_update)) from None
        except OSError as e:
            raise StoreError(f"cannot update store {self.location}: {_one_line(str(e))}") from None

    def _quads(self) -> Iterable[pyoxigraph.Quad]:
        import pyoxigraph as ox

        return (q for q in self._open() if not isinstance(q.graph_name, ox.DefaultGraph))

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            if not self.read_only:
                try:
                    store.flush()
                except OSError:
                    pass
            self._store = None
            del store
        self._unlock()

    def __repr__(self) -> str:
        return f"EmbeddedStore({self.location!r}, read_only={self.read_only})"


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint (query + update), e.g. ``oxigraph serve`` or ``kg serve --allow-update``.

    Queries ask for the union of named graphs with Oxigraph's
    ``union-default-graph`` parameter, which other servers ignore.
    """

    def __init__(self, url: str, *, read_only: bool = False, update_url: str | None = None) -> None:
        self.location = url
        self.read_only = read_only
        parts = urllib.parse.urlsplit(url)
        path = parts.path
        if path in ("", "/"):
            query_path, update_path = "/query", "/update"
        elif path.endswith("/query"):
            query_path, update_path = path, path[: -len("query")] + "update"
        else:
            query_path = update_path = path
        self.query_url = urllib.parse.urlunsplit(parts._replace(path=query_path))
        self.update_url = update_url or urllib.parse.urlunsplit(parts._replace(path=update_path))
        self._closed = False

    def _post(self, url: str, data: Any, accept: str, timeout: float | None) -> tuple[str, bytes]:
        if self._closed:
            raise StoreError(f"store {self.location} is closed; open it again with open_store()")
        body = urllib.parse.urlencode(data).encode("utf-8")
        request = urllib.request.Request(
            url,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout if timeout else 300) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as e:
            message = _one_line(e.read().decode("utf-8", "replace"))[:500] or e.reason
            if e.code == 400:
                raise QueryError(f"{url} rejected the request: {message}") from None
            if e.code in (503, 504) or "timeout" in message.lower():
                raise QueryError(f"query stopped by {url} (timeout): {message}") from None
            raise StoreError(f"{url} answered HTTP {e.code}: {message}") from None
        except TimeoutError:
            raise QueryError(f"query stopped after {timeout:g} s (timeout); narrow it or raise the timeout") from None
        except urllib.error.URLError as e:
            if isinstance(e.reason, TimeoutError):
                raise QueryError(f"query stopped after {timeout:g} s (timeout); narrow it or raise the timeout") from None
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {e.reason}; start it or check the URL") from None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only; open it without read_only to write")

    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        prefixes: Mapping[str, str] | None = None,
        substitutions: Mapping[str, Term] | None = None,
        deadline: float | None = None,
        dataset: tuple[list[str], list[str]] | None = None,
    ) -> Result:
        import pyoxigraph as ox

        text = _with_values(_with_prefixes(sparql, prefixes), substitutions or {})
        if deadline is not None:
            left = deadline - time.monotonic()
            timeout = left if timeout is None else min(timeout, left)
            if timeout <= 0:
                raise QueryError("query stopped (timeout) before it was sent; raise the timeout")
        data: list[tuple[str, str]] = [("query", text)]
        if dataset is None:
            data.append(("union-default-graph", ""))
        else:
            data += [("default-graph-uri", _named_node(g).value) for g in dataset[0]]
            data += [("named-graph-uri", _named_node(g).value) for g in dataset[1]]
            if not dataset[0]:
                data.append(("union-default-graph", ""))
        content_type, body = self._post(
            self.query_url,
            data,
            "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
            timeout,
        )

        def run() -> Any:
            # pyoxigraph results belong to the thread that made them: parse where they are read.
            try:
                if content_type in ("application/sparql-results+json", "application/json"):
                    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
                if content_type == "application/sparql-results+xml":
                    return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
                rdf_format = ox.RdfFormat.from_media_type(content_type)
                if rdf_format is None:
                    raise StoreError(f"{self.query_url} answered {content_type}, not SPARQL results; check the URL")
                return (q.triple for q in ox.parse(body, format=rdf_format))
            except (SyntaxError, ValueError) as e:
                raise StoreError(f"{self.query_url} sent unreadable results: {_one_line(str(e))}") from None

        return collect(run, limit=limit)  # the answer is here: reading it is bounded

    def update(self, sparql_update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        self._writable()
        self._post(self.update_url, {"update": _with_prefixes(sparql_update, prefixes)}, "*/*", None)

    def has_document(self, doc_iri: str) -> bool:
        node = _named_node(doc_iri)
        return bool(self.query(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}").boolean)

    def add_graph(self, graph_iri: str, ntriples: bytes) -> None:
        self._writable()
        node = _named_node(graph_iri)
        self.update(f"DROP SILENT GRAPH {node} ;\nCREATE SILENT GRAPH {node} ;\n{_insert_data(node, ntriples)}")

    def remove_graph(self, graph_iri: str) -> None:
        self._writable()
        self.update(f"DROP SILENT GRAPH {_named_node(graph_iri)}")

    def graphs(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0].value for row in result.rows if row[0] is not None and not _is_blank(row[0]))

    def _quads(self) -> Iterable[pyoxigraph.Quad]:
        import pyoxigraph as ox

        result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return (ox.Quad(s, p, o, g) for s, p, o, g in result.rows)

    def close(self) -> None:
        self._closed = True

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, read_only={self.read_only})"


def collect(
    run: Callable[[], Any],
    *,
    timeout: float | None = None,
    limit: int | None = None,
    deadline: float | None = None,
) -> Result:
    """Run a pyoxigraph query and read its result into a :class:`Result`, within a deadline and a cap.

    Evaluation is lazy: the work happens while iterating, so with a timeout a
    worker thread runs the query (pyoxigraph results stay in the thread that made
    them), iterates, and checks the deadline at every solution. pyoxigraph cannot
    cancel a query: one step that never yields (ORDER BY over a huge join) keeps
    its thread busy until it returns, but the caller gets its error on time.

    Args:
        run: Returns the pyoxigraph result (``QuerySolutions``, ``QueryBoolean``,
            or an iterable of ``Triple``).

        deadline: Instead of a timeout, a ``time.monotonic()`` instant checked
            between rows in this thread.

    Raises:
        QueryError: ``timeout`` seconds passed, or ``run`` raised it.
    """
    if timeout is None:
        try:
            return _read(run(), limit, deadline, threading.Event())
        except _Expired:
            raise QueryError(_TIMEOUT.format(timeout="at its deadline")) from None
        except OSError as e:
            raise StoreError(f"cannot read the store: {_one_line(str(e))}") from None
    deadline = time.monotonic() + timeout
    box: dict[str, Any] = {}
    stop = threading.Event()

    def work() -> None:
        try:
            box["result"] = _read(run(), limit, deadline, stop)
        except BaseException as e:  # handed to the caller's thread
            # Without its traceback: the frames hold pyoxigraph results, which must die in this thread.
            box["error"] = e.with_traceback(None)
            e.__context__ = e.__cause__ = None

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive() or isinstance(box.get("error"), _Expired):
        stop.set()
        raise QueryError(_TIMEOUT.format(timeout=f"after {timeout:g} s"))
    if "error" in box:
        error = box["error"]
        if isinstance(error, OSError):
            raise StoreError(f"cannot read the store: {_one_line(str(error))}") from None
        raise error
    return box["result"]


class _Expired(Exception):
    """Raised inside the collecting thread when the deadline passes."""


def _read(raw: Any, limit: int | None, deadline: float | None, stop: threading.Event) -> Result:
    """Iterate a lazy result up to ``limit`` items, checking the deadline (worker thread)."""
    import pyoxigraph as ox

    if isinstance(raw, ox.QueryBoolean):
        return Result("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        result = Result("select", names=variables, limit=limit)
        width = range(len(variables))
        rows = result.rows
        for solution in raw:
            if limit is not None and len(rows) >= limit:
                result.truncated = True
                break
            rows.append(tuple(solution[i] for i in width))
            if deadline is not None and (stop.is_set() or time.monotonic() > deadline):
                raise _Expired()
        return result
    result = Result("graph", limit=limit)
    for triple in raw:
        if limit is not None and len(result.triples) >= limit:
            result.truncated = True
            break
        result.triples.append(triple)
        if deadline is not None and (stop.is_set() or time.monotonic() > deadline):
            raise _Expired()
    return result


def syntax_message(message: str, text: str) -> str:
    """A parser error as one line: ``line L, column C: …``, the expected-token list shortened."""
    import re

    message = _one_line(message)
    match = re.match(r"error at (\d+):(\d+): (.*)", message)
    if match is None:
        match_offset = re.search(r"(?:offset|position) (\d+)", message)
        if match_offset is not None:
            offset = int(match_offset.group(1))
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            return f"line {line}, column {column}: {message}"
        return message
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3)
    if "Prefix not found" in detail:
        lines = text.split("\n")
        prefix = ""
        if 0 < line <= len(lines):
            before = lines[line - 1][: max(column - 1, 0)]
            found = re.search(r"([A-Za-z][\w.-]*)?:[^\s:]*$", before)
            prefix = found.group(1) or "" if found else ""
        return (
            f"line {line}, column {column}: unknown prefix {prefix + ':'!r}; "
            f"declare it with PREFIX {prefix}: <…> or use a project prefix ({', '.join(sorted(project_prefixes()))})"
        )
    if len(detail) > 160:
        detail = detail[:160].rsplit(",", 1)[0] + ", …"
    return f"line {line}, column {column}: {detail}"


_TIMEOUT = "query stopped {timeout} (timeout); narrow it (LIMIT, filters) or raise the timeout"
_IN_USE = "store {path} is in use by another kg process; wait for it to finish"


def project_prefixes() -> dict[str, str]:
    """The project's prefixes (``kg.rdf.PREFIXES``), or none while it is missing."""
    try:
        from kg.namespaces import PREFIXES
    except ImportError:
        return {}
    return dict(PREFIXES)


def _with_prefixes(text: str, prefixes: Mapping[str, str] | None) -> str:
    """Prepend PREFIX lines the text does not declare itself (on one line, keeping line numbers close)."""
    import re

    if not prefixes:
        return text
    declared = {m.group(1) or "" for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", text)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in prefixes.items() if p not in declared]
    return (" ".join(missing) + "\n" + text) if missing else text


def _with_values(text: str, substitutions: Mapping[str, Term]) -> str:
    """The query with a trailing ``VALUES`` row binding the substituted variables."""
    if not substitutions:
        return text
    names = " ".join(f"?{k}" for k in substitutions)
    values = " ".join(str(v) for v in substitutions.values())
    return f"{text}\nVALUES ({names}) {{ ({values}) }}"


def _named_node(iri: str) -> pyoxigraph.NamedNode:
    import pyoxigraph as ox

    try:
        return ox.NamedNode(iri)
    except (ValueError, TypeError):
        raise StoreError(f"invalid graph IRI {iri!r}; give an absolute IRI like https://kg.example/id/doc/…") from None


def _quads(graph_iri: str, ntriples: bytes) -> Iterator[pyoxigraph.Quad]:
    """The triples of ``ntriples`` in the named graph ``graph_iri`` (raises ``SyntaxError``)."""
    import pyoxigraph as ox

    graph = _named_node(graph_iri)
    # Renamed: a label like _:b0 means one node within this text only.
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def _insert_data(graph: pyoxigraph.NamedNode, ntriples: bytes) -> str:
    """An INSERT DATA of validated N-Triples into ``graph`` (terms re-serialized by Oxigraph)."""
    import pyoxigraph as ox

    try:
        quads = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    except SyntaxError as e:
        raise StoreError(f"invalid N-Triples for graph {graph.value}: {_one_line(str(e))}") from None
    return f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


def _is_blank(term: Any) -> bool:
    import pyoxigraph as ox

    return isinstance(term, ox.BlankNode)


def _term_key(term: Any) -> tuple[int, str]:
    import pyoxigraph as ox

    order = 0 if isinstance(term, ox.NamedNode) else 1 if isinstance(term, ox.BlankNode) else 2
    return order, str(term)


def _triple_key(t: pyoxigraph.Triple) -> tuple[Any, ...]:
    return _term_key(t.subject), _term_key(t.predicate), _term_key(t.object)


def _quad_key(q: pyoxigraph.Quad) -> tuple[Any, ...]:
    return (str(q.graph_name),) + _triple_key(q.triple)


def _one_line(text: str) -> str:
    return " ".join(text.split())


__all__ = ["DUMP_FORMATS", "EmbeddedStore", "RemoteStore", "Result", "Store", "collect", "open_store"]
