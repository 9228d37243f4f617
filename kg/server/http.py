"""ASGI plumbing: reading a request's body within a limit, and sending a response or an error."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from kg.server.negotiation import (
    _HTTPError,
)


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


async def _respond(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]], length: int | None = None
) -> None:
    all_headers = [
        (b"content-length", str(len(body) if length is None else length).encode()),
        (b"x-content-type-options", b"nosniff"),
        *headers,
    ]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def _error(send: Send, status: int, message: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = (message + "\n").encode("utf-8")
    await _respond(send, status, body, [(b"content-type", b"text/plain; charset=utf-8"), *CORS, *(extra or [])])


Scope = MutableMapping[str, Any]


Message = MutableMapping[str, Any]


Receive = Callable[[], Awaitable[Message]]


Send = Callable[[Message], Awaitable[None]]


#: Largest query or update body accepted, in bytes.
MAX_BODY = 1 << 20


CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"X-KG-Truncated, Content-Type"),
]


PREFLIGHT = CORS + [
    (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
    (b"access-control-allow-headers", b"Accept, Authorization, Content-Type"),
    (b"access-control-max-age", b"86400"),
]


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _is_iri(text: str) -> bool:
    """Whether ``text`` is an absolute IRI (Oxigraph refuses relative ones)."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None
