"""The pages beside the endpoint: the query page at ``/``, its assets, the views, each under a strict CSP.

The query page sends a query and shows its table, or opens its answer as a
graph view; ``/view`` draws a CONSTRUCT (or a SELECT of ?s ?p ?o) with
:mod:`kg.viz` through a store whose queries keep the server's timeout, row
cap and prefixes. Only the server's own files and views are served: no path
leads elsewhere.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import re
import urllib.parse
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError, QueryError

if TYPE_CHECKING:
    from kg.server.protocol import SparqlApp

#: Content-Security-Policy of the query page: its own script and style, requests only to this server.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


#: Files of kg/static the query page uses (nothing else there is served).
PAGE_FILES = {"query.js": "text/javascript; charset=utf-8", "query.css": "text/css; charset=utf-8"}


VIEW_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.html")


def _pages(app: SparqlApp) -> Any:
    """The Starlette app of the HTML side: query page, its files, views."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    static = resources.files("kg") / "static"
    view_available = _view_module() is not None

    def page_response(text: str, status: int = 200, csp: str = PAGE_CSP) -> Response:
        return HTMLResponse(
            text,
            status_code=status,
            headers={
                "Content-Security-Policy": csp,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-cache",
            },
        )

    def not_found(what: str = "") -> Response:
        message = f"not found: {what}" if what else "not found"
        return page_response(
            f'<!doctype html><title>404</title><p>{html.escape(message)}</p><p><a href="/">query page</a></p>', 404
        )

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
        return Response(
            (static / name).read_bytes(),
            media_type=PAGE_FILES[name],
            headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"},
        )

    def views_root() -> Path | None:
        return Path(app.settings.views_dir).resolve() if app.settings.views_dir else None

    async def views_index(request: Request) -> Response:
        root = views_root()
        names = sorted(p.name for p in root.glob("*.html") if VIEW_NAME.fullmatch(p.name)) if root else []
        items = "".join(f'<li><a href="/views/{urllib.parse.quote(n)}">{html.escape(n)}</a></li>' for n in names)
        body = (items and f"<ul>{items}</ul>") or "<p>No views here: start the server with a views directory.</p>"
        return page_response(
            f"<!doctype html><meta charset=utf-8><title>kg views</title><h1>Views</h1>{body}"
            '<p><a href="/">query page</a></p>'
        )

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
            return page_response(
                "<!doctype html><title>400</title><p>give ?query= with a CONSTRUCT or a SELECT ?s ?p ?o</p>", 400
            )

        def render() -> str:
            bounded = _BoundedStore(app.store(), app.settings.timeout, app.settings.max_rows, app.prefixes())
            return module.render_html(module.build_network(bounded, sparql=query))

        try:
            text = await asyncio.wait_for(
                asyncio.get_running_loop().run_in_executor(app._pool, render), app.settings.timeout + 1
            )
        except TimeoutError:
            return page_response(
                f"<!doctype html><title>503</title><p>the view took longer than {app.settings.timeout:g} s</p>", 503
            )
        except KGError as e:
            return page_response(
                f"<!doctype html><meta charset=utf-8><title>400</title><p>{html.escape(str(e))}</p>"
                '<p><a href="/">query page</a></p>',
                400,
            )
        return page_response(text, csp=_view_csp(text))

    async def resource(request: Request) -> Response:
        from kg.server.linked_data import resource_response

        path = "id/" + request.path_params["rest"]
        accept = request.headers.get("accept", "*/*")
        try:
            status, media, body = await asyncio.wait_for(
                asyncio.get_running_loop().run_in_executor(app._pool, lambda: resource_response(app, path, accept)),
                app.settings.timeout + 1,
            )
        except TimeoutError:
            return PlainTextResponse(f"the description took longer than {app.settings.timeout:g} s\n", 503)
        except QueryError as e:
            return PlainTextResponse(f"{e}\n", 503 if "(timeout)" in str(e) else 400)
        except KGError as e:
            return PlainTextResponse(f"{e}\n", 500)
        headers = {"Vary": "Accept", "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff"}
        if media.startswith("text/html"):
            return page_response(body.decode("utf-8"), status)
        return Response(
            b"" if request.method == "HEAD" else body, status_code=status, media_type=media, headers=headers
        )

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
            Route("/id/{rest:path}", resource, methods=["GET", "HEAD"]),
        ],
        exception_handlers={404: missing, 405: method_not_allowed},
    )


class _BoundedStore:
    """A store whose ``query`` has the server's timeout, row cap and prefixes (for kg.viz)."""

    def __init__(self, store: Any, timeout: float, max_rows: int, prefixes: dict[str, str]) -> None:
        self._store, self._timeout, self._max_rows, self._prefixes = store, timeout, max_rows, prefixes

    def query(self, sparql: str, **_: Any) -> Any:
        return self._store.query(sparql, timeout=self._timeout, limit=self._max_rows, prefixes=self._prefixes)

    @property
    def base_iri(self) -> str:
        return str(self._store.base_iri)


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
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes or chr(39) + 'none' + chr(39)}; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'self'"
    )
