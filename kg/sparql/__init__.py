"""SPARQL over the store, and its results as text: a terminal table or a W3C format.

:func:`run_query` pre-declares the project prefixes (``kg.rdf.PREFIXES``),
binds parameters, and returns a :class:`kg.store.Result` read within a timeout
and a row cap. :func:`format_result` turns it into a table, SPARQL JSON / XML /
CSV / TSV for SELECT and ASK, or Turtle / N-Triples / JSON-LD for CONSTRUCT and
DESCRIBE.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError
from kg.namespaces import PREFIXES, namespaces
from kg.rdfio import RESULT_FORMATS, TRIPLE_FORMATS, write_results, write_triples
from kg.store.base import Result, Store, collect

if TYPE_CHECKING:
    import pyoxigraph

#: Formats of SELECT and ASK results.
SOLUTION_FORMATS = ("table", "csv", "tsv", "json", "xml")
#: Formats of CONSTRUCT and DESCRIBE results (``ttl`` is ``turtle``).
GRAPH_FORMATS = TRIPLE_FORMATS
#: Longest value shown in a table cell before it is cut with an ellipsis.
CELL_WIDTH = 60

XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE_DATATYPES = {XSD + "integer", XSD + "decimal", XSD + "double", XSD + "boolean"}


def run_query(
    store: Store,
    text: str,
    *,
    params: Mapping[str, str] | None = None,
    timeout: float | None = None,
    limit: int | None = None,
) -> Result:
    """Run a SPARQL 1.1 query over the union of the store's named graphs.

    The project prefixes are declared unless the query declares them itself.

    Args:
        store: An open store (embedded or remote).
        text: The query.
        params: Values bound to variables before evaluation, by name without
            ``?``: ``<iri>``, a prefixed name (``kge:organization/alibaba``), a
            quoted literal (``"Alibaba"@fr``, ``"2023"^^xsd:gYear``), a number,
            ``true``/``false``, or bare text (a plain string).
        timeout: Seconds before the query is stopped.
        limit: Keep at most this many rows (triples); the result says if it was cut.

    Returns:
        The materialized result.

    Raises:
        QueryError: malformed query or parameter, or past the timeout.
        StoreError: the store cannot be read.
    """
    prefixes = dict(namespaces(store.base_iri).prefixes)
    substitutions = {name.lstrip("?$"): parse_term(value, prefixes) for name, value in (params or {}).items()}
    result = store.query(text, timeout=timeout, limit=limit, prefixes=prefixes, substitutions=substitutions or None)
    result.prefixes = prefixes
    return result


def materialize(result: Any) -> Result:
    """A :class:`Result` from a result, or from a raw pyoxigraph query result."""
    if isinstance(result, Result):
        return result
    return collect(lambda: result)


def format_result(result: Result, fmt: str | None = None) -> str:
    """Write a query result as text.

    Args:
        result: What :func:`run_query` returned.
        fmt: For SELECT/ASK ``table`` (default), ``csv``, ``tsv``, ``json``,
            ``xml``; for CONSTRUCT/DESCRIBE ``turtle`` (default), ``nt``,
            ``jsonld``, ``rdfxml``.

    Raises:
        QueryError: the format does not fit the kind of result.
    """
    result = materialize(result)
    if result.kind == "graph":
        fmt = (fmt or "turtle").lower()
        if fmt not in GRAPH_FORMATS:
            raise QueryError(
                f"format {fmt!r} is for SELECT/ASK results; a CONSTRUCT/DESCRIBE result is written as "
                f"{', '.join(GRAPH_FORMATS)}"
            )
        return serialize_graph(result, fmt).decode("utf-8")
    fmt = (fmt or "table").lower()
    if fmt not in SOLUTION_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for CONSTRUCT/DESCRIBE results; a SELECT/ASK result is written as "
            f"{', '.join(SOLUTION_FORMATS)}"
        )
    if fmt == "table":
        return format_table(result)
    return serialize_solutions(result, fmt).decode("utf-8")


def serialize_solutions(result: Result, fmt: str) -> bytes:
    """SELECT/ASK results in a W3C format: ``json``, ``xml``, ``csv`` or ``tsv``."""
    import pyoxigraph as ox

    data = json.dumps(_results_json(result), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt == "json":
        return data
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(SOLUTION_FORMATS)}")
    return write_results(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON), fmt)


def serialize_graph(result: Result, fmt: str) -> bytes:
    """CONSTRUCT/DESCRIBE results in ``turtle``/``ttl``, ``nt``, ``jsonld`` or ``rdfxml``, sorted."""
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    return write_triples(result.triples, fmt, result.prefixes)


def format_table(result: Result, *, width: int = CELL_WIDTH) -> str:
    """An aligned text table for a terminal; long values cut with ``…``, a line about the row count."""
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    prefixes = dict(result.prefixes or PREFIXES)
    header = [f"?{v}" for v in result.names]
    cells = [[_cut(show_term(t, prefixes), width) if t is not None else "" for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    lines = [line(header), "  ".join("─" * w for w in widths)] if header else []
    lines.extend(line(r) for r in cells)
    count = len(result.rows)
    footer = f"({count} row{'s' if count != 1 else ''}"
    if result.truncated:
        footer += f"; stopped at the limit of {result.limit}, more rows exist"
    lines.append(footer + ")")
    return "\n".join(lines) + "\n"


def show_term(term: Any, prefixes: Mapping[str, str] | None = None) -> str:
    """A term as people read it: ``kge:organization/alibaba``, ``"Alibaba"@fr``, ``42``, ``_:b0``."""
    import pyoxigraph as ox

    prefixes = dict(PREFIXES) if prefixes is None else prefixes
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value, prefixes)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        value = _escape_controls(term.value)
        if term.language:
            return f'"{value}"@{term.language}'
        datatype = term.datatype.value
        if datatype in _BARE_DATATYPES:
            return value
        if datatype == XSD + "string":
            return f'"{value}"'
        return f'"{value}"^^{compact_iri(datatype, prefixes)}'
    return str(term)


def compact_iri(iri: str, prefixes: Mapping[str, str]) -> str:
    """``prefix:local`` for the longest matching namespace, else ``<iri>``."""
    best: str | None = None
    for name, namespace in prefixes.items():
        if (
            iri.startswith(namespace)
            and (best is None or len(namespace) > len(prefixes[best]))
            and not re.search(r"[\s<>\"{}|^`\\]", iri[len(namespace) :])
        ):
            best = name
    return f"<{iri}>" if best is None else f"{best}:{iri[len(prefixes[best]) :]}"


def parse_term(value: str, prefixes: Mapping[str, str] | None = None) -> pyoxigraph.NamedNode | pyoxigraph.Literal:
    """Read a parameter value as an RDF term (see :func:`run_query`).

    Raises:
        QueryError: the value looks like a term but is not a valid one.
    """
    import pyoxigraph as ox

    prefixes = dict(PREFIXES) if prefixes is None else prefixes
    text = value.strip()
    try:
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        match = re.fullmatch(r"([A-Za-z][\w.-]*)?:(\S*)", text)
        if match and (match.group(1) or "") in prefixes:
            return ox.NamedNode(prefixes[match.group(1) or ""] + match.group(2))
        if text.startswith(("'", '"')) or re.fullmatch(
            r"[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)|true|false", text
        ):
            declared = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in prefixes.items())
            parsed = list(ox.parse(f"{declared}<urn:kg:s> <urn:kg:p> {text} .", format=ox.RdfFormat.TURTLE))
            if len(parsed) == 1 and isinstance(parsed[0].object, ox.Literal):
                return parsed[0].object
            raise SyntaxError("not one literal")
    except (SyntaxError, ValueError):
        raise QueryError(
            f'parameter value {value!r} is not an RDF term; write <iri>, prefix:name, "text"@lang or a number'
        ) from None
    return ox.Literal(value)


def _results_json(result: Result) -> dict[str, Any]:
    """The SPARQL 1.1 Query Results JSON document of a result."""
    if result.kind == "ask":
        return {"head": {}, "boolean": bool(result.boolean)}
    variables = result.names
    bindings = []
    for row in result.rows:
        bindings.append({v: _term_json(t) for v, t in zip(variables, row) if t is not None})
    return {"head": {"vars": variables}, "results": {"bindings": bindings}}


def _term_json(term: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _term_json(term.subject),
                "predicate": _term_json(term.predicate),
                "object": _term_json(term.object),
            },
        }
    raise QueryError(f"cannot write term {term!r} as SPARQL JSON")


def _escape_controls(text: str) -> str:
    """Show line breaks and other control characters as escapes, so a cell stays on one line."""
    return text.translate(_CONTROLS)


_CONTROLS = {c: f"\\u{c:04x}" for c in range(32)} | {10: "\\n", 13: "\\r", 9: "\\t", 127: "\\u007f"}


def _width(text: str) -> int:
    """Columns a string takes in a terminal (wide East Asian characters count 2, combining marks 0)."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _cut(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns, marking the cut with ``…``."""
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


__all__ = ["format_result", "format_table", "materialize", "parse_term", "run_query", "show_term"]
