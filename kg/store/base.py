"""The store's interface, and what every store shares: results, timeouts, row caps, error messages.

A :class:`Store` holds one named graph per document and answers SPARQL over
their union; :class:`Result` is a query's answer, read in a worker thread
so that a timeout stops it and a row cap cuts it (:func:`collect`).
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from kg.errors import QueryError, StoreError
from kg.namespaces import DEFAULT_BASE, PREFIXES, namespaces
from kg.rdfio import QUAD_FORMATS, write_quads, write_triples
from kg.store.dataset import query_form

if TYPE_CHECKING:
    import pyoxigraph

    #: A term of a result row.
    Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple

#: Export formats of :meth:`Store.dump`, by the name users give.
DUMP_FORMATS = ("nq", "trig", "nt", "ttl", "jsonld", "rdfxml")


_DUMP_ALIASES = {
    "nquads": "nq",
    "n-quads": "nq",
    "ntriples": "nt",
    "n-triples": "nt",
    "turtle": "ttl",
    "json-ld": "jsonld",
    "xml": "rdfxml",
    "rdf": "rdfxml",
    "rdf/xml": "rdfxml",
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
    #: The prefixes the query was read with (those of the store's base), for showing IRIs short.
    prefixes: dict[str, str] | None = None

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
    #: A base IRI given when the store was opened (a remote store keeps no settings of its own).
    _given_base: str | None = None

    @property
    def base_iri(self) -> str:
        """The base of the IRIs minted in this store: the one it was built with (or opened with), else kg's default."""
        return self.recorded_base_iri() or self._given_base or DEFAULT_BASE

    def recorded_base_iri(self) -> str | None:
        """The base IRI kept with this store, if it keeps one (a remote store keeps none)."""
        return None

    def record_base_iri(self, base: str) -> None:
        """Keep ``base`` as the base of this store's minted IRIs (``kg build --base-iri``)."""
        self._given_base = base

    def is_empty(self) -> bool:
        """Whether the store holds no document graph."""
        return not self.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean

    def holds_graphs_outside(self, namespace: str) -> bool:
        """Whether a graph of the store is named outside ``namespace`` (documents minted under another base)."""
        literal = sparql_string(namespace)
        return bool(self.query(f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?g), {literal})) }}").boolean)

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
        base_iri: str | None = None,
    ) -> Result:
        """Run a SPARQL 1.1 query over the union of the named graphs, unless it names its dataset.

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
                Without it, a query's own ``FROM`` / ``FROM NAMED`` do the same;
                with it, they are overridden.
            base_iri: The IRI that relative IRIs of the query resolve against.

        Raises:
            QueryError: the query is malformed or ran past ``timeout``.
            StoreError: the store cannot be read.
        """

    def write_answer(
        self,
        sparql: str,
        fmt: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        base_iri: str | None = None,
    ) -> bytes | None:
        """A SELECT's or ASK's answer, written by the store itself in a W3C results format.

        A store that can write results without building a :class:`Result`
        row by row (the embedded one) does; the others, and a CONSTRUCT or
        DESCRIBE, give ``None``: run :meth:`query` and write its result.
        No row cap or timeout applies: for answers known to be small.

        Args:
            sparql: The query text.
            fmt: ``json``, ``xml``, ``csv`` or ``tsv`` (:data:`kg.rdfio.RESULT_FORMATS`).
            prefixes: Prefixes usable without being declared in the query.
            base_iri: The IRI that relative IRIs of the query resolve against.

        Raises:
            QueryError: the query is malformed.
            StoreError: the store cannot be read.
        """
        return None

    @abstractmethod
    def update(
        self,
        sparql_update: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        using: tuple[list[str], list[str]] | None = None,
        base_iri: str | None = None,
    ) -> None:
        """Run a SPARQL 1.1 update in one transaction.

        The ``WHERE`` of a ``DELETE``/``INSERT`` reads what a query reads, the
        union of the named graphs, unless the operation names its own dataset
        (``USING``, ``WITH``) or ``using`` is given.

        Args:
            sparql_update: The update text.
            prefixes: Prefixes usable without being declared in the update.
            using: The SPARQL Protocol's ``(using-graph-uri list,
                using-named-graph-uri list)``: the dataset of every ``WHERE``.
            base_iri: The IRI that relative IRIs of the update resolve against.

        Raises:
            QueryError: the update is malformed, or names its own dataset
                while ``using`` is given.
            StoreError: the store is read-only or cannot be written.
        """

    # --- one graph at a time (the SPARQL 1.1 Graph Store HTTP Protocol) ---------------------

    def read_graph(self, graph_iri: str | None) -> list[pyoxigraph.Triple] | None:
        """The triples of a named graph (``None`` for the store's default graph), or None if it is absent.

        The default graph is the store's own, which kg leaves empty, not the
        union that queries read.
        """
        where = f"GRAPH {_named_node(graph_iri)} {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
        if graph_iri is not None and not self.query(f"ASK {{ {where} }}", dataset=([], [graph_iri])).boolean:
            return None
        # Sent with no dataset parameters, a remote endpoint reads its own default graph.
        dataset: tuple[list[str], list[str]] = ([], [graph_iri]) if graph_iri else ([], [])
        return self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", dataset=dataset).triples

    def write_graph(self, graph_iri: str | None, triples: Iterable[pyoxigraph.Triple], *, replace: bool) -> bool:
        """Put triples in a named graph (``None``: the default graph), replacing it or adding to it.

        Returns:
            Whether the graph was created (it held no triple before).

        Raises:
            StoreError: the store is read-only or cannot be written.
        """
        # A named graph that exists, even empty, is replaced; the default graph always exists once written to.
        before = self.read_graph(graph_iri)
        created = before is None if graph_iri else not before
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        if graph_iri:
            node = _named_node(graph_iri)
            operations = [f"DROP SILENT GRAPH {node}"] if replace else []
            operations += [f"CREATE SILENT GRAPH {node}", f"INSERT DATA {{ GRAPH {node} {{\n{body}\n}} }}"]
        else:
            operations = ["CLEAR SILENT DEFAULT"] if replace else []
            operations.append(f"INSERT DATA {{\n{body}\n}}")
        # One update is one transaction: a reader sees the old graph or the new one.
        self.update(" ;\n".join(operations))
        return created

    def drop_graph(self, graph_iri: str | None) -> bool:
        """Empty a named graph (``None``: the default graph); whether it held anything."""
        before = self.read_graph(graph_iri)
        existed = before is not None if graph_iri else bool(before)
        if existed:
            self.update(f"DROP SILENT GRAPH {_named_node(graph_iri)}" if graph_iri else "CLEAR SILENT DEFAULT")
        return existed

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
        if fmt in QUAD_FORMATS:
            return write_quads(dataset, fmt, namespaces(self.base_iri).prefixes)
        return write_triples({q.triple for q in dataset}, fmt, namespaces(self.base_iri).prefixes)

    @abstractmethod
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


#: The forms a SPARQL query starts with, and those of an update.
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


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
            f"declare it with PREFIX {prefix}: <…> or use a project prefix ({', '.join(sorted(PREFIXES))})"
        )
    form = query_form(text)
    if form and form not in QUERY_FORMS + UPDATE_FORMS:
        import difflib

        close = difflib.get_close_matches(form, QUERY_FORMS + UPDATE_FORMS, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]}?)" if close else ""
        return (
            f"line {line}, column {column}: {form!r} is not a query form{hint}; a query starts with "
            "SELECT, ASK, CONSTRUCT or DESCRIBE, after any PREFIX and BASE lines"
        )
    listed = re.match(r"expected (?:one of )?(.*)", detail)
    if listed is not None:
        # Keep the words and signs a user can type; drop the parser's character classes.
        items = re.findall(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,\s][^,]*', listed.group(1))
        readable = [i.strip() for i in items if not i.startswith("[") and i.strip() not in ("…", "...")]
        near = _token_at(text, line, column)
        detail = (f"expected {', '.join(readable[:8])}" if readable else "unexpected text") + (
            f" near {near!r}" if near else ""
        )
    elif len(detail) > 160:
        detail = detail[:160].rsplit(",", 1)[0] + ", …"
    return f"line {line}, column {column}: {detail}"


def _token_at(text: str, line: int, column: int) -> str:
    """The word or sign at ``line``, ``column`` (1-based) of ``text``, or "" past its end."""
    import re

    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return ""
    rest = lines[line - 1][max(column - 1, 0) :]
    match = re.match(r"\s*(\w+|\S)", rest)
    return match.group(1) if match else ""


_TIMEOUT = "query stopped {timeout} (timeout); narrow it (LIMIT, filters) or raise the timeout"


_IN_USE = "store {path} is in use by another kg process; wait for it to finish"


def sparql_string(text: str) -> str:
    """``text`` as a SPARQL string literal: quotes, backslashes and line breaks escaped, the rest as it is."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"' + escaped.replace("\t", "\\t") + '"'


def with_prefixes(text: str, prefixes: Mapping[str, str] | None) -> str:
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


def _one_line(text: str) -> str:
    return " ".join(text.split())
