"""What the views share: the namespaces they read, the kinds of node they draw, and the records they pass.

A view projects the store onto a networkx graph (:mod:`kg.viz.projection`),
lays it out (:mod:`kg.viz.layout`), styles it as a pyvis network
(:mod:`kg.viz.drawing`) and writes one self-contained page
(:mod:`kg.viz.page`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx

from kg.namespaces import DEFAULT_BASE, PREFIXES, Namespaces, namespaces

#: Nodes drawn when the caller does not say: enough to explore, few enough to open fast.
DEFAULT_MAX_NODES = 500


#: Above this many nodes the layout is computed in Python, not by live physics.
PYTHON_LAYOUT_THRESHOLD = 1000


#: Above this many nodes live physics starts from the Python layout rather than at random.
SEED_LAYOUT_THRESHOLD = 60


#: Live physics stops after this long in the browser even if not yet stable.
LAYOUT_BUDGET_MS = 1500


_KG = PREFIXES["kg"]


_RDF = PREFIXES["rdf"]


_RDFS = PREFIXES["rdfs"]


_XSD = PREFIXES["xsd"]


_SKOS = PREFIXES["skos"]


_PROV = PREFIXES["prov"]


_DCTERMS = PREFIXES["dcterms"]


_SCHEMA = PREFIXES["schema"]


def store_namespaces(store: Any) -> Namespaces:
    """The namespaces of a store's base IRI (a bare pyoxigraph store has kg's default base)."""
    return namespaces(getattr(store, "base_iri", DEFAULT_BASE))


def query_prefixes(store: Any) -> str:
    """PREFIX lines for a query on ``store``: the project's prefixes, with the store's minted namespaces."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in store_namespaces(store).prefixes.items())


#: How a statement reaches the nodes it links (SPARQL paths).
_LINKS = ("kg:subject", "kg:object", "kg:argument/kg:entity", "kg:argument/kg:value")


#: A store with more facts than this many times max_nodes is read in part (its best-connected entities).
_PRESELECT = 20


#: Classes of values, and the name the legend gives them.
VALUE_TYPES: dict[str, str] = {
    "MonetaryAmount": "Money",
    "Quantity": "Quantity",
    "Percentage": "Percentage",
    "Date": "Date",
    "Period": "Period",
    "Value": "Value",
}


#: Colours of the usual types; other types get a colour from their name.
TYPE_COLORS: dict[str, str] = {
    "Organization": "#4e79a7",
    "Person": "#f28e2b",
    "Place": "#59a14f",
    "Product": "#b07aa1",
    "Event": "#e15759",
    "Work": "#76b7b2",
    "Entity": "#8c6d31",
    "Money": "#9c755f",
    "Quantity": "#7f7f7f",
    "Percentage": "#7f7f7f",
    "Date": "#d4a017",
    "Period": "#d4a017",
    "Value": "#7f7f7f",
    "Text": "#b0b0b0",
    "Resource": "#79706e",
}


_NUMERIC_TYPES = {
    _XSD + t
    for t in ("decimal", "integer", "int", "long", "short", "double", "float", "nonNegativeInteger", "positiveInteger")
}


_DATE_TYPES = {_XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth")}


#: Statement properties the edge panel shows in rows of their own.
_STATEMENT_FIELDS = {
    _KG + n
    for n in (
        "subject",
        "subjectText",
        "relation",
        "relationText",
        "canonicalRelation",
        "object",
        "objectText",
        "argument",
        "negated",
        "modality",
        "attribution",
        "confidence",
        "extractor",
        "inDocument",
        "amount",
        "time",
        "quantity",
        "positionHeld",
        "objectQualifier",
    )
} | {_PROV + "wasDerivedFrom", _PROV + "wasAttributedTo", _RDF + "type"}


#: Triples of a --sparql result that describe a node rather than link two.
_NODE_PROPERTIES = {_RDF + "type", _RDFS + "label", _SKOS + "altLabel"}


#: Filter name of every argument edge (one legend line, not one per preposition).
ARGUMENTS = "(arguments)"


class QueryableStore(Protocol):
    """Anything with a SPARQL ``query`` method: ``kg.store.Store``, ``pyoxigraph.Store``, ``rdflib.Dataset``."""

    def query(self, sparql: str) -> Any: ...


@dataclass(frozen=True)
class Lit:
    """An RDF literal read from the store."""

    value: str
    datatype: str = _XSD + "string"
    lang: str | None = None


#: A term of a result: an IRI or blank node ("_:b0") as a string, a literal as :class:`Lit`.
Term = str | Lit


@dataclass
class _Tables:
    """What the store says about the nodes of a view, read once."""

    entities: dict[str, dict[str, Any]]
    values: dict[str, dict[str, Any]]
    docs: dict[str, dict[str, Any]]
    relations: dict[str, str]
    lang: str
    #: The namespaces of the store's base (``kg build --base-iri``).
    ns: Namespaces = field(default_factory=namespaces)


@dataclass
class _Projection:
    graph: nx.MultiDiGraph
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)
    node_facts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    focus: str | None = None
    scope: str = ""
    phrase_facts: int = 0
    read_entities: int | None = None


def _induced(graph: nx.MultiDiGraph, keep: set[Any]) -> nx.MultiDiGraph:
    """The part of ``graph`` on the nodes ``keep``, nodes and edges in the graph's own order.

    ``graph.subgraph(keep)`` lists a small subgraph's nodes in the order of the
    set it was given, which varies between runs; the page and the layout follow
    node order, so they would too.
    """
    part = nx.MultiDiGraph()
    part.graph.update(graph.graph)
    part.add_nodes_from((n, dict(d)) for n, d in graph.nodes(data=True) if n in keep)
    part.add_edges_from(
        (u, v, k, dict(d)) for u, v, k, d in graph.edges(keys=True, data=True) if u in keep and v in keep
    )
    return part
