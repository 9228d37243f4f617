"""The embedded store: Oxigraph on disk, one writer at a time, each batch loaded all or nothing.

Batches of new documents go in with Oxigraph's bulk loader; their graph names
are first written to :data:`PENDING_FILE`, so that the next writer removes
what an interrupted load let in. A lock file keeps a second writer out.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError, StoreError
from kg.rdfio import write_results
from kg.store.base import (
    _IN_USE,
    Result,
    Store,
    _insert_data,
    _is_blank,
    _named_node,
    _one_line,
    _with_values,
    collect,
    syntax_message,
)
from kg.store.dataset import needs_dataset, query_names_dataset, update_names_dataset, with_dataset

if TYPE_CHECKING:
    import pyoxigraph

    from kg.store.base import Term


#: Quads written to the embedded store between two flushes of its memtables.
FLUSH_QUADS = 100_000


#: Name of the advisory lock file inside an embedded store directory.
LOCK_FILE = "kg.lock"


#: Settings kept with an embedded store (its base IRI), as JSON, inside its directory.
SETTINGS_FILE = "kg.json"


#: Names of the graphs a bulk load is writing, inside an embedded store
#: directory; present only while the load runs, or after it was cut short.
PENDING_FILE = "kg.pending"


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
            if path.is_dir() and any(p.name not in (LOCK_FILE, PENDING_FILE, SETTINGS_FILE) for p in path.iterdir()):
                raise StoreError(f"{path} is not empty and holds no kg store; give an empty or new directory")
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create store directory {path}: {e.strerror}; check the path") from None
        self._lock(path)
        try:
            self._store: pyoxigraph.Store | None = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
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

    def recorded_base_iri(self) -> str | None:
        settings = Path(self.location) / SETTINGS_FILE
        try:
            recorded = json.loads(settings.read_text(encoding="utf-8")).get("base_iri")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, AttributeError) as e:
            raise StoreError(f"cannot read {settings}: {e}; it holds the store's base IRI as JSON") from None
        return str(recorded) if recorded else None

    def record_base_iri(self, base: str) -> None:
        self._writable()
        settings = Path(self.location) / SETTINGS_FILE
        partial = settings.with_suffix(".json.partial")
        try:
            partial.write_text(json.dumps({"base_iri": base}, indent=2) + "\n", encoding="utf-8")
            os.replace(partial, settings)
        except OSError as e:
            raise StoreError(f"cannot write {settings}: {e.strerror}") from None

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
        base_iri: str | None = None,
    ) -> Result:
        import pyoxigraph as ox

        store = self._open()
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()} or None
        options = _query_options(sparql, prefixes, dataset, base_iri)

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

    def write_answer(
        self,
        sparql: str,
        fmt: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        base_iri: str | None = None,
    ) -> bytes | None:
        import pyoxigraph as ox

        store = self._open()
        try:
            raw = store.query(sparql, **_query_options(sparql, prefixes, None, base_iri))
        except SyntaxError as e:
            raise QueryError(syntax_message(str(e), sparql)) from None
        except OSError as e:
            raise StoreError(f"cannot read store {self.location}: {e}") from None
        if not isinstance(raw, (ox.QuerySolutions, ox.QueryBoolean)):
            return None
        return write_results(raw, fmt)

    def update(
        self,
        sparql_update: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        using: tuple[list[str], list[str]] | None = None,
        base_iri: str | None = None,
    ) -> None:
        store = self._writable()
        if using is not None:
            if update_names_dataset(sparql_update):
                raise QueryError(
                    "the update names its dataset (USING or WITH) and so do using-graph-uri / "
                    "using-named-graph-uri; give one or the other"
                )
            text = with_dataset(sparql_update, *using)
        elif needs_dataset(sparql_update):
            # Each WHERE that names no dataset of its own reads what a query reads:
            # every document graph, as default and as named graphs.
            graphs = self.graphs()
            text = with_dataset(sparql_update, graphs, graphs)
        else:
            text = sparql_update
        try:
            store.update(text, prefixes=dict(prefixes) if prefixes else None, base_iri=base_iri)
        except SyntaxError as e:
            raise QueryError(syntax_message(str(e), sparql_update)) from None
        except OSError as e:
            raise StoreError(f"cannot update store {self.location}: {_one_line(str(e))}") from None

    def read_graph(self, graph_iri: str | None) -> list[pyoxigraph.Triple] | None:
        import pyoxigraph as ox

        store = self._open()
        node = _named_node(graph_iri) if graph_iri else ox.DefaultGraph()
        if isinstance(node, ox.NamedNode) and not store.contains_named_graph(node):
            return None
        return [quad.triple for quad in store.quads_for_pattern(None, None, None, node)]

    def _quads(self) -> Iterable[pyoxigraph.Quad]:
        import pyoxigraph as ox

        return (q for q in self._open() if not isinstance(q.graph_name, ox.DefaultGraph))

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            if not self.read_only:
                with contextlib.suppress(OSError):
                    store.flush()
            self._store = None
            del store
        self._unlock()

    def __repr__(self) -> str:
        return f"EmbeddedStore({self.location!r}, read_only={self.read_only})"


def _quads(graph_iri: str, ntriples: bytes) -> Iterator[pyoxigraph.Quad]:
    """The triples of ``ntriples`` in the named graph ``graph_iri`` (raises ``SyntaxError``)."""
    import pyoxigraph as ox

    graph = _named_node(graph_iri)
    # Renamed: a label like _:b0 means one node within this text only.
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def _query_options(
    sparql: str,
    prefixes: Mapping[str, str] | None,
    dataset: tuple[list[str], list[str]] | None,
    base_iri: str | None,
) -> dict[str, Any]:
    """pyoxigraph's query options: the protocol's dataset, else the query's own, else the union."""
    options: dict[str, Any] = {"prefixes": dict(prefixes) if prefixes else None, "base_iri": base_iri}
    if dataset is not None:
        defaults, named = dataset
        # An empty list is an empty default graph (or no named graphs), as the protocol says.
        options["default_graph"] = [_named_node(g) for g in defaults]
        options["named_graphs"] = [_named_node(g) for g in named]
    elif not query_names_dataset(sparql):
        options["use_default_graph_as_union"] = True
    return options
