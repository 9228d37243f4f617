"""A SPARQL 1.1 endpoint as the store: queries and updates over HTTP (Oxigraph's server, ``kg serve --allow-update``)."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from kg.errors import QueryError, StoreError
from kg.store.base import (
    Result,
    Store,
    _insert_data,
    _named_node,
    _one_line,
    _with_values,
    collect,
    with_prefixes,
)
from kg.store.dataset import query_names_dataset

if TYPE_CHECKING:
    import pyoxigraph

    from kg.store.base import Term


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
        # The Graph Store HTTP Protocol beside the endpoint: /store on Oxigraph's server and on kg serve.
        self.store_url = urllib.parse.urlunsplit(parts._replace(path="/store", query="", fragment=""))
        self._graph_store = True  # until the endpoint shows it has none
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
                raise QueryError(
                    f"query stopped after {timeout:g} s (timeout); narrow it or raise the timeout"
                ) from None
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {e.reason}; start it or check the URL") from None
        except (OSError, http.client.HTTPException) as e:
            # The connection dropped, or the answer was no HTTP: the endpoint went away mid-request.
            raise StoreError(
                f"SPARQL endpoint {url} broke off the request ({e.__class__.__name__}); is it running?"
            ) from None

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
        base_iri: str | None = None,
    ) -> Result:
        import pyoxigraph as ox

        text = _with_base(_with_values(with_prefixes(sparql, prefixes), substitutions or {}), base_iri)
        if deadline is not None:
            left = deadline - time.monotonic()
            timeout = left if timeout is None else min(timeout, left)
            if timeout <= 0:
                raise QueryError("query stopped (timeout) before it was sent; raise the timeout")
        data: list[tuple[str, str]] = [("query", text)]
        if dataset is None:
            if not query_names_dataset(sparql):
                data.append(("union-default-graph", ""))
        else:
            data += [("default-graph-uri", _named_node(g).value) for g in dataset[0]]
            data += [("named-graph-uri", _named_node(g).value) for g in dataset[1]]
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

    def update(
        self,
        sparql_update: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        using: tuple[list[str], list[str]] | None = None,
        base_iri: str | None = None,
    ) -> None:
        self._writable()
        data = [("update", _with_base(with_prefixes(sparql_update, prefixes), base_iri))]
        if using is not None:
            data += [("using-graph-uri", _named_node(g).value) for g in using[0]]
            data += [("using-named-graph-uri", _named_node(g).value) for g in using[1]]
        self._post(self.update_url, data, "*/*", None)

    def has_document(self, doc_iri: str) -> bool:
        node = _named_node(doc_iri)
        return bool(self.query(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}").boolean)

    def add_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace one graph: a Graph Store Protocol PUT (SPARQL UPDATE where the endpoint has no graph store)."""
        self._writable()
        node = _named_node(graph_iri)
        url = f"{self.store_url}?graph={urllib.parse.quote(node.value, safe='')}"
        if self._graph_store and self._send("PUT", url, ntriples, "application/n-triples"):
            return
        self.update(f"DROP SILENT GRAPH {node} ;\nCREATE SILENT GRAPH {node} ;\n{_insert_data(node, ntriples)}")

    def add_graphs(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        """Replace several graphs: their old content dropped in one update, the new one sent as one N-Quads POST.

        Where the endpoint has no graph store, each is written by :meth:`add_graph`.
        """
        self._writable()
        batch = list(graphs)
        if not batch:
            return
        if not self._graph_store:
            super().add_graphs(batch)
            return
        nquads = b"".join(_as_nquads(_named_node(iri), ntriples) for iri, ntriples in batch)
        self.update(" ;\n".join(f"DROP SILENT GRAPH {_named_node(iri)}" for iri, _ in batch))
        if not self._send("POST", self.store_url, nquads, "application/n-quads"):
            super().add_graphs(batch)

    def _send(self, method: str, url: str, body: bytes, content_type: str) -> bool:
        """Send a graph store request; False (and remembered) when the endpoint has no graph store there."""
        if self._closed:
            raise StoreError(f"store {self.location} is closed; open it again with open_store()")
        request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method=method)
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                response.read()
            return True
        except urllib.error.HTTPError as e:
            if e.code in (404, 405, 501):
                self._graph_store = False
                return False
            message = _one_line(e.read().decode("utf-8", "replace"))[:500] or e.reason
            raise StoreError(f"{url} answered HTTP {e.code}: {message}") from None
        except urllib.error.URLError as e:
            raise StoreError(f"cannot reach graph store {url}: {e.reason}; start it or check the URL") from None
        except TimeoutError:
            raise StoreError(f"graph store {url} did not answer within 300 s; is it running?") from None
        except (OSError, http.client.HTTPException) as e:
            raise StoreError(
                f"graph store {url} broke off the request ({e.__class__.__name__}); is it running?"
            ) from None

    def remove_graph(self, graph_iri: str) -> None:
        self._writable()
        self.update(f"DROP SILENT GRAPH {_named_node(graph_iri)}")

    def graphs(self) -> list[str]:
        import pyoxigraph as ox

        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0].value for row in result.rows if isinstance(row[0], ox.NamedNode))

    def _quads(self) -> Iterable[pyoxigraph.Quad]:
        import pyoxigraph as ox

        result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        # A GRAPH pattern binds every variable of each solution.
        return (ox.Quad(*cast("tuple[Any, Any, Any, Any]", row)) for row in result.rows)

    def close(self) -> None:
        self._closed = True

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, read_only={self.read_only})"


def _with_base(text: str, base_iri: str | None) -> str:
    """``text`` with ``BASE <base_iri>`` first, which a BASE of its own overrides."""
    return text if base_iri is None else f"BASE {_named_node(base_iri)}\n{text}"


def _as_nquads(graph: pyoxigraph.NamedNode, ntriples: bytes) -> bytes:
    """The N-Triples of one graph as N-Quads in that graph (validated; blank nodes kept apart per graph)."""
    import pyoxigraph as ox

    try:
        triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True)
        return "".join(f"{t.subject} {t.predicate} {t.object} {graph} .\n" for t in triples).encode("utf-8")
    except SyntaxError as e:
        raise StoreError(f"invalid N-Triples for graph {graph.value}: {_one_line(str(e))}") from None
