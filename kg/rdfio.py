"""Writing RDF terms, triples and quads as bytes, deterministically: one place for every serialiser.

The store's export (:meth:`kg.store.Store.dump`), the answers to CONSTRUCT
and DESCRIBE (:mod:`kg.sparql`) and the endpoint's pages all write RDF here:
statements sorted by their terms (IRIs first, then blank nodes, then
literals), so the same graph gives the same bytes; XML never carries the
characters XML 1.0 forbids, whatever the documents held.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

__all__ = [
    "QUAD_FORMATS",
    "RESULT_FORMATS",
    "TRIPLE_FORMATS",
    "quad_key",
    "term_key",
    "triple_key",
    "write_quads",
    "write_results",
    "write_triples",
    "xml_safe",
]

#: Formats of graphs (triples), by name.
TRIPLE_FORMATS = ("turtle", "ttl", "nt", "jsonld", "rdfxml")
#: Formats of datasets (quads), by name.
QUAD_FORMATS = ("nq", "trig", "jsonld")
#: W3C formats of SELECT and ASK results, by name.
RESULT_FORMATS = ("json", "xml", "csv", "tsv")


def term_key(term: Any) -> tuple[int, str]:
    """How terms sort: IRIs, then blank nodes, then literals, each by its N-Triples form."""
    import pyoxigraph as ox

    order = 0 if isinstance(term, ox.NamedNode) else 1 if isinstance(term, ox.BlankNode) else 2
    return order, str(term)


def triple_key(triple: pyoxigraph.Triple) -> tuple[Any, ...]:
    """How triples sort: by subject, predicate and object."""
    return term_key(triple.subject), term_key(triple.predicate), term_key(triple.object)


def quad_key(quad: pyoxigraph.Quad) -> tuple[Any, ...]:
    """How quads sort: by graph name, then as triples."""
    return (str(quad.graph_name),) + triple_key(quad.triple)


def write_triples(triples: Iterable[pyoxigraph.Triple], fmt: str, prefixes: Mapping[str, str] | None = None) -> bytes:
    """Sorted triples in ``nt``, ``turtle``/``ttl``, ``jsonld`` or ``rdfxml``, with the project's prefixes.

    Raises:
        ValueError: the format is not one of ``TRIPLE_FORMATS``.
    """
    import pyoxigraph as ox

    ordered = sorted(triples, key=triple_key)
    if fmt == "nt":
        return "".join(f"{t} .\n" for t in ordered).encode("utf-8")
    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "ttl": ox.RdfFormat.TURTLE,
        "jsonld": ox.RdfFormat.JSON_LD,
        "rdfxml": ox.RdfFormat.RDF_XML,
    }
    if fmt not in formats:
        raise ValueError(fmt)
    out = _written(ox.serialize(ordered, format=formats[fmt], prefixes=dict(prefixes or PREFIXES)))
    return xml_safe(out) if fmt == "rdfxml" else out


def write_quads(quads: Iterable[pyoxigraph.Quad], fmt: str, prefixes: Mapping[str, str] | None = None) -> bytes:
    """Sorted quads in ``nq``, ``trig`` or ``jsonld``, with the project's prefixes.

    Raises:
        ValueError: the format is not one of ``QUAD_FORMATS``.
    """
    import pyoxigraph as ox

    ordered = sorted(quads, key=quad_key)
    if fmt == "nq":
        return "".join(f"{q} .\n" for q in ordered).encode("utf-8")
    formats = {"trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
    if fmt not in formats:
        raise ValueError(fmt)
    return _written(ox.serialize(ordered, format=formats[fmt], prefixes=dict(prefixes or PREFIXES)))


def write_results(results: pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean, fmt: str) -> bytes:
    """SELECT or ASK results in a W3C results format: ``json``, ``xml``, ``csv`` or ``tsv``.

    CSV and TSV have no form for a boolean: an ASK answer is the line
    ``true`` or ``false``. XML never carries what XML 1.0 forbids.

    Raises:
        ValueError: the format is not one of ``RESULT_FORMATS``.
    """
    import pyoxigraph as ox

    formats = {
        "json": ox.QueryResultsFormat.JSON,
        "xml": ox.QueryResultsFormat.XML,
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
    }
    if fmt not in formats:
        raise ValueError(fmt)
    if isinstance(results, ox.QueryBoolean) and fmt in ("csv", "tsv"):
        return b"true\n" if results else b"false\n"
    out = _written(results.serialize(format=formats[fmt]))
    return xml_safe(out) if fmt == "xml" else out


def _written(out: bytes | None) -> bytes:
    """What a pyoxigraph serializer returns when it is given no file to write to: bytes."""
    assert out is not None
    return out


def xml_safe(data: bytes) -> bytes:
    """XML 1.0 with the characters it cannot carry at all (C0 controls but tab and line breaks,
    U+FFFE, U+FFFF) replaced by U+FFFD; text from documents can hold form feeds and the like."""
    return _XML_INVALID.sub("\ufffd".encode(), data)


_XML_INVALID = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
