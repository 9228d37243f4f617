"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store``: one graph read, replaced, merged or dropped per request.

A graph is named indirectly (``/store?graph=IRI``, ``/store?default``) or
directly by the request's own URL (``/store/people/1.ttl`` is the graph
``http://HOST/store/people/1.ttl``). GET and HEAD work on every server;
PUT, POST and DELETE need ``--allow-update``, like SPARQL updates. A POST to
``/store`` itself makes a new graph and says where (201 and ``Location``).

The default graph is the store's own, which ``kg build`` leaves empty; the
document graphs are named graphs.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import urllib.parse
import uuid
from typing import TYPE_CHECKING, Any

from kg.errors import KGError
from kg.server.http import CORS, Receive, Scope, Send, _error, _headers, _is_iri, _read_body, _respond
from kg.server.negotiation import FORMAT_TYPES, _HTTPError, _media_type, negotiate

if TYPE_CHECKING:
    from kg.server.protocol import SparqlApp

#: Path of the graph store; graphs named directly live under it.
STORE_PATH = "/store"

#: Media types of a dataset (quads in their graphs), which a POST to ``/store`` itself adds.
QUAD_TYPES = {"application/n-quads": "N_QUADS", "application/trig": "TRIG"}

#: Media types a graph may be sent in → pyoxigraph format names.
INPUT_TYPES = {
    "text/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
}

_ALLOW = b"GET, HEAD, PUT, POST, DELETE, OPTIONS"

#: Largest graph or dataset a request to ``/store`` may carry (a build sends a batch of documents), in bytes.
MAX_GRAPH_BODY = 1 << 30


async def graph_store(app: SparqlApp, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer one Graph Store Protocol request."""
    method = scope["method"]
    if method == "OPTIONS":
        await _respond(send, 204, b"", [*CORS, (b"allow", _ALLOW)])
        return
    if method not in ("GET", "HEAD", "PUT", "POST", "DELETE"):
        await _error(send, 405, f"method {method} is not allowed on {STORE_PATH}", [(b"allow", _ALLOW)])
        return
    headers = _headers(scope)
    base = f"http://{headers.get('host') or 'localhost'}"
    try:
        graph, created_here = _graph_of(scope, base)
    except _HTTPError as e:
        await _error(send, e.status, e.message)
        return
    if method in ("GET", "HEAD"):
        await _read(app, send, graph, headers.get("accept", "*/*"), method == "HEAD")
        return
    if not app.settings.allow_update:
        await _error(send, 403, "this endpoint is read-only; start it with --allow-update to write graphs")
        return
    try:
        if created_here and _media_type(headers.get("content-type", ""))[0] in QUAD_TYPES:
            await _add_dataset(app, receive, headers.get("content-type", ""))
            await _respond(send, 204, b"", CORS)
            return
        if method == "DELETE":
            existed = await app.write(lambda: app.store().drop_graph(graph))
            await (_respond(send, 204, b"", CORS) if existed else _error(send, 404, f"no graph {graph or 'default'}"))
            return
        body = await _read_body(receive, MAX_GRAPH_BODY)
        triples = _parse(body, headers.get("content-type", ""), graph or base + STORE_PATH)
        created = await app.write(lambda: app.store().write_graph(graph, triples, replace=method == "PUT"))
    except _HTTPError as e:
        await _error(send, e.status, e.message)
        return
    except KGError as e:
        await _error(send, 500, str(e))
        return
    if created_here and graph is not None:
        await _respond(send, 201, b"", [*CORS, (b"location", graph.encode())])
    else:
        await _respond(send, 201 if created else 204, b"", CORS)


async def _add_dataset(app: SparqlApp, receive: Receive, content_type: str) -> None:
    """Add the quads of an N-Quads or TriG body to their graphs (the default graph's too).

    Raises:
        _HTTPError: the body is not valid in its format.
        KGError: the store cannot be written.
    """
    import pyoxigraph as ox

    media, _ = _media_type(content_type)
    body = await _read_body(receive, MAX_GRAPH_BODY)
    try:
        quads = list(ox.parse(body, format=getattr(ox.RdfFormat, QUAD_TYPES[media]), rename_blank_nodes=True))
    except (SyntaxError, ValueError) as e:
        raise _HTTPError(400, f"the dataset is not valid {media}: {' '.join(str(e).split())}") from None
    by_graph: dict[str | None, list[Any]] = {}
    for quad in quads:
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
        by_graph.setdefault(name, []).append(quad.triple)

    def write() -> None:
        for name, triples in by_graph.items():
            app.store().write_graph(name, triples, replace=False)

    await app.write(write)


def _graph_of(scope: Scope, base: str) -> tuple[str | None, bool]:
    """The graph a request names (``None``: the default graph), and whether a POST makes it now."""
    path = scope["path"]
    params = urllib.parse.parse_qs(scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True)
    if path not in (STORE_PATH, STORE_PATH + "/"):
        if params:
            raise _HTTPError(400, "a graph named by its own URL takes no graph= or default parameter")
        if not _is_iri(base + path):
            raise _HTTPError(400, f"{base + path!r} is not an IRI that can name a graph")
        return base + path, False
    graphs = params.get("graph", [])
    if "default" in params and graphs:
        raise _HTTPError(400, "give either graph=IRI or default, not both")
    if len(graphs) > 1:
        raise _HTTPError(400, "graph= is given more than once; name one graph per request")
    if graphs:
        iri = graphs[0]
        if not _is_iri(iri):
            raise _HTTPError(400, f"graph={iri!r} is not an absolute IRI")
        return iri, False
    if "default" in params:
        return None, False
    if scope["method"] == "POST":
        made = f"{base}{STORE_PATH}/{uuid.uuid4()}"
        if not _is_iri(made):
            raise _HTTPError(400, f"the Host header {base[len('http://') :]!r} cannot name a new graph")
        return made, True
    raise _HTTPError(400, f"name a graph: {STORE_PATH}?graph=IRI, {STORE_PATH}?default, or {STORE_PATH}/PATH")


async def _read(app: SparqlApp, send: Send, graph: str | None, accept: str, head_only: bool) -> None:
    try:
        fmt = negotiate("graph", accept, None)
    except _HTTPError as e:
        await _error(send, e.status, e.message)
        return
    from kg.rdfio import write_triples

    loop = asyncio.get_running_loop()
    try:
        triples = await loop.run_in_executor(app._pool, lambda: app.store().read_graph(graph))
    except KGError as e:
        await _error(send, 500, str(e))
        return
    if triples is None:
        await _error(send, 404, f"no graph {graph}")
        return
    body = write_triples(triples, fmt)
    headers = [(b"content-type", FORMAT_TYPES[fmt].encode()), (b"vary", b"Accept"), *CORS]
    await _respond(send, 200, b"" if head_only else body, headers, length=len(body))


def _parse(body: bytes, content_type: str, base_iri: str) -> list[Any]:
    """The triples of a request body: one RDF document, or the RDF parts of a multipart form."""
    media, options = _media_type(content_type)
    if media == "multipart/form-data":
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        triples = []
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            triples += _parse(payload if isinstance(payload, bytes) else b"", part.get("content-type", ""), base_iri)
        return triples
    if media not in INPUT_TYPES:
        raise _HTTPError(
            415, f"content type {media or '(none)'!r} is not a graph format; send {', '.join(sorted(INPUT_TYPES))}"
        )
    if options.get("charset", "utf-8").lower() not in ("utf-8", "utf8", "us-ascii"):
        raise _HTTPError(415, f"charset {options['charset']!r} is not accepted; send the graph in UTF-8")
    import pyoxigraph as ox

    try:
        rdf_format = getattr(ox.RdfFormat, INPUT_TYPES[media])
        return list(ox.parse(body, format=rdf_format, base_iri=base_iri, rename_blank_nodes=True))
    except (SyntaxError, ValueError) as e:
        raise _HTTPError(400, f"the graph is not valid {media}: {' '.join(str(e).split())}") from None
