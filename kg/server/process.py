"""Running the endpoint: uvicorn workers on one port, supervised, each with the store open read-only.

:func:`serve` starts the workers (one per core by default) on a socket
bound once, passes them the settings through the environment
(:data:`CONFIG_ENV`), and stops them on Ctrl-C or SIGTERM; each worker
builds its app with :func:`worker_app`.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import asdict
from pathlib import Path

from kg.errors import KGError, StoreError
from kg.server.protocol import Settings, SparqlApp

#: Environment variable carrying the configuration to worker processes.
CONFIG_ENV = "KG_SERVE_CONFIG"


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
    return SparqlApp(
        Settings(
            store=str(store_location),
            allow_update=allow_update,
            timeout=float(timeout),
            max_rows=int(max_rows),
            views_dir=str(views_dir) if views_dir is not None else None,
            cache_mb=int(cache_mb),
        )
    )


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
    settings = Settings(
        location,
        allow_update,
        float(timeout),
        int(max_rows),
        str(Path(views_dir).resolve()) if views_dir is not None else None,
        cache_mb=int(cache_mb),
    )
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
