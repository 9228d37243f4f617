"""The SPARQL 1.1 Protocol endpoint, a query page and the HTML views, over one store.

Engine: pyoxigraph in this process behind a small ASGI app, run by uvicorn.
``/sparql`` is handled by a hand-written ASGI path (it is the hot one); the pages
go through Starlette. Queries run in a thread pool (pyoxigraph releases the GIL
while it evaluates) with a deadline checked between result rows, and uvicorn's
supervisor keeps ``workers`` processes, each with its own read-only store.

Each worker keeps the answers to repeated queries (:class:`ResponseCache`, 64 MB
by default): the store it serves cannot change under it. When the text of a
query bounds its answer under the row cap (an ASK, a final ``LIMIT n``), the
answer is written by pyoxigraph's own serializer instead of row by row in
Python. ``bench/server.py`` measures both against ``oxigraph serve-read-only``.

pyoxigraph cannot cancel a query. A query that overruns its timeout gets a 503
at once; if its thread is still busy a little later (a single step, such as an
ORDER BY over a huge join, that never yields a row), the worker process retires:
it stops accepting, finishes its other requests, and exits, which stops the
query; the supervisor starts a fresh worker.

Routes:
    ``/sparql``            SPARQL 1.1 query (GET, POST form, POST sparql-query; the
                           protocol's default-graph-uri / named-graph-uri) and, with
                           ``allow_update``, update (POST form, POST sparql-update).
    ``/``                  the query page.
    ``/static/NAME``       its script and style.
    ``/views/``            the ``*.html`` files of ``views_dir``, and ``/views/NAME.html``.
    ``/view?query=…``      a CONSTRUCT / SELECT ?s ?p ?o drawn by :mod:`kg.viz`.
"""
from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import html
import json
import os
import re
import signal
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KGError, QueryError, StoreError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Largest query or update body accepted, in bytes.
MAX_BODY = 1 << 20
#: Seconds a timed-out query may keep its thread before the worker retires.
RETIRE_GRACE = 2.0
#: Environment variable carrying the configuration to worker processes.
CONFIG_ENV = "KG_SERVE_CONFIG"

#: Media types of SELECT/ASK results → format name of kg.sparql.
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Media types of CONSTRUCT/DESCRIBE results → format name of kg.sparql.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    # Turtle is N3 too: clients asking for N3 read it.
    "text/n3": "turtle",
    "application/n3": "turtle",
    "text/rdf+n3": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
}
#: The media type sent for each format name (the first listed above wins).
FORMAT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
#: ``format=`` values clients such as YASGUI or curl users send.
FORMAT_ALIASES = {"srj": "json", "srx": "xml", "ttl": "turtle", "n3": "turtle", "n-triples": "nt",
                  "ntriples": "nt", "json-ld": "jsonld", "rdf": "rdfxml", "rdf+xml": "rdfxml"}

def _result_formats() -> dict[str, Any]:
    """pyoxigraph's serializers of SELECT/ASK results, by format name."""
    import pyoxigraph as ox

    return {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"X-KG-Truncated, Content-Type"),
]
PREFLIGHT = CORS + [
    (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
    (b"access-control-allow-headers", b"Accept, Content-Type"),
    (b"access-control-max-age", b"86400"),
]
#: Content-Security-Policy of the query page: its own script and style, requests only to this server.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
#: Files of kg/static the query page uses (nothing else there is served).
PAGE_FILES = {"query.js": "text/javascript; charset=utf-8", "query.css": "text/css; charset=utf-8"}
VIEW_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.html")


@dataclass(frozen=True)
class Settings:
    """What a worker process needs to serve (sent to workers as JSON)."""

    store: str
    allow_update: bool = False
    timeout: float = 30.0
    max_rows: int = 10_000
    views_dir: str | None = None
    threads: int = 4
    cache_mb: int = 64


def create_app(
    store_location: str | Path,
    *,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    views_dir: str | Path | None = None,
    cache_mb: int = 64,
) -> SparqlApp:
    """The ASGI application: endpoint, query page and views over one store.

    The store is opened on first use (or at lifespan startup), read-only unless
    ``allow_update``.

    Args:
        store_location: Store directory or SPARQL endpoint URL, as for :func:`kg.store.open_store`.
        allow_update: Accept SPARQL updates; otherwise they get 403.
        timeout: Seconds a query may run before it gets 503.
        max_rows: Rows (or triples) sent at most; a cut result has ``X-KG-Truncated: max_rows``.
        views_dir: Directory whose ``*.html`` files are served under ``/views/``.
        cache_mb: Memory for answers to repeated queries (0: none); see :class:`ResponseCache`.
    """
    return SparqlApp(Settings(
        store=str(store_location),
        allow_update=allow_update,
        timeout=float(timeout),
        max_rows=int(max_rows),
        views_dir=str(views_dir) if views_dir is not None else None,
        cache_mb=int(cache_mb),
    ))


def serve(
    store_location: str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    views_dir: str | Path | None = None,
    workers: int | None = None,
    cache_mb: int = 64,
) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM).

    Args:
        store_location: Store directory or SPARQL endpoint URL.
        host: Interface to bind; loopback by default.
        port: TCP port.
        allow_update: Accept SPARQL updates (one worker then, the store's only writer).
        timeout: Seconds a query may run.
        max_rows: Rows (or triples) sent at most per query.
        views_dir: Directory of ``*.html`` views served under ``/views/``.
        workers: Worker processes (default: one per CPU, at most 4; 1 with ``allow_update``).
        cache_mb: Memory per worker for answers to repeated queries (0: none).

    Raises:
        StoreError: the store cannot be opened, or the port is taken.
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from kg.store import open_store

    location = str(store_location)
    remote = location.startswith(("http://", "https://"))
    # Fail here, once, with the store's own message, rather than in every worker.
    with open_store(location, create=False, read_only=not allow_update):
        pass
    if views_dir is not None and not Path(views_dir).is_dir():
        raise KGError(f"views directory {views_dir} does not exist; create it or leave --views out")
    if allow_update:
        workers = 1
    elif workers is None:
        workers = 1 if remote else max(1, min(os.cpu_count() or 1, 4))
    settings = Settings(location, allow_update, float(timeout), int(max_rows),
                        str(Path(views_dir).resolve()) if views_dir is not None else None,
                        cache_mb=int(cache_mb))
    os.environ[CONFIG_ENV] = json.dumps(asdict(settings))

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise StoreError(f"cannot listen on {host}:{port}: {e.strerror}; choose another --port") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    mode = "read-write" if allow_update else "read-only"
    print(f"kg: SPARQL endpoint at http://{shown}:{bound_port}/sparql ({mode})", file=sys.stderr)
    print(f"kg: query page at http://{shown}:{bound_port}/ ; stop with Ctrl-C", file=sys.stderr, flush=True)

    config = uvicorn.Config(
        "kg.server:worker_app",
        factory=True,
        workers=workers,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=5,
        server_header=False,
        date_header=False,
        lifespan="on",
    )
    try:
        # The supervisor even for one worker: it replaces a worker that retires.
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()


def worker_app() -> SparqlApp:
    """The app of one worker process, configured by :func:`serve` through the environment."""
    return SparqlApp(Settings(**json.loads(os.environ[CONFIG_ENV])))


class SparqlApp:
    """ASGI app: ``/sparql`` by hand (the hot path), everything else through Starlette."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Any = None
        self._store_lock = threading.Lock()
        self._pool = ThreadPoolExecutor(settings.threads, thread_name_prefix="kg-query")
        self._pages = _pages(self)
        self._retiring = False
        self._prefixes: dict[str, str] | None = None
        remote = settings.store.startswith(("http://", "https://"))
        # A remote endpoint changes behind our back: nothing is cached for it.
        self._cache = ResponseCache(0 if remote else settings.cache_mb << 20)

    # --- plumbing -------------------------------------------------------------------

    def store(self) -> Any:
        """The store, opened on first use."""
        if self._store is None:
            with self._store_lock:
                if self._store is None:
                    from kg.store import open_store

                    self._store = open_store(self.settings.store, create=False,
                                             read_only=not self.settings.allow_update)
        return self._store

    def prefixes(self) -> dict[str, str]:
        if self._prefixes is None:
            from kg.namespaces import PREFIXES

            self._prefixes = dict(PREFIXES)
        return self._prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == "/sparql":
            await self.sparql(scope, receive, send)
        elif scope["type"] == "lifespan":
            await self.lifespan(receive, send)
        else:
            await self._pages(scope, receive, send)

    async def lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await asyncio.get_running_loop().run_in_executor(self._pool, self.store)
                except KGError as e:
                    await send({"type": "lifespan.startup.failed", "message": str(e)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._retiring:
                    # A query thread is stuck in pyoxigraph: only the end of the process stops it.
                    os._exit(0)
                self.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._store is not None:
            self._store.close()
            self._store = None

    def retire(self) -> None:
        """Leave: stop accepting, finish the other requests, exit (the supervisor starts another worker)."""
        if not self._retiring:
            self._retiring = True
            print("kg: a query ran past its timeout and cannot be cancelled; restarting this worker",
                  file=sys.stderr, flush=True)
            os.kill(os.getpid(), signal.SIGTERM)

    # --- /sparql ----------------------------------------------------------------------

    async def sparql(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        if method == "OPTIONS":
            await _respond(send, 204, b"", PREFLIGHT)
            return
        if method not in ("GET", "POST", "HEAD"):
            await _error(send, 405, f"method {method} is not allowed on /sparql; use GET or POST",
                         [(b"allow", b"GET, POST, OPTIONS")])
            return
        if method == "GET":
            # Fast path for a repeated GET: the raw query string and Accept header are the key.
            accept_raw = next((v for k, v in scope["headers"] if k.lower() == b"accept"), b"*/*")
            hit = self._cache.get((scope["query_string"], accept_raw))
            if hit is not None:
                await _respond(send, 200, hit[1], hit[0])
                return
        headers = _headers(scope)
        try:
            params, body_kind, body = await self._read_request(scope, receive, headers)
        except _HTTPError as e:
            await _error(send, e.status, e.message)
            return
        dataset = None
        if "default-graph-uri" in params or "named-graph-uri" in params:
            dataset = (params.get("default-graph-uri", []), params.get("named-graph-uri", []))
            bad = [iri for iri in dataset[0] + dataset[1] if not _is_iri(iri)]
            if bad:
                await _error(send, 400, f"default-graph-uri / named-graph-uri {bad[0]!r} is not an absolute IRI")
                return
        update = body if body_kind == "update" else _one(params, "update")
        query = body if body_kind == "query" else _one(params, "query")
        if update is not None and query is not None:
            await _error(send, 400, "give either query or update, not both")
        elif update is not None:
            if method == "GET":
                await _error(send, 400, "updates must be sent by POST (SPARQL 1.1 Protocol)")
            else:
                await self._update(send, update)
        elif query is not None:
            raw_key = (scope["query_string"], next((v for k, v in scope["headers"] if k.lower() == b"accept"), b"*/*"))
            await self._query(send, query, headers.get("accept", "*/*"), _one(params, "format"), method == "HEAD",
                              raw_key if method == "GET" and not params.get("update") else None, dataset)
        else:
            await _error(send, 400, "no query: send ?query=… (GET), a query= form field, "
                                    "or an application/sparql-query body (POST)")

    async def _read_request(self, scope: Scope, receive: Receive,
                            headers: dict[str, str]) -> tuple[dict[str, list[str]], str | None, str | None]:
        """The query-string and form parameters, and a direct query/update body if any."""
        raw_qs = scope["query_string"]
        if raw_qs.startswith(b"query=") and b"&" not in raw_qs:  # the usual GET: one parameter
            params = {"query": [urllib.parse.unquote_plus(raw_qs[6:].decode("utf-8", "replace"))]}
        else:
            params = urllib.parse.parse_qs(raw_qs.decode("utf-8", "replace"), keep_blank_values=True)
        if scope["method"] != "POST":
            return params, None, None
        media, options = _media_type(headers.get("content-type", ""))
        if media not in ("application/x-www-form-urlencoded", "application/sparql-query",
                         "application/sparql-update"):
            raise _HTTPError(415, f"content type {media or '(none)'!r} is not accepted; POST "
                                  "application/x-www-form-urlencoded, application/sparql-query or "
                                  "application/sparql-update")
        raw = await _read_body(receive, MAX_BODY)
        charset = options.get("charset", "utf-8")
        try:
            text = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise _HTTPError(400, f"the request body is not valid {charset}; send UTF-8") from None
        if media == "application/x-www-form-urlencoded":
            for name, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
            return params, None, None
        return params, "query" if media == "application/sparql-query" else "update", text

    async def _update(self, send: Send, update: str) -> None:
        if not self.settings.allow_update:
            await _error(send, 403, "this endpoint is read-only; start it with --allow-update to accept updates")
            return
        loop = asyncio.get_running_loop()
        try:
            await asyncio.wait_for(
                loop.run_in_executor(self._pool, lambda: self.store().update(update, prefixes=self.prefixes())),
                self.settings.timeout,
            )
        except QueryError as e:
            await _error(send, 400, str(e))
        except asyncio.TimeoutError:
            await _error(send, 503, f"update still running after {self.settings.timeout:g} s; it will complete")
        except KGError as e:
            await _error(send, 500, str(e))
        else:
            await _respond(send, 204, b"", CORS)
        finally:
            self._cache.clear()

    async def _query(self, send: Send, query: str, accept: str, fmt: str | None, head_only: bool,
                     raw_key: tuple[bytes, bytes] | None = None,
                     dataset: tuple[list[str], list[str]] | None = None) -> None:
        key = (query, accept, fmt, repr(dataset))
        hit = self._cache.get(key)
        if hit is not None:
            await _respond(send, 200, b"" if head_only else hit[1], hit[0], length=len(hit[1]))
            return
        kind = query_kind(query)
        try:
            chosen = negotiate(kind, accept, fmt)
        except _HTTPError as e:
            await _error(send, e.status, e.message)
            return
        timeout = self.settings.timeout
        deadline = time.monotonic() + timeout
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._pool, self._run, query, accept, fmt, chosen, deadline, dataset)
        done, _ = await asyncio.wait((future,), timeout=timeout + 0.05)
        if not done:
            loop.call_later(RETIRE_GRACE, self._check_runaway, future)
            await _error(send, 503, f"query stopped after {timeout:g} s (timeout); narrow it (LIMIT, filters) "
                                    "or ask for a longer --timeout")
            return
        try:
            status, media, body, truncated = future.result()
        except QueryError as e:
            status_code = 503 if "(timeout)" in str(e) else 400
            await _error(send, status_code, str(e))
            return
        except _HTTPError as e:
            await _error(send, e.status, e.message)
            return
        except KGError as e:
            await _error(send, 500, str(e))
            return
        headers = [(b"content-type", media.encode()), (b"vary", b"Accept"), *CORS]
        if truncated:
            headers.append((b"x-kg-truncated", str(self.settings.max_rows).encode()))
        if status == 200 and cacheable(query):
            self._cache.put(key, headers, body)
            if raw_key is not None:
                self._cache.put(raw_key, headers, body)
        await _respond(send, status, b"" if head_only else body, headers, length=len(body))

    def _run(self, query: str, accept: str, fmt: str | None, chosen: str, deadline: float,
             dataset: tuple[list[str], list[str]] | None = None) -> tuple[int, str, bytes, bool]:
        """Run and serialize one query (pool thread)."""
        from kg.sparql import serialize_graph, serialize_solutions

        if time.monotonic() > deadline:
            raise QueryError("query stopped before it started (timeout): the server is busy; try again")
        prefixes = {p: iri for p, iri in self.prefixes().items() if p + ":" in query}
        fast = None if dataset else self._run_direct(query, chosen, prefixes)
        if fast is not None:
            return 200, FORMAT_TYPES[chosen], fast, False
        result = self.store().query(query, limit=self.settings.max_rows, prefixes=prefixes, deadline=deadline,
                                    dataset=dataset)
        kind = "graph" if result.kind == "graph" else "solutions"
        if kind != _kind_of(chosen):
            chosen = negotiate(kind, accept, fmt)  # the sniffed kind was wrong
        body = serialize_graph(result, chosen) if kind == "graph" else serialize_solutions(result, chosen)
        return 200, FORMAT_TYPES[chosen], body, result.truncated

    def _run_direct(self, query: str, chosen: str, prefixes: dict[str, str]) -> bytes | None:
        """pyoxigraph's own serializer, when the answer cannot pass the row cap: an ASK, or a final LIMIT.

        Saves reading every row into Python; None when this shortcut does not apply.
        """
        import pyoxigraph as ox

        from kg.store.base import syntax_message
        from kg.store.embedded import EmbeddedStore

        store = self.store()
        formats = _result_formats()
        if not isinstance(store, EmbeddedStore) or chosen not in formats:
            return None
        limit = final_limit(query)
        if limit is None or limit > self.settings.max_rows:
            return None
        try:
            raw = store.oxigraph.query(query, prefixes=prefixes or None, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QueryError(syntax_message(str(e), query)) from None
        except OSError as e:
            raise StoreError(f"cannot read store {store.location}: {e}") from None
        if not isinstance(raw, (ox.QuerySolutions, ox.QueryBoolean)):
            return None
        if isinstance(raw, ox.QueryBoolean) and chosen in ("csv", "tsv"):
            return b"true\n" if raw else b"false\n"
        out = raw.serialize(format=formats[chosen])
        if chosen == "xml":
            from kg.rdfio import xml_safe

            out = xml_safe(out)
        return out

    def _check_runaway(self, future: asyncio.Future[Any]) -> None:
        if not future.done():
            self.retire()


class ResponseCache:
    """Answers to repeated queries, least recently used out first, within a byte budget.

    Sound because the store a worker serves does not change under it: a
    read-only store is a snapshot, and a writable one is written only through
    this worker (every update clears the cache). Queries whose answer may change
    between runs (NOW, RAND, UUID, BNODE, SERVICE) are never kept (:func:`cacheable`).
    """

    def __init__(self, budget: int) -> None:
        from collections import OrderedDict

        self.budget = budget
        self.size = 0
        self._items: OrderedDict[tuple[Any, ...], tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> tuple[list[tuple[bytes, bytes]], bytes] | None:
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def put(self, key: tuple[Any, ...], headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        cost = self._cost(key, body)
        if cost > self.budget // 8 or key in self._items:
            return
        self._items[key] = (headers, body)
        self.size += cost
        while self.size > self.budget and self._items:
            old_key, (_, old_body) = self._items.popitem(last=False)
            self.size -= self._cost(old_key, old_body)

    @staticmethod
    def _cost(key: tuple[Any, ...], body: bytes) -> int:
        return len(body) + len(key[0]) + 256

    def clear(self) -> None:
        self._items.clear()
        self.size = 0


_VOLATILE = re.compile(r"(?i)\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(|\bSERVICE\b")


def cacheable(query: str) -> bool:
    """Whether the same query gives the same answer on the same data (no NOW(), RAND(), SERVICE…)."""
    return _VOLATILE.search(query) is None


_FINAL_LIMIT = re.compile(
    r"(?is)\bLIMIT\s+(\d+)(?:\s+OFFSET\s+\d+)?\s*$|\bOFFSET\s+\d+\s+LIMIT\s+(\d+)\s*$")
_ASK = re.compile(r"(?is)^\s*((BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)\s*)*ASK\b")


def final_limit(text: str) -> int | None:
    """Most rows the query can answer, when its text says so: 1 for an ASK, n for a final ``LIMIT n``.

    Only the end of the text is read (trailing comment lines dropped): the last
    solution modifier there belongs to the outermost query. None when unsure.
    """
    lines = text.rstrip().split("\n")
    while lines and lines[-1].lstrip().startswith("#"):
        lines.pop()
    body = "\n".join(lines)
    if _ASK.match(body):
        return 1
    match = _FINAL_LIMIT.search(body)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


def query_kind(text: str) -> str:
    """``"graph"`` for CONSTRUCT/DESCRIBE, else ``"solutions"``: the query form after its prologue."""
    cleaned = re.sub(r"#[^\n]*", " ", text)
    cleaned = re.sub(r"(?is)^\s*((BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)\s*)*", "", cleaned)
    return "graph" if re.match(r"(?i)\s*(CONSTRUCT|DESCRIBE)\b", cleaned) else "solutions"


@functools.lru_cache(maxsize=256)
def negotiate(kind: str, accept: str, fmt: str | None = None) -> str:
    """The result format for this kind of query from ``format=`` or the Accept header.

    Raises:
        _HTTPError: 406 when nothing acceptable can be produced.
    """
    types = GRAPH_TYPES if kind == "graph" else SOLUTION_TYPES
    names = set(types.values())
    if fmt:
        # ``format=`` is a common extension, not the protocol: an unknown value leaves it to Accept.
        name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if name in names:
            return name
        if fmt.lower() in types:
            return types[fmt.lower()]
    default = "turtle" if kind == "graph" else "json"
    ranges = _accept(accept)
    best, best_q = None, 0.0
    for position, (media, q) in enumerate(ranges):
        if q <= best_q:
            continue
        if media in types:
            best, best_q = types[media], q
        elif media in ("*/*", "application/*", "text/*") and q > best_q:
            candidates = {"*/*": default}
            if media == "text/*":
                candidates[media] = "turtle" if kind == "graph" else "csv"
            elif media == "application/*":
                candidates[media] = "nt" if kind == "graph" else "json"
            best, best_q = candidates.get(media, default), q
    if best is None:
        offered = ", ".join(sorted({k for k in types if k != "text/plain"}))
        raise _HTTPError(406, f"cannot answer with {accept!r}; this query can be sent as {offered}")
    return best


class _HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _kind_of(fmt: str) -> str:
    return "graph" if fmt in GRAPH_TYPES.values() else "solutions"


def _accept(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q values (malformed q counts as 0)."""
    out = []
    for part in header.split(","):
        media, options = _media_type(part)
        if not media:
            continue
        try:
            q = float(options.get("q", "1"))
        except ValueError:
            q = 0.0
        out.append((media, q))
    return out or [("*/*", 1.0)]


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    media, *rest = value.split(";")
    options = {}
    for item in rest:
        name, _, v = item.partition("=")
        options[name.strip().lower()] = v.strip().strip('"')
    return media.strip().lower(), options


def _is_iri(text: str) -> bool:
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _HTTPError(400, "the client went away")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _HTTPError(413, f"request body over {limit} bytes; send a shorter query")
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _respond(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]],
                   length: int | None = None) -> None:
    all_headers = [(b"content-length", str(len(body) if length is None else length).encode()),
                   (b"x-content-type-options", b"nosniff"), *headers]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def _error(send: Send, status: int, message: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = (message + "\n").encode("utf-8")
    await _respond(send, status, body, [(b"content-type", b"text/plain; charset=utf-8"), *CORS, *(extra or [])])


# --- pages ------------------------------------------------------------------------------

def _pages(app: SparqlApp) -> Any:
    """The Starlette app of the HTML side: query page, its files, views."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    static = resources.files("kg") / "static"
    view_available = _view_module() is not None

    def page_response(text: str, status: int = 200, csp: str = PAGE_CSP) -> Response:
        return HTMLResponse(text, status_code=status, headers={
            "Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache",
        })

    def not_found(what: str = "") -> Response:
        message = f"not found: {what}" if what else "not found"
        return page_response(f"<!doctype html><title>404</title><p>{html.escape(message)}</p>"
                             "<p><a href=\"/\">query page</a></p>", 404)

    async def index(request: Request) -> Response:
        text = (static / "query.html").read_text(encoding="utf-8")
        text = text.replace("{{max_rows}}", str(app.settings.max_rows))
        text = text.replace("{{view}}", "yes" if view_available else "no")
        text = text.replace("{{mode}}", "read-write" if app.settings.allow_update else "read-only")
        return page_response(text)

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in PAGE_FILES:
            return not_found()
        return Response((static / name).read_bytes(), media_type=PAGE_FILES[name],
                        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"})

    def views_root() -> Path | None:
        return Path(app.settings.views_dir).resolve() if app.settings.views_dir else None

    async def views_index(request: Request) -> Response:
        root = views_root()
        names = sorted(p.name for p in root.glob("*.html") if VIEW_NAME.fullmatch(p.name)) if root else []
        items = "".join(f'<li><a href="/views/{urllib.parse.quote(n)}">{html.escape(n)}</a></li>' for n in names)
        body = items and f"<ul>{items}</ul>" or "<p>No views here: start the server with a views directory.</p>"
        return page_response(f"<!doctype html><meta charset=utf-8><title>kg views</title><h1>Views</h1>{body}"
                             "<p><a href=\"/\">query page</a></p>")

    async def view_file(request: Request) -> Response:
        name = request.path_params["name"]
        root = views_root()
        if root is None or not VIEW_NAME.fullmatch(name):
            return not_found()
        path = (root / name).resolve()
        if path.parent != root or not path.is_file():
            return not_found()
        text = path.read_text(encoding="utf-8", errors="replace")
        return page_response(text, csp=_view_csp(text))

    async def view_query(request: Request) -> Response:
        module = _view_module()
        if module is None:
            return not_found("graph views need kg.viz")
        query = request.query_params.get("query")
        if not query:
            return page_response("<!doctype html><title>400</title><p>give ?query= with a CONSTRUCT or a "
                                 "SELECT ?s ?p ?o</p>", 400)

        def render() -> str:
            bounded = _BoundedStore(app.store(), app.settings.timeout, app.settings.max_rows, app.prefixes())
            return module.render_html(module.build_network(bounded, sparql=query))

        try:
            text = await asyncio.wait_for(
                asyncio.get_running_loop().run_in_executor(app._pool, render), app.settings.timeout + 1)
        except asyncio.TimeoutError:
            return page_response(f"<!doctype html><title>503</title><p>the view took longer than "
                                 f"{app.settings.timeout:g} s</p>", 503)
        except KGError as e:
            return page_response(f"<!doctype html><meta charset=utf-8><title>400</title><p>{html.escape(str(e))}</p>"
                                 "<p><a href=\"/\">query page</a></p>", 400)
        return page_response(text, csp=_view_csp(text))

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    async def missing(request: Request, exc: Exception) -> Response:
        return not_found()

    async def method_not_allowed(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("method not allowed\n", status_code=405)

    return Starlette(
        routes=[
            Route("/", index, methods=["GET", "HEAD"]),
            Route("/static/{name}", static_file, methods=["GET", "HEAD"]),
            Route("/views/", views_index, methods=["GET", "HEAD"]),
            Route("/views/{name}", view_file, methods=["GET", "HEAD"]),
            Route("/view", view_query, methods=["GET", "HEAD"]),
            Route("/favicon.ico", favicon, methods=["GET", "HEAD"]),
        ],
        exception_handlers={404: missing, 405: method_not_allowed},
    )


class _BoundedStore:
    """A store whose ``query`` has the server's timeout, row cap and prefixes (for kg.viz)."""

    def __init__(self, store: Any, timeout: float, max_rows: int, prefixes: dict[str, str]) -> None:
        self._store, self._timeout, self._max_rows, self._prefixes = store, timeout, max_rows, prefixes

    def query(self, sparql: str, **_: Any) -> Any:
        return self._store.query(sparql, timeout=self._timeout, limit=self._max_rows, prefixes=self._prefixes)


def _view_module() -> Any:
    """The view package, or ``None`` when it cannot be imported (pyvis missing)."""
    try:
        from kg import viz
    except ImportError:
        return None
    return viz


def _view_csp(text: str) -> str:
    """A CSP for a self-contained view: only its own inline scripts (by hash), no requests out."""
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", text, flags=re.S | re.I)
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes or chr(39) + 'none' + chr(39)}; style-src 'unsafe-inline'; "
            "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'self'")


__all__ = ["ResponseCache", "cacheable", "create_app", "negotiate", "query_kind", "serve"]
