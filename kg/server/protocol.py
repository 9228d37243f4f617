"""The SPARQL 1.1 Protocol as an ASGI application: queries by GET and POST, updates when allowed.

Each request's query runs in a thread pool against the store (pyoxigraph
releases the GIL), under the server's timeout and row cap; its answer is
negotiated (:mod:`kg.server.negotiation`), served from the cache when it
can be (:mod:`kg.server.cache`), and sent with CORS headers.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from kg.errors import KGError, QueryError
from kg.rdfio import RESULT_FORMATS
from kg.server.cache import ResponseCache, cacheable
from kg.server.graphstore import STORE_PATH, graph_store
from kg.server.http import (
    CORS,
    MAX_BODY,
    PREFLIGHT,
    Receive,
    Scope,
    Send,
    _error,
    _headers,
    _is_iri,
    _one,
    _read_body,
    _respond,
)
from kg.server.negotiation import (
    FORMAT_TYPES,
    _HTTPError,
    _kind_of,
    _media_type,
    final_limit,
    negotiate,
    query_kind,
)
from kg.server.pages import _pages


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
        self._writes = 0  # the write generation (see :meth:`write`)
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

                    self._store = open_store(
                        self.settings.store, create=False, read_only=not self.settings.allow_update
                    )
        return self._store

    def prefixes(self) -> dict[str, str]:
        if self._prefixes is None:
            from kg.namespaces import namespaces

            self._prefixes = dict(namespaces(self.store().base_iri).prefixes)
        return self._prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in ("/sparql", "/sparql/"):
            await self.sparql(scope, receive, send)
        elif scope["type"] == "http" and (scope["path"] == STORE_PATH or scope["path"].startswith(STORE_PATH + "/")):
            await graph_store(self, scope, receive, send)
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
            print(
                "kg: a query ran past its timeout and cannot be cancelled; restarting this worker",
                file=sys.stderr,
                flush=True,
            )
            os.kill(os.getpid(), signal.SIGTERM)

    # --- /sparql ----------------------------------------------------------------------

    async def sparql(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        if method == "OPTIONS":
            await _respond(send, 204, b"", PREFLIGHT)
            return
        if method not in ("GET", "POST", "HEAD"):
            await _error(
                send,
                405,
                f"method {method} is not allowed on /sparql; use GET or POST",
                [(b"allow", b"GET, POST, OPTIONS")],
            )
            return
        raw_key = _raw_key(scope)
        if method == "GET":
            # Fast path for a repeated GET: the raw query string, Accept and Host headers are the key.
            hit = self._cache.get(raw_key)
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
        repeated = [name for name in ("query", "update") if len(params.get(name, ())) > 1]
        if repeated:
            await _error(send, 400, f"{repeated[0]}= is given more than once; send one {repeated[0]} per request")
            return
        update = body if body_kind == "update" else _one(params, "update")
        query = body if body_kind == "query" else _one(params, "query")
        base = _base_iri(headers)
        if update is not None and query is not None:
            await _error(send, 400, "give either query or update, not both")
        elif update is not None:
            if method == "GET":
                await _error(send, 400, "updates must be sent by POST (SPARQL 1.1 Protocol)")
            elif dataset is not None:
                await _error(
                    send,
                    400,
                    "an update takes using-graph-uri / using-named-graph-uri, not default-graph-uri / named-graph-uri",
                )
            else:
                using = None
                if "using-graph-uri" in params or "using-named-graph-uri" in params:
                    using = (params.get("using-graph-uri", []), params.get("using-named-graph-uri", []))
                    bad = [iri for iri in using[0] + using[1] if not _is_iri(iri)]
                    if bad:
                        await _error(
                            send, 400, f"using-graph-uri / using-named-graph-uri {bad[0]!r} is not an absolute IRI"
                        )
                        return
                await self._update(send, update, using, base)
        elif query is not None:
            await self._query(
                send,
                query,
                headers.get("accept", "*/*"),
                _one(params, "format"),
                method == "HEAD",
                raw_key if method == "GET" and not params.get("update") else None,
                dataset,
                base,
            )
        elif method in ("GET", "HEAD") and not params:
            await self._describe_service(send, headers.get("accept", "*/*"), base, method == "HEAD")
        else:
            await _error(
                send,
                400,
                "no query: send ?query=… (GET), a query= form field, or an application/sparql-query body (POST)",
            )

    async def _read_request(
        self, scope: Scope, receive: Receive, headers: dict[str, str]
    ) -> tuple[dict[str, list[str]], str | None, str | None]:
        """The query-string and form parameters, and a direct query/update body if any."""
        raw_qs = scope["query_string"]
        if raw_qs.startswith(b"query=") and b"&" not in raw_qs:  # the usual GET: one parameter
            params = {"query": [urllib.parse.unquote_plus(raw_qs[6:].decode("utf-8", "replace"))]}
        else:
            params = urllib.parse.parse_qs(raw_qs.decode("utf-8", "replace"), keep_blank_values=True)
        if scope["method"] != "POST":
            return params, None, None
        media, options = _media_type(headers.get("content-type", ""))
        if media not in ("application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update"):
            raise _HTTPError(
                415,
                f"content type {media or '(none)'!r} is not accepted; POST "
                "application/x-www-form-urlencoded, application/sparql-query or "
                "application/sparql-update",
            )
        raw = await _read_body(receive, MAX_BODY)
        charset = options.get("charset", "utf-8")
        if charset.lower() not in ("utf-8", "utf8", "us-ascii"):
            raise _HTTPError(415, f"charset {charset!r} is not accepted; send the request in UTF-8")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _HTTPError(400, "the request body is not valid UTF-8; send UTF-8") from None
        if media == "application/x-www-form-urlencoded":
            for name, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
            return params, None, None
        return params, "query" if media == "application/sparql-query" else "update", text

    async def _describe_service(self, send: Send, accept: str, endpoint: str, head_only: bool) -> None:
        from kg.server.service import service_description

        try:
            chosen = negotiate("graph", accept, None)
        except _HTTPError as e:
            await _error(send, e.status, e.message)
            return
        body = service_description(endpoint, allow_update=self.settings.allow_update, fmt=chosen)
        headers = [(b"content-type", FORMAT_TYPES[chosen].encode()), (b"vary", b"Accept"), *CORS]
        await _respond(send, 200, b"" if head_only else body, headers, length=len(body))

    async def _update(self, send: Send, update: str, using: tuple[list[str], list[str]] | None, base: str) -> None:
        if not self.settings.allow_update:
            await _error(send, 403, "this endpoint is read-only; start it with --allow-update to accept updates")
            return
        running = self.write(lambda: self.store().update(update, prefixes=self.prefixes(), using=using, base_iri=base))
        try:
            # Shielded: an update past the timeout goes on, and the cache is cleared when it ends.
            await asyncio.wait_for(asyncio.shield(running), self.settings.timeout)
        except QueryError as e:
            await _error(send, 400, str(e))
        except TimeoutError:
            await _error(send, 503, f"update still running after {self.settings.timeout:g} s; it will complete")
        except KGError as e:
            await _error(send, 500, str(e))
        else:
            await _respond(send, 204, b"", CORS)

    def write(self, work: Any) -> asyncio.Future[Any]:
        """Run a write in the pool; answers cached before it, or while it runs, are not kept.

        The write generation moves when a write starts and when it ends (even
        one that outlives its request): a query caches its answer only if no
        write started or ended while it ran.
        """
        loop = asyncio.get_running_loop()
        self._writes += 1
        self._cache.clear()
        running = loop.run_in_executor(self._pool, work)

        def ended(_future: asyncio.Future[Any]) -> None:
            self._writes += 1
            self._cache.clear()

        running.add_done_callback(ended)
        return running

    async def _query(
        self,
        send: Send,
        query: str,
        accept: str,
        fmt: str | None,
        head_only: bool,
        raw_key: tuple[bytes, bytes, bytes] | None = None,
        dataset: tuple[list[str], list[str]] | None = None,
        base: str | None = None,
    ) -> None:
        key = (query, accept, fmt, repr(dataset), base)
        writes = self._writes
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
        future = loop.run_in_executor(self._pool, self._run, query, accept, fmt, chosen, deadline, dataset, base)
        done, _ = await asyncio.wait((future,), timeout=timeout + 0.05)
        if not done:
            loop.call_later(RETIRE_GRACE, self._check_runaway, future)
            await _error(
                send,
                503,
                f"query stopped after {timeout:g} s (timeout); narrow it (LIMIT, filters) "
                "or ask for a longer --timeout",
            )
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
        if status == 200 and cacheable(query) and writes == self._writes:
            self._cache.put(key, headers, body)
            if raw_key is not None:
                self._cache.put(raw_key, headers, body)
        await _respond(send, status, b"" if head_only else body, headers, length=len(body))

    def _run(
        self,
        query: str,
        accept: str,
        fmt: str | None,
        chosen: str,
        deadline: float,
        dataset: tuple[list[str], list[str]] | None = None,
        base: str | None = None,
    ) -> tuple[int, str, bytes, bool]:
        """Run and serialize one query (pool thread)."""
        from kg.sparql import serialize_graph, serialize_solutions

        if time.monotonic() > deadline:
            raise QueryError("query stopped before it started (timeout): the server is busy; try again")
        prefixes = {p: iri for p, iri in self.prefixes().items() if p + ":" in query}
        fast = None if dataset else self._run_direct(query, chosen, prefixes, base)
        if fast is not None:
            return 200, FORMAT_TYPES[chosen], fast, False
        result = self.store().query(
            query, limit=self.settings.max_rows, prefixes=prefixes, deadline=deadline, dataset=dataset, base_iri=base
        )
        kind = "graph" if result.kind == "graph" else "solutions"
        if kind != _kind_of(chosen):
            chosen = negotiate(kind, accept, fmt)  # the sniffed kind was wrong
        body = serialize_graph(result, chosen) if kind == "graph" else serialize_solutions(result, chosen)
        return 200, FORMAT_TYPES[chosen], body, result.truncated

    def _run_direct(self, query: str, chosen: str, prefixes: dict[str, str], base: str | None) -> bytes | None:
        """The store's own writer, when the answer cannot pass the row cap: an ASK, or a final LIMIT.

        Saves reading every row into Python; None when this shortcut does not apply.
        """
        if chosen not in RESULT_FORMATS:
            return None
        limit = final_limit(query)
        if limit is None or limit > self.settings.max_rows:
            return None
        return self.store().write_answer(query, chosen, prefixes=prefixes, base_iri=base)

    def _check_runaway(self, future: asyncio.Future[Any]) -> None:
        if not future.done():
            self.retire()


def _raw_key(scope: Scope) -> tuple[bytes, bytes, bytes]:
    """A GET's cache key as it came: the query string, and the Accept and Host headers (the base IRI)."""
    accept, host = b"*/*", b""
    for name, value in scope["headers"]:
        lowered = name.lower()
        if lowered == b"accept":
            accept = value
        elif lowered == b"host":
            host = value
    return scope["query_string"], accept, host


def _base_iri(headers: dict[str, str]) -> str:
    """The endpoint's own URL, which relative IRIs of a request resolve against."""
    host = headers.get("host", "")
    return f"http://{host}/sparql" if _is_iri(f"http://{host}/sparql") and host else "http://localhost/sparql"


#: Seconds a timed-out query may keep its thread before the worker retires.
RETIRE_GRACE = 2.0


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
