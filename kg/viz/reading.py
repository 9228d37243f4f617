"""How the views read the store: SPARQL through any store's ``query``, answers as plain terms.

The views work on a :class:`kg.store.Store` (embedded or remote), a
``pyoxigraph.Store`` or an rdflib ``Dataset``: each answer, whatever its
kind, becomes rows of :data:`~kg.viz.model.Term`, IRIs as strings and
literals as :class:`~kg.viz.model.Lit`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.viz.model import (
    _KG,
    _RDF,
    _XSD,
    Lit,
    QueryableStore,
    Term,
    query_prefixes,
)


def _raw_query(store: QueryableStore, sparql: str) -> Any:
    import pyoxigraph

    if isinstance(store, pyoxigraph.Store):
        return store.query(sparql, use_default_graph_as_union=True)
    return store.query(sparql)


def _select(store: QueryableStore, body: str) -> list[dict[str, Any]]:
    """The rows of a SELECT: IRIs and blank nodes as ``str``, literals as :class:`Lit` (what the query binds)."""
    result = _raw_query(store, query_prefixes(store) + body)
    return _rows(result, _variables(result) or [])


def _count(store: QueryableStore, body: str) -> int:
    rows = _select(store, body)
    value = rows[0].get("n") if rows else None
    return int(value.value) if isinstance(value, Lit) else 0


def _chunks(iris: list[str] | None, var: str = "?e", size: int = 400) -> Iterator[str]:
    """``VALUES`` clauses binding ``var`` to the IRIs, a few hundred at a time; one empty clause for all."""
    if iris is None:
        yield ""
        return
    for start in range(0, len(iris), size):
        yield f"VALUES {var} {{ {' '.join(f'<{i}>' for i in iris[start : start + size])} }}"


def _variables(result: Any) -> list[str] | None:
    """Variable names of a SELECT result (pyoxigraph, kg.store or rdflib), ``None`` for triples."""
    try:
        variables = result.variables  # pyoxigraph QuerySolutions, kg.store.Result
    except AttributeError:
        if getattr(result, "type", None) == "SELECT":  # rdflib
            return [str(v) for v in result.vars]
        return None
    return [v if isinstance(v, str) else v.value for v in variables]


def _rows(result: Any, variables: list[str]) -> list[dict[str, Term]]:
    if hasattr(result, "rows") and hasattr(result, "names"):  # kg.store.Result: tuples aligned with names
        source: Iterable[Any] = result.rows
    elif type(result).__name__ == "QuerySolutions":  # pyoxigraph: solutions iterate in variable order
        source = result
    else:  # rdflib rows
        return [{n: _term(row[n]) for n in variables if row[n] is not None} for row in result]
    return [{n: _term(v) for n, v in zip(variables, row) if v is not None} for row in source]


def _triples_of(result: Any) -> Iterable[Any]:
    return result.triples if hasattr(result, "triples") else result


def _spo(triple: Any) -> tuple[Any, Any, Any]:
    """Subject, predicate, object of a pyoxigraph ``Triple`` or an rdflib tuple."""
    return (triple.subject, triple.predicate, triple.object) if hasattr(triple, "subject") else tuple(triple)


def _term(value: Any) -> Term:
    kind = type(value).__name__
    if kind == "NamedNode":  # pyoxigraph
        return value.value
    if kind == "Literal":
        datatype = getattr(value, "datatype", None)
        if datatype is not None and hasattr(datatype, "value"):  # pyoxigraph
            return Lit(value.value, datatype.value, value.language)
        datatype = str(datatype) if datatype else (_RDF + "langString" if value.language else _XSD + "string")
        return Lit(str(value), datatype, value.language)  # rdflib
    if kind == "BlankNode":
        return "_:" + value.value
    if kind == "BNode":
        return "_:" + str(value)
    return str(value)  # rdflib URIRef


def _first(props: dict[str, list[Term]], name: str) -> Term | None:
    """First value of a property: a full IRI, or a kg: local name."""
    vals = props.get(name) or props.get(_KG + name)
    return vals[0] if vals else None


def _lit_value(term: Term | None) -> str | None:
    """Lexical form of a literal (or the IRI itself)."""
    if term is None:
        return None
    return term.value if isinstance(term, Lit) else term


def _to_float(term: Term | None) -> float | None:
    try:
        return float(term.value) if isinstance(term, Lit) else None
    except ValueError:
        return None


def _key(term: Term | None) -> str:
    """A hashable form of a term that tells literals from IRIs."""
    if isinstance(term, Lit):
        return f'"{term.value}"@{term.lang or ""}^^{term.datatype}'
    return term or ""
