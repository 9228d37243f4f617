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

from kg.server.cache import ResponseCache, cacheable
from kg.server.negotiation import negotiate, query_kind
from kg.server.process import create_app, serve, worker_app

__all__ = ["ResponseCache", "cacheable", "create_app", "negotiate", "query_kind", "serve", "worker_app"]
