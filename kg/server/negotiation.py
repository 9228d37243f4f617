"""Content negotiation: which format an answer is written in, from the query's kind and the client's Accept.

SELECT and ASK answers in SPARQL JSON, XML, CSV or TSV; CONSTRUCT and
DESCRIBE graphs in Turtle, N-Triples, JSON-LD or RDF/XML; a ``format``
parameter wins over the header, and what cannot be served is a 406.
"""

from __future__ import annotations

import functools
import re

from kg.store.dataset import query_form

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
FORMAT_ALIASES = {
    "srj": "json",
    "srx": "xml",
    "ttl": "turtle",
    "n3": "turtle",
    "n-triples": "nt",
    "ntriples": "nt",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
    "rdf+xml": "rdfxml",
}


_FINAL_LIMIT = re.compile(r"(?is)\bLIMIT\s+(\d+)(?:\s+OFFSET\s+\d+)?\s*$|\bOFFSET\s+\d+\s+LIMIT\s+(\d+)\s*$")


def final_limit(text: str) -> int | None:
    """Most rows the query can answer, when its text says so: 1 for an ASK, n for a final ``LIMIT n``.

    Only the end of the text is read (trailing comment lines dropped): the last
    solution modifier there belongs to the outermost query. None when unsure.
    """
    lines = text.rstrip().split("\n")
    while lines and lines[-1].lstrip().startswith("#"):
        lines.pop()
    body = "\n".join(lines)
    if query_form(body) == "ASK":
        return 1
    match = _FINAL_LIMIT.search(body)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


def query_kind(text: str) -> str:
    """``"graph"`` for CONSTRUCT/DESCRIBE, else ``"solutions"``: the query form after its prologue."""
    return "graph" if query_form(text) in ("CONSTRUCT", "DESCRIBE") else "solutions"


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
    for media, q in ranges:
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
