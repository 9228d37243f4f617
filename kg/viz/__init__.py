"""Interactive network views of the graph: networkx projection, pyvis page.

The view reads the store only through SPARQL (so it works on the embedded
Oxigraph store and on a remote endpoint alike), projects entities, values and
facts onto a :class:`networkx.MultiDiGraph`, and draws that as a pyvis
:class:`~pyvis.network.Network`. :func:`render_html` turns the network into
one self-contained page: vis-network's script and style are inlined from the
pyvis package, every string read from a document travels as escaped JSON and
reaches the page through ``textContent``, and a Content-Security-Policy lets
only the page's own scripts run.

What is drawn (see ``docs/graph-model.md``):

- entities (``kge:``) as dots coloured by type and sized by PageRank;
- values (``kgv:`` money, quantities, dates, periods) as boxes, in a human
  form: ``28 Md USD``, ``2023``, ``Q4 2019``;
- phrases that are neither (a statement's subject or object as text) as
  grey boxes, type ``Text``; a fact with no entity and no value at all is
  left out (the page says how many);
- one edge per statement, subject → object, labelled with the canonical
  relation (else the open one); red when negated, dashed when modal; and one
  dashed grey edge per argument that is an entity or a value, from the object
  (else the subject), labelled with its role. Text-only arguments, negation,
  modality, attribution, confidence and the sentence are in the fact's panel.

Typical use::

    net = build_network(store, focus="Alibaba", depth=2)
    write_html(net, "alibaba.html")
"""
from __future__ import annotations

import base64
import colorsys
import difflib
import functools
import hashlib
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Protocol

import networkx as nx
import numpy as np
from pyvis.network import Network

from kg.errors import ViewError
from kg.lang import month_name
from kg.namespaces import PREFIXES

__all__ = [
    "DEFAULT_MAX_NODES",
    "KGNetwork",
    "build_network",
    "export_graph",
    "graph_to_networkx",
    "render_html",
    "write_html",
]

#: Nodes drawn when the caller does not say: enough to explore, few enough to open fast.
DEFAULT_MAX_NODES = 500
#: Above this many nodes the layout is computed in Python, not by live physics.
PYTHON_LAYOUT_THRESHOLD = 1000
#: Above this many nodes live physics starts from the Python layout rather than at random.
SEED_LAYOUT_THRESHOLD = 60
#: Live physics stops after this long in the browser even if not yet stable.
LAYOUT_BUDGET_MS = 1500

_KG = PREFIXES["kg"]
_KGR = PREFIXES["kgr"]
_KGD = PREFIXES["kgd"]
_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_XSD = PREFIXES["xsd"]
_SKOS = PREFIXES["skos"]
_PROV = PREFIXES["prov"]
_DCTERMS = PREFIXES["dcterms"]
_SCHEMA = PREFIXES["schema"]
_QUERY_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
_KGE_PREFIX = PREFIXES["kge"]
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

_NUMERIC_TYPES = {_XSD + t for t in ("decimal", "integer", "int", "long", "short", "double", "float",
                                     "nonNegativeInteger", "positiveInteger")}
_DATE_TYPES = {_XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth")}
#: Statement properties the edge panel shows in rows of their own.
_STATEMENT_FIELDS = {_KG + n for n in (
    "subject", "subjectText", "relation", "relationText", "canonicalRelation", "object", "objectText",
    "argument", "negated", "modality", "attribution", "confidence", "extractor", "inDocument",
    "amount", "time", "quantity", "positionHeld", "objectQualifier",
)} | {_PROV + "wasDerivedFrom", _PROV + "wasAttributedTo", _RDF + "type"}
#: Triples of a --sparql result that describe a node rather than link two.
_NODE_PROPERTIES = {_RDF + "type", _RDFS + "label", _SKOS + "altLabel"}
#: Filter name of every argument edge (one legend line, not one per preposition).
ARGUMENTS = "(arguments)"

_SCALES = {
    "en": [(Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "M")],
    "fr": [(Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "Md"), (Decimal(10) ** 6, "M")],
}
_DURATION_WORDS = {
    "en": {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days")},
    "fr": {"Y": ("an", "ans"), "M": ("mois", "mois"), "W": ("semaine", "semaines"), "D": ("jour", "jours")},
}


class QueryableStore(Protocol):
    """Anything with a SPARQL ``query`` method: ``kg.store.Store``, ``pyoxigraph.Store``, ``rdflib.Dataset``."""

    def query(self, sparql: str) -> Any: ...


@dataclass(frozen=True)
class Lit:
    """An RDF literal read from the store."""

    value: str
    datatype: str = _XSD + "string"
    lang: str | None = None


Term = str | Lit  # IRIs and blank nodes ("_:b0") as str, literals as Lit


class KGNetwork(Network):
    """A pyvis ``Network`` that renders as a ``kg`` view.

    It is an ordinary pyvis network (``nodes``, ``edges``, ``options``) with
    the view's side data (legend, fact details, counts) in ``kg_data``;
    ``generate_html`` and ``write_html`` use the self-contained template, and
    ``_repr_html_`` shows it inline in Jupyter (a sandboxed iframe).
    """

    kg_data: dict[str, Any]

    def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
        """Render the page (pyvis API; ``name``, ``local``, ``notebook`` are ignored)."""
        self.html = render_html(self)
        return self.html

    def _repr_html_(self) -> str:
        height = self.height if self.height.endswith("px") else "640px"
        return (f'<iframe srcdoc="{escape(render_html(self), quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{escape(height)};border:1px solid #ddd"></iframe>')


@dataclass
class _Tables:
    """What the store says about the nodes of a view, read once."""

    entities: dict[str, dict[str, Any]]
    values: dict[str, dict[str, Any]]
    docs: dict[str, dict[str, Any]]
    relations: dict[str, str]
    lang: str


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


# --------------------------------------------------------------------------- public API


def build_network(
    store: QueryableStore,
    *,
    focus: str | None = None,
    depth: int = 1,
    sparql: str | None = None,
    doc: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> KGNetwork:
    """Draw the graph, or a focused part of it, as a pyvis network.

    Args:
        store: A ``kg.store.Store`` (embedded or remote), a
            ``pyoxigraph.Store``, an ``rdflib.Dataset``, or anything whose
            ``query(sparql)`` returns pyoxigraph, ``kg.store`` or rdflib
            results over the union of the document graphs.
        focus: Label (or alias, any case) of the entity whose neighbourhood to draw.
        depth: How many hops around ``focus`` to keep.
        sparql: A CONSTRUCT (or DESCRIBE), or a SELECT of ``?s ?p ?o``, whose triples to draw.
        doc: Id (hex SHA-256, a unique prefix of it, or the document IRI) of
            the document whose facts to draw.
        max_nodes: Keep at most this many nodes, the most important
            (PageRank) first; ``None`` keeps all. A store with many more facts
            is read in part: the facts of its ``max_nodes`` best-connected
            entities. The page says what was left out.
        title: Title of the page; a description of the view by default.

    Returns:
        The network; it renders inline in Jupyter and with :func:`write_html`.

    Raises:
        ViewError: Unknown focus label or document, or a query that is not a
            CONSTRUCT or a SELECT of ``?s ?p ?o``.
    """
    if max_nodes is not None and max_nodes < 1:
        raise ViewError(f"max_nodes must be 1 or more, got {max_nodes}")
    proj = _project(store, focus=focus, depth=depth, sparql=sparql, doc=doc, limit=max_nodes)
    return _draw(proj, max_nodes=max_nodes, title=title)


def graph_to_networkx(
    store: QueryableStore,
    *,
    focus: str | None = None,
    depth: int = 1,
    sparql: str | None = None,
    doc: str | None = None,
) -> nx.MultiDiGraph:
    """Project the graph onto networkx: entities and values as nodes, facts as edges.

    Node ids are IRIs (``text:…`` for phrases); node attributes: ``label``,
    ``type`` (``Organization``, ``Money``, ``Text``…), ``kind`` (``entity``,
    ``value``, ``text``, ``other``), ``aliases`` (``" | "``-joined), ``iri``.
    Edge keys are statement IRIs (``…#argN`` for argument edges); edge
    attributes: ``label``, ``relation``, ``role``, ``fact``, ``confidence``
    (-1 when unknown), ``negated``, ``modality``, ``sentence``, ``document``.
    Every attribute is a string, number or boolean, so the graph can be
    written as GraphML or GEXF.
    """
    return _project(store, focus=focus, depth=depth, sparql=sparql, doc=doc).graph


def export_graph(store: QueryableStore, fmt: Literal["graphml", "gexf"], path: str | Path) -> Path:
    """Write the whole projection as GraphML or GEXF (for Gephi).

    Raises:
        ViewError: ``fmt`` is neither ``graphml`` nor ``gexf``.
    """
    fmt = fmt.lower()  # type: ignore[assignment]
    if fmt not in ("graphml", "gexf"):
        raise ViewError(f"unknown graph format {fmt!r}: expected graphml or gexf")
    out = graph_to_networkx(store)
    path = Path(path)
    if fmt == "graphml":
        nx.write_graphml(out, path)
    else:
        nx.write_gexf(out, path)
    return path


def render_html(net: Network) -> str:
    """Render a network as one self-contained HTML page.

    The page inlines vis-network from the installed pyvis package and
    fetches nothing; it keeps the vis ``Network`` as ``window.network``.
    """
    data = getattr(net, "kg_data", None) or _plain_kg_data(net)
    physics = _physics_enabled(net.options)
    payload = {
        **data,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options if isinstance(net.options, dict) else json.loads(net.options.to_json()),
        "physics": physics,
    }
    vis_js, vis_css = _vis_assets()
    app_js, app_css = _static("view.js"), _static("view.css")
    # Only these exact scripts and styles may run: an injected <script> or style attribute would not.
    csp = (f"default-src 'none'; script-src {_hashes(vis_js, app_js)}; style-src {_hashes(vis_css, app_css)}; "
           "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    template = _template()
    return template.render(
        title=data.get("title") or "kg view",
        csp=csp,
        vis_css=vis_css,
        app_css=app_css,
        vis_js=vis_js,
        app_js=app_js,
        data_json=_script_json(payload),
    )


def write_html(net: Network, path: str | Path) -> Path:
    """Write the network's self-contained page to ``path`` and return the path."""
    path = Path(path)
    path.write_text(render_html(net), encoding="utf-8", newline="\n")
    return path


# --------------------------------------------------------------------------- projection


def _project(store: QueryableStore, *, focus: str | None, depth: int, sparql: str | None,
             doc: str | None, limit: int | None = None) -> _Projection:
    """The networkx projection of a view; ``limit`` (nodes to draw) lets a big store be read in part."""
    if sum(x is not None for x in (focus, sparql, doc)) > 1:
        raise ViewError("give only one of focus, sparql and doc: they select different views")
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, got {depth}")
    docs = _read_documents(store)
    langs = Counter(d.get("lang", "") for d in docs.values())
    lang = next((lang for lang, _ in langs.most_common() if lang in _MONTHS), "en")
    proj = _Projection(graph=nx.MultiDiGraph(), docs=docs, totals=_read_totals(store))
    relations = _read_relations(store)
    if sparql is not None:
        _project_query(proj, store, sparql, docs, relations, lang)
    elif focus is not None:
        _project_focus(proj, store, focus, depth, docs, relations, lang)
    elif doc is None and limit is not None and proj.totals["facts"] > _PRESELECT * limit:
        _project_best_connected(proj, store, limit, docs, relations, lang)
    else:
        _project_all(proj, store, doc, docs, relations, lang)
    return proj


def _project_query(proj: _Projection, store: QueryableStore, sparql: str, docs: dict[str, dict[str, Any]],
                   relations: dict[str, str], lang: str) -> None:
    """The triples a query returns; the statements behind them give their details."""
    triples = _construct(store, sparql)
    iris = sorted({t for s, _, o in triples for t in (s, o) if isinstance(t, str) and not t.startswith("_:")})
    tables = _Tables(_read_entities(store, iris), _read_values(store, iris, lang), docs, relations, lang)
    subjects = [s for s in iris if s in tables.entities or s in tables.values]
    statements = _read_statements(store, about=subjects) if subjects else {}
    _relabel_values(tables, statements.values())
    _add_triples(proj, triples, tables, statements)
    proj.scope = "query result"


def _project_focus(proj: _Projection, store: QueryableStore, focus: str, depth: int,
                   docs: dict[str, dict[str, Any]], relations: dict[str, str], lang: str) -> None:
    """An entity and what lies ``depth`` hops around it, read hop by hop rather than the whole store."""
    entities = _read_entities(store)
    center = _resolve_focus(focus, entities)
    statements = _read_neighbourhood(store, center, depth)
    values = sorted({t for st in statements.values() for t in _terms(st) if not t.startswith(_KGE_PREFIX)})
    tables = _Tables(entities, _read_values(store, values, lang), docs, relations, lang)
    _relabel_values(tables, statements.values())
    for st in statements.values():
        _add_statement(proj, tables, st)
    _node(proj, tables, center)
    _keep_neighbourhood(proj, center, depth)
    proj.focus = center
    proj.scope = f"{entities[center]['label']} and {depth} hop{'s' if depth != 1 else ''} around"


def _project_best_connected(proj: _Projection, store: QueryableStore, limit: int,
                            docs: dict[str, dict[str, Any]], relations: dict[str, str], lang: str) -> None:
    """A big store in part: the facts of its ``limit`` best-connected entities."""
    top = _top_entities(store, limit)
    statements = _read_statements(store, about=top, via=_LINKS)
    named = set(top) | {t for st in statements.values() for t in _terms(st) if t.startswith(_KGE_PREFIX)}
    values = sorted({t for st in statements.values() for t in _terms(st) if not t.startswith(_KGE_PREFIX)})
    tables = _Tables(_read_entities(store, sorted(named)), _read_values(store, values, lang), docs, relations, lang)
    _relabel_values(tables, statements.values())
    for iri in top:
        if iri in tables.entities:
            _node(proj, tables, iri)
    for st in statements.values():
        _add_statement(proj, tables, st)
    proj.read_entities = len(top)


def _project_all(proj: _Projection, store: QueryableStore, doc: str | None, docs: dict[str, dict[str, Any]],
                 relations: dict[str, str], lang: str) -> None:
    """Every entity and fact, or one document's facts."""
    doc_iri = _resolve_doc(doc, docs) if doc is not None else None
    tables = _Tables(_read_entities(store), _read_values(store, None, lang), docs, relations, lang)
    if doc_iri is None:
        for iri in tables.entities:
            _node(proj, tables, iri)
    statements = _read_statements(store, graph=doc_iri)
    _relabel_values(tables, statements.values())
    for st in statements.values():
        _add_statement(proj, tables, st)
    if doc_iri is not None:
        d = docs[doc_iri]
        proj.scope = f"document {d.get('title') or d.get('source') or d['id'][:12]}"
    elif len(docs) == 1:  # the graph of one document: name it
        d = next(iter(docs.values()))
        proj.scope = d.get("title") or d.get("source") or ""


def _keep_neighbourhood(proj: _Projection, center: str, depth: int) -> None:
    """Keep the nodes ``depth`` hops from ``center``, and every fact they take part in whole."""
    near = set(nx.ego_graph(proj.graph.to_undirected(as_view=True), center, radius=depth).nodes)
    facts = {d["fact"] for u, v, d in proj.graph.edges(data=True) if u in near and v in near}
    keep = set(near)
    for u, v, d in proj.graph.edges(data=True):
        if d["fact"] in facts:
            keep.update((u, v))
    proj.graph = proj.graph.subgraph(keep).copy()


def _read_totals(store: QueryableStore) -> dict[str, int]:
    return {
        "entities": _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . "
                                  "FILTER(STRSTARTS(STR(?e), STR(kge:))) }"),
        "facts": _count(store, "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a kg:Statement }"),
        "documents": _count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"),
    }


def _read_entities(store: QueryableStore, only: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Entities (``kge:`` IRIs): label, type and aliases, all of them or ``only`` these."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    for values in _chunks(only):
        # Not DISTINCT: a triple repeated in several document graphs counts once per document.
        for row in _select(store, f"""SELECT ?e ?type WHERE {{ {values} ?e a ?type .
                FILTER(STRSTARTS(STR(?e), STR(kge:))) }}"""):
            types[row["e"]][_local_name(row["type"])] += 1
        for row in _select(store, f"""SELECT ?e ?label WHERE {{ {values} ?e rdfs:label ?label .
                FILTER(STRSTARTS(STR(?e), STR(kge:))) }}"""):
            if isinstance(row["label"], Lit):
                labels[row["e"]][row["label"].value] += 1
        for row in _select(store, f"""SELECT DISTINCT ?e ?alias WHERE {{ {values} ?e skos:altLabel ?alias .
                FILTER(STRSTARTS(STR(?e), STR(kge:))) }}"""):
            if isinstance(row["alias"], Lit):
                aliases[row["e"]].add(row["alias"].value)
    if any(len(t) > 1 for t in types.values()):
        # Documents may type an entity differently: the one most occurrences elected wins.
        for values in _chunks(only):
            for row in _select(store, f"""SELECT ?e ?type (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {values}
                    ?o kg:entity ?e ; kg:assignedType ?type }} GROUP BY ?e ?type"""):
                if row["e"] in types and isinstance(row.get("n"), Lit):
                    types[row["e"]][_local_name(row["type"])] += 1000 * int(row["n"].value)
    out = {}
    for iri, counts in types.items():
        named = labels.get(iri)
        # As kg.resolve chooses within a document: not shouted, then the most documents, then the fullest.
        label = min(named, key=lambda x: (x.isupper(), -named[x], -len(x), x)) if named else _local_name(iri)
        kind = min(counts, key=lambda t: (t == "Entity", -counts[t], t))
        out[iri] = {"label": label, "type": kind,
                    "aliases": sorted((aliases.get(iri, set()) | set(named or ())) - {label})}
    return out


def _read_values(store: QueryableStore, only: list[str] | None, lang: str) -> dict[str, dict[str, Any]]:
    """Value nodes (money, quantities, dates, periods) with a label in words, in ``lang``."""
    classes = " ".join(f"kg:{c}" for c in VALUE_TYPES)
    props: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for values in _chunks(only, "?v"):
        for row in _select(store, f"""SELECT DISTINCT ?v ?p ?o WHERE {{ {values}
                VALUES ?class {{ {classes} }} ?v a ?class ; ?p ?o }}"""):
            props[row["v"]][row["p"]].append(row["o"])
    out = {}
    for iri, p in props.items():
        kind = next((VALUE_TYPES[_local_name(t)] for t in p.get(_RDF + "type", [])
                     if isinstance(t, str) and _local_name(t) in VALUE_TYPES and _local_name(t) != "Value"), "Value")
        out[iri] = {"type": kind, "props": p, "label": _value_label(iri, p, kind, lang)}
    return out


def _value_label(iri: str, props: dict[str, list[Term]], kind: str, lang: str) -> str:
    return _human_value(props, kind, lang) or _lit_value(_first(props, _RDFS + "label")) or _local_name(iri)


def _relabel_values(tables: _Tables, statements: Iterable[dict[str, Any]]) -> None:
    """Write each value in the language of the statements that use it ("28 Md USD" in French)."""
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    for st in statements:
        lang = _statement_lang(st)
        if not lang:
            continue
        terms = [v for vals in st["props"].values() for v in vals]
        terms += [v for arg in st["args"].values() for vals in arg.values() for v in vals]
        for term in terms:
            if isinstance(term, str) and term in tables.values:
                langs[term][lang] += 1
    for iri, counts in langs.items():
        lang = counts.most_common(1)[0][0]
        if lang != tables.lang and lang in _MONTHS:
            info = tables.values[iri]
            info["label"] = _value_label(iri, info["props"], info["type"], lang)


def _read_documents(store: QueryableStore) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    names = {_DCTERMS + "identifier": "id", _KG + "source": "source", _DCTERMS + "title": "title",
             _DCTERMS + "date": "date", _DCTERMS + "language": "lang", _SCHEMA + "url": "url"}
    for row in _select(store, "SELECT DISTINCT ?d ?p ?o WHERE { ?d a kg:Document ; ?p ?o }"):
        d = docs.setdefault(row["d"], {"id": _doc_id(row["d"])})
        name = names.get(row["p"])
        if name and isinstance(row["o"], Lit):
            d[name] = row["o"].value
    return docs


def _read_relations(store: QueryableStore) -> dict[str, str]:
    """Labels of open relations (``kgr:fr/investir`` → ``investir``) and of canonical ones."""
    labels = dict(_canonical_labels())
    for row in _select(store, "SELECT DISTINCT ?r ?label WHERE { ?r a kg:Relation ; rdfs:label ?label }"):
        if isinstance(row["label"], Lit):
            labels[row["r"]] = row["label"].value
    return labels


def _read_statements(store: QueryableStore, *, graph: str | None = None, about: list[str] | None = None,
                     via: tuple[str, ...] = ("kg:subject",)) -> dict[str, dict[str, Any]]:
    """Statements as property maps: all, one document's (``graph``), or those whose
    ``via`` properties (SPARQL paths from the statement: ``kg:subject``…) reach one of ``about``."""
    if graph is not None:
        wheres = [f"GRAPH <{graph}> {{ ?st a kg:Statement }}"]
    elif about is not None:
        wheres = [f"{values} ?st {path} ?x ; a kg:Statement ." for path in via for values in _chunks(about, "?x")]
    else:
        wheres = ["?st a kg:Statement ."]
    statements: dict[str, dict[str, Any]] = {}
    for where in wheres:
        _read_statement_rows(store, where, statements)
    return statements


def _read_statement_rows(store: QueryableStore, where: str, statements: dict[str, dict[str, Any]]) -> None:
    """Add the statements matching ``where`` (binding ``?st``) that are not read yet."""
    known = set(statements)
    for row in _select(store, f"SELECT DISTINCT ?st ?p ?o WHERE {{ {where} ?st ?p ?o }}"):
        if row["st"] not in known:
            st = statements.setdefault(row["st"], {"iri": row["st"], "props": defaultdict(list), "args": {}})
            st["props"][row["p"]].append(row["o"])
    fresh = set(statements) - known
    for row in _select(store, f"""SELECT DISTINCT ?st ?arg ?p ?o WHERE {{ {where}
            ?st kg:argument ?arg . ?arg ?p ?o }}"""):
        if row["st"] in fresh:
            statements[row["st"]]["args"].setdefault(row["arg"], defaultdict(list))[row["p"]].append(row["o"])
    for row in _select(store, f"""SELECT DISTINCT ?st ?s ?text ?doc ?index WHERE {{ {where}
            ?st prov:wasDerivedFrom ?s . OPTIONAL {{ ?s kg:text ?text }} OPTIONAL {{ ?s kg:inDocument ?doc }}
            OPTIONAL {{ ?s kg:index ?index }} }}"""):
        if row["st"] in fresh:
            statements[row["st"]]["sentence"] = {"iri": row["s"], "text": _lit_value(row.get("text")) or "",
                                                 "doc": row.get("doc") or "",
                                                 "index": int(_to_float(row.get("index")) or 0)}


def _read_neighbourhood(store: QueryableStore, center: str, depth: int) -> dict[str, dict[str, Any]]:
    """The statements within ``depth`` hops of an entity (through entities and values)."""
    statements: dict[str, dict[str, Any]] = {}
    seen, frontier = {center}, [center]
    for _ in range(depth):
        if not frontier:
            break
        found = _read_statements(store, about=frontier, via=_LINKS)
        found = {k: v for k, v in found.items() if k not in statements}
        statements.update(found)
        frontier = sorted({t for st in found.values() for t in _terms(st)} - seen)
        seen.update(frontier)
    return statements


def _top_entities(store: QueryableStore, n: int) -> list[str]:
    """The ``n`` entities in the most statements (as subject, object or argument)."""
    rows = _select(store, f"""SELECT ?e (COUNT(DISTINCT ?st) AS ?n) WHERE {{
        {{ ?st kg:subject ?e }} UNION {{ ?st kg:object ?e }} UNION {{ ?st kg:argument/kg:entity ?e }}
        FILTER(STRSTARTS(STR(?e), STR(kge:))) }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {int(n)}""")
    return [row["e"] for row in rows if isinstance(row.get("e"), str)]


def _node(proj: _Projection, tables: _Tables, term: Term, text: Term | None = None) -> str:
    """Id of the node drawing ``term`` (entity, value, phrase or other resource), added when new."""
    graph = proj.graph
    if isinstance(term, Lit):
        human = _human_literal(term, tables.lang)
        label = human or term.value
        nid = "text:" + label
        if nid not in graph:
            kind = "Date" if term.datatype in _DATE_TYPES else "Quantity" if term.datatype in _NUMERIC_TYPES else "Text"
            graph.add_node(nid, label=label, type=kind, kind="value" if human else "text", aliases="", iri="")
        return nid
    if term not in graph:
        if term in tables.entities:
            info = tables.entities[term]
            graph.add_node(term, label=info["label"], type=info["type"], kind="entity",
                           aliases=" | ".join(info["aliases"]), iri=term)
        elif term in tables.values:
            info = tables.values[term]
            graph.add_node(term, label=info["label"], type=info["type"], kind="value", aliases="", iri=term)
        else:
            label = _lit_value(text) or (tables.relations.get(term) or _local_name(term))
            graph.add_node(term, label=label, type="Resource", kind="other", aliases="",
                           iri="" if term.startswith("_:") else term)
    return term


def _add_statement(proj: _Projection, tables: _Tables, st: dict[str, Any]) -> None:
    """Draw one statement: subject → object, and its arguments that are entities or values.

    A fact that names no entity and no value ("la demande —lié à→ la pandémie")
    is left out of the drawing (and counted): phrases linked to phrases make
    noise, not a network. Arguments that are only text stay in the fact's
    details rather than becoming nodes.
    """
    props = st["props"]
    subject, obj = _first(props, "subject"), _first(props, "object")
    if subject is None:
        return
    args = [(a, t) for a, t in _argument_targets(st) if _is_node(t, tables)]
    if not (_is_node(subject, tables) or _is_node(obj, tables) or args):
        proj.phrase_facts += 1
        return
    fact = _fact_details(st, tables)
    proj.facts[st["iri"]] = fact
    edge = {"fact": st["iri"], "confidence": fact.get("confidence_value", -1.0), "negated": fact["negated"],
            "modality": fact["modality"], "sentence": fact["sentence"], "document": fact["document"]}
    source = _node(proj, tables, subject, _first(props, "subjectText"))
    proj.node_facts[source].append(st["iri"])
    anchor = source
    if obj is not None:
        anchor = _node(proj, tables, obj, _first(props, "objectText"))
        proj.graph.add_edge(source, anchor, key=st["iri"], label=fact["relation"], relation=fact["relation_iri"],
                            role="", **edge)
        proj.node_facts[anchor].append(st["iri"])
    for i, (arg, target_term) in enumerate(args):
        target = _node(proj, tables, target_term, _first(arg, "text"))
        role = _lit_value(_first(arg, "role")) or "with"
        proj.graph.add_edge(anchor, target, key=f"{st['iri']}#arg{i}", label=role, relation=ARGUMENTS,
                            role=role, **edge)
        proj.node_facts[target].append(st["iri"])


def _is_node(term: Term | None, tables: _Tables) -> bool:
    """Whether a term is an entity or a value (not a phrase)."""
    return isinstance(term, str) and (term in tables.entities or term in tables.values)


def _add_triples(proj: _Projection, triples: list[tuple[Term, Term, Term]], tables: _Tables,
                 statements: dict[str, dict[str, Any]]) -> None:
    """Draw the triples of a query; an edge that a statement asserts gets that statement's details."""
    asserted: dict[tuple[str, str, str], str] = {}
    for st in statements.values():
        props = st["props"]
        obj = _first(props, "object")
        targets = [obj] if obj is not None else [t for _, t in _argument_targets(st)[:1]]
        for rel in (_first(props, "relation"), _first(props, "canonicalRelation")):
            for target in targets:
                if isinstance(rel, str):
                    asserted.setdefault((_key(_first(props, "subject")), rel, _key(target)), st["iri"])
    for s, p, o in triples:
        if p in _NODE_PROPERTIES and isinstance(s, str):
            _node(proj, tables, s)
            data = proj.graph.nodes[s]
            if p == _RDF + "type" and isinstance(o, str) and data["kind"] == "other":
                data["type"] = _local_name(o)
            elif p == _RDFS + "label" and isinstance(o, Lit) and data["kind"] == "other":
                data["label"] = o.value
            continue
        source, target = _node(proj, tables, s), _node(proj, tables, o)
        st_iri = asserted.get((_key(s), p, _key(o)))
        if st_iri is not None and st_iri not in proj.facts:
            proj.facts[st_iri] = _fact_details(statements[st_iri], tables)
        key = st_iri or f"triple:{len(proj.facts)}"
        if st_iri is None:
            proj.facts[key] = {"id": key, "relation": _relation_label(p, tables), "relation_iri": p,
                               "subject": _show(s, tables), "object": _show(o, tables), "arguments": [],
                               "negated": False, "modality": "", "sentence": "", "document": ""}
        fact = proj.facts[key]
        while proj.graph.has_edge(source, target, key):
            key += "+"
        proj.graph.add_edge(source, target, key=key, label=_relation_label(p, tables), relation=p, role="",
                            fact=fact["id"], confidence=fact.get("confidence_value", -1.0),
                            negated=fact["negated"], modality=fact["modality"], sentence=fact["sentence"],
                            document=fact["document"])
        for n in (source, target):
            proj.node_facts[n].append(fact["id"])


def _terms(st: dict[str, Any]) -> Iterator[str]:
    """The IRIs a statement and its arguments point to (not itself, its sentence or document)."""
    skip = {st["iri"]}
    for p, vals in st["props"].items():
        if p in (_RDF + "type", _PROV + "wasDerivedFrom", _KG + "inDocument", _KG + "argument", _KG + "relation",
                 _KG + "canonicalRelation"):
            continue
        yield from (v for v in vals if isinstance(v, str) and v not in skip and not v.startswith("_:"))
    for arg in st["args"].values():
        for p in (_KG + "entity", _KG + "value"):
            yield from (v for v in arg.get(p, []) if isinstance(v, str))


def _argument_targets(st: dict[str, Any]) -> list[tuple[dict[str, list[Term]], Term]]:
    """Each argument of a statement, in order, with what it denotes: entity, value, or its text."""
    out = []
    args = sorted(st["args"].values(), key=lambda a: (_to_float(_first(a, "position")) or 0.0))
    for arg in args:
        target = _first(arg, "entity") or _first(arg, "value") or _first(arg, "text")
        if target is not None:
            out.append((arg, target))
    return out


def _fact_details(st: dict[str, Any], tables: _Tables) -> dict[str, Any]:
    """Everything the edge panel shows about one statement, as JSON-ready data."""
    props = st["props"]
    sentence = st.get("sentence", {})
    doc_iri = _first(props, "inDocument") or sentence.get("doc") or ""
    doc = tables.docs.get(doc_iri, {}) if isinstance(doc_iri, str) else {}
    confidence = _to_float(_first(props, "confidence"))
    canonical = _first(props, "canonicalRelation")
    relation = _first(props, "relation")
    arguments = []
    for arg, target in _argument_targets(st):
        arguments.append({
            "role": _lit_value(_first(arg, "role")) or "",
            "role_type": _local_name(_first(arg, "roleType") or "") if _first(arg, "roleType") else "",
            "text": _lit_value(_first(arg, "text")) or "",
            "value": _show(target, tables) if target != _first(arg, "text") else "",
            "qualifier": _lit_value(_first(arg, "qualifier")) or "",
        })
    attribution = _lit_value(_first(props, "attribution")) or ""
    attributed = _first(props, _PROV + "wasAttributedTo")
    if attributed is not None and _show(attributed, tables) not in attribution:
        attribution = f"{attribution} ({_show(attributed, tables)})" if attribution else _show(attributed, tables)
    other = [[_local_name(p), _show(v, tables)] for p, vals in sorted(props.items()) if p not in _STATEMENT_FIELDS
             for v in vals if not (isinstance(v, str) and v.startswith("_:"))]
    position = _first(props, "positionHeld")
    if position is not None:
        other.insert(0, ["position", _show(position, tables)])
    obj = _first(props, "object")
    return {
        "id": st["iri"],
        "relation": _relation_label(canonical or relation, tables) if (canonical or relation) else
        (_lit_value(_first(props, "relationText")) or "related to"),
        "relation_iri": canonical or relation or "",
        "relation_text": _lit_value(_first(props, "relationText")) or "",
        "open_relation": _relation_label(relation, tables) if relation else "",
        "canonical": _relation_label(canonical, tables) if canonical else "",
        "subject": _show(_first(props, "subject"), tables),
        "subject_text": _lit_value(_first(props, "subjectText")) or "",
        "object": _show(obj, tables) if obj is not None else "",
        "object_text": _lit_value(_first(props, "objectText")) or "",
        "object_qualifier": _lit_value(_first(props, "objectQualifier")) or "",
        "arguments": arguments,
        "negated": _lit_value(_first(props, "negated")) in ("true", "1"),
        "modality": _lit_value(_first(props, "modality")) or "",
        "attribution": attribution,
        "confidence": f"{confidence:.2f}" if confidence is not None else "",
        "confidence_value": confidence if confidence is not None else -1.0,
        "extractor": _lit_value(_first(props, "extractor")) or "",
        "sentence": sentence.get("text", ""),
        "sentence_iri": sentence.get("iri", ""),
        "sentence_index": sentence.get("index", 0),
        "document": doc.get("id", _doc_id(doc_iri) if isinstance(doc_iri, str) and doc_iri else ""),
        "other": other,
    }


def _construct(store: QueryableStore, sparql: str) -> list[tuple[Term, Term, Term]]:
    """Triples of a CONSTRUCT/DESCRIBE, or of a SELECT ?s ?p ?o."""
    try:
        result = _raw_query(store, _with_prefixes(sparql))
    except ViewError:
        raise
    except Exception as exc:  # noqa: BLE001 - stores raise QueryError, pyoxigraph SyntaxError/OSError
        lines = str(exc).strip().splitlines()
        raise ViewError(f"the view query cannot run: {lines[0] if lines else type(exc).__name__}") from None
    if getattr(result, "kind", None) == "ask" or type(result).__name__ == "QueryBoolean":
        raise ViewError("a view query must be a CONSTRUCT or a SELECT ?s ?p ?o, not an ASK query")
    variables = _variables(result)
    if variables is None:
        return [(_term(s), _term(p), _term(o)) for s, p, o in map(_spo, _triples_of(result))]
    if not {"s", "p", "o"} <= set(variables):
        got = " ".join("?" + v for v in variables) or "no variable"
        raise ViewError(f"a view query's SELECT must return ?s ?p ?o, got {got}; rename the variables "
                        "or write a CONSTRUCT")
    rows = _rows(result, variables)
    return [(r["s"], r["p"], r["o"]) for r in rows if {"s", "p", "o"} <= r.keys() and isinstance(r["p"], str)]


def _resolve_focus(focus: str, entities: dict[str, dict[str, Any]]) -> str:
    if focus in entities:
        return focus
    names: dict[str, list[str]] = defaultdict(list)
    for iri, info in entities.items():
        for name in (info["label"], *info["aliases"]):
            names[name.casefold()].append(iri)
    wanted = focus.strip().casefold()
    if wanted in names:
        return sorted(names[wanted])[0]
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    close += [n for n in sorted(names) if wanted and wanted in n and n not in close][: max(0, 3 - len(close))]
    labels = sorted({entities[names[n][0]]["label"] for n in close})
    hint = f"; did you mean {', '.join(repr(x) for x in labels)}?" if labels else "; look labels up with `kg query`"
    raise ViewError(f"no entity is labelled {focus!r}{hint}")


def _resolve_doc(doc: str, docs: dict[str, dict[str, Any]]) -> str:
    if doc in docs:
        return doc
    key = doc.strip().lower()
    matches = [iri for iri, d in docs.items() if d["id"].lower().startswith(key)] if len(key) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ViewError(f"document id prefix {doc!r} matches {len(matches)} documents: give more characters")
    known = ", ".join(sorted(d["id"][:12] for d in docs.values())[:5]) or "none"
    raise ViewError(f"no document has id {doc!r} (ids in the store start with: {known})")


# --------------------------------------------------------------------------- drawing

#: Facts listed in the panel of one node at most (a hub's most confident ones).
MAX_FACTS_PER_NODE = 100
#: Fact fields the page does not use.
_PAGE_OMITS = {"confidence_value", "relation_iri", "sentence_iri", "sentence_index"}

#: How much each kind of node counts when ranking nodes to keep (entities first, phrases last).
_KIND_WEIGHT = {"entity": 1.0, "value": 0.6, "other": 0.5, "text": 0.3}


def _draw(proj: _Projection, *, max_nodes: int | None, title: str | None) -> KGNetwork:
    graph = proj.graph
    rank = {n: r * _KIND_WEIGHT[graph.nodes[n]["kind"]] for n, r in _pagerank(graph).items()}
    total_nodes = graph.number_of_nodes()
    left_out: list[str] = []
    if max_nodes is not None and total_nodes > max_nodes:
        order = sorted(graph, key=lambda n: (-rank[n], str(n)))
        keep = order[:max_nodes]
        if proj.focus is not None and proj.focus not in keep:
            keep[-1] = proj.focus
        kept = set(keep)
        left_out = [graph.nodes[n]["label"] for n in order if n not in kept and graph.nodes[n]["kind"] == "entity"][:5]
        graph = graph.subgraph(keep).copy()
    omitted = total_nodes - graph.number_of_nodes()
    big = graph.number_of_nodes() > PYTHON_LAYOUT_THRESHOLD
    # Live physics settles twice as fast from the Python layout as from random positions.
    positions = _layout(graph) if graph.number_of_nodes() > SEED_LAYOUT_THRESHOLD else {}
    top = max((rank[n] for n in graph), default=1.0) or 1.0

    net = KGNetwork(height="100%", width="100%", directed=True, cdn_resources="remote")
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    colors = {t: _type_color(t) for t in types}
    # Entities are dots, values and phrases boxes (their label is the thing itself).
    shapes = {d["type"]: "dot" if d["kind"] in ("entity", "other") else "box" for _, d in graph.nodes(data=True)}
    for n, data in graph.nodes(data=True):
        weight = math.sqrt(rank[n] / top)
        node: dict[str, Any] = {
            "id": n, "label": _clip(data["label"], 40), "title": f"{data['label']} ({data['type']})",
            "shape": shapes[data["type"]], "color": colors[data["type"]], "size": round(8 + 30 * weight, 1),
            # important nodes get larger labels, readable before the others when zoomed out
            "font": {"size": round(12 + 14 * weight)},
            "kgType": data["type"],
        }
        if node["shape"] == "box":
            node["color"] = {"background": "#ffffff", "border": colors[data["type"]],
                             "highlight": {"background": "#f4f4f4", "border": "#1f4e8c"}}
            node["font"].update(size=12, color="#333333" if data["kind"] == "value" else "#777777")
            node["borderWidth"] = 2 if data["kind"] == "value" else 1
        if n == proj.focus:
            node["borderWidth"] = 4
        if n in positions:
            node["x"], node["y"] = positions[n]
        # Straight into pyvis's lists: add_node checks for duplicates in a list, O(n²) for big views.
        net.nodes.append(node)
        net.node_ids.append(n)
        net.node_map[n] = node
    relations: Counter[str] = Counter()
    parallel: Counter[frozenset[Any]] = Counter()
    for i, (u, v, data) in enumerate(graph.edges(data=True)):
        rel = ARGUMENTS if data["role"] else data["label"]
        relations[rel] += 1
        fact = proj.facts.get(data["fact"], {})
        edge: dict[str, Any] = {
            "id": f"e{i}", "from": u, "to": v, "label": _clip(data["label"], 30), "arrows": "to",
            "title": _edge_title(fact, data), "kgRel": rel, "kgFact": data["fact"],
        }
        # Links between the same two nodes bend apart instead of drawing over each other.
        k = parallel[frozenset((u, v))]
        parallel[frozenset((u, v))] += 1
        if k and not big:
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                              "roundness": 0.25 * ((k + 1) // 2)}
        if data["role"]:
            edge["dashes"] = True
            edge["color"] = {"color": "#b8b8b8"}
        if data["negated"]:
            edge["color"] = {"color": "#d62728", "highlight": "#d62728"}
        elif data["modality"]:
            edge["dashes"] = [8, 4]
        net.edges.append(edge)
    net.options = _vis_options(big, graph.number_of_nodes(), graph.number_of_edges())
    drawn = {d["fact"] for _, _, d in graph.edges(data=True)}
    info: dict[str, dict[str, Any]] = {}
    listed: set[str] = set()
    for n, d in graph.nodes(data=True):
        # A node's facts in reading order; a hub lists its most confident ones only.
        own = [f for f in dict.fromkeys(proj.node_facts.get(n, ())) if f in proj.facts]
        if len(own) > MAX_FACTS_PER_NODE:
            own = sorted(own, key=lambda f: -proj.facts[f].get("confidence_value", -1.0))[:MAX_FACTS_PER_NODE]
        own.sort(key=lambda f: _reading_order(proj.facts[f]))
        listed.update(own)
        info[n] = {k: v for k, v in {
            "label": d["label"], "type": d["type"], "kind": d["kind"], "iri": d["iri"],
            "aliases": [a for a in d["aliases"].split(" | ") if a],
            "facts": own, "more_facts": len(set(proj.node_facts.get(n, ()))) - len(own),
        }.items() if v}
    # Facts go by short ids in the page (f0, f1…): a statement IRI is long and appears several times.
    short = {iri: f"f{i}" for i, iri in enumerate(sorted(k for k in drawn | listed if k in proj.facts))}
    facts = {short[k]: {f: v for f, v in proj.facts[k].items() if f not in _PAGE_OMITS and v not in ("", [], None)}
             for k in short}
    for edge in net.edges:
        edge["kgFact"] = short.get(edge["kgFact"], edge["kgFact"])
    for entry in info.values():
        if "facts" in entry:
            entry["facts"] = [short[f] for f in entry["facts"]]
    used_docs = {f.get("document") for f in facts.values()}
    docs = {d["id"]: {k: v for k, v in d.items() if k in ("title", "source", "date", "lang", "url")}
            for d in proj.docs.values() if d["id"] in used_docs}
    net.kg_data = {
        "title": title or (f"kg — {proj.scope}" if proj.scope else "kg — knowledge graph"),
        "counts": proj.totals,
        "shown": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "facts": len(facts)},
        "omitted": omitted,
        "omitted_note": " ".join(filter(None, [
            (f"Read the facts of the {proj.read_entities:,} best-connected of {proj.totals['entities']:,} "
             "entities only.") if proj.read_entities is not None else "",
            (f"{omitted:,} of {total_nodes:,} nodes left out (the least connected"
             + (f", the first of them: {', '.join(left_out)}" if left_out else "")
             + "); raise max_nodes (kg view --max-nodes) to draw more.") if omitted else "",
            (f"{proj.phrase_facts:,} fact{'s' if proj.phrase_facts != 1 else ''} naming no entity or value "
             "(phrase to phrase) not drawn.") if proj.phrase_facts else "",
        ])),
        "scope": proj.scope,
        "focus": proj.focus,
        "types": [{"name": t, "color": colors[t], "count": c, "shape": shapes[t]}
                  for t, c in sorted(types.items(), key=lambda x: (-x[1], x[0]))],
        "relations": [{"name": r, "count": c} for r, c in sorted(relations.items(), key=lambda x: (-x[1], x[0]))],
        "info": info,
        "facts": facts,
        "docs": docs,
        "layout": "python" if big else "physics",
        "layout_budget_ms": LAYOUT_BUDGET_MS,
    }
    net.heading = net.kg_data["title"]
    return net


def _vis_options(big: bool, n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: live physics that stops once stable, or a fixed Python layout."""
    small = n_nodes <= 300
    # Labels smaller than this many pixels on screen are not drawn: small views show more of them.
    threshold = 3 if small else 6
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": threshold}}},
        "edges": {"font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": threshold + 1}},
                  "color": {"color": "#8a9bb0", "highlight": "#1f4e8c", "hover": "#1f4e8c", "inherit": False},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "smooth": False if big or n_edges > 2000 else {"enabled": True, "type": "continuous",
                                                                  "roundness": 0.3},
                  "selectionWidth": 2},
        "interaction": {"hover": not big, "tooltipDelay": 250, "hideEdgesOnDrag": n_edges > 1000,
                        "hideEdgesOnZoom": n_edges > 3000, "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
    }
    if big:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.02, "springLength": 110,
                                 "springConstant": 0.08, "damping": 0.5, "avoidOverlap": 0.4},
            "maxVelocity": 80, "minVelocity": 1.0, "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 400 if n_nodes <= SEED_LAYOUT_THRESHOLD else 120,
                              "updateInterval": 50, "fit": True},
        }
    return options


def _layout(graph: nx.MultiDiGraph, *, iterations: int = 120, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Force-directed positions in pixels, computed with numpy before the page opens.

    A ForceAtlas2-like model (repulsion between nodes weighted by degree,
    linear springs along edges, gravity towards the centre) where each node's
    repulsion is estimated from a random sample of the others, so one step
    costs O(n) rather than O(n²) and 20,000 nodes lay out in seconds.
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    mass = 1.0 + np.bincount(pairs.ravel(), minlength=n).astype(float)
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.normal(0.0, side / 2, size=(n, 2))
    sample = min(n, 40)
    gravity = 0.5
    step = side / 4
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    src, dst = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.zeros(0, int), np.zeros(0, int))
    for _ in range(iterations):
        picks = rng.choice(n, size=sample, replace=False)
        dx = x[:, None] - x[picks][None, :]
        dy = y[:, None] - y[picks][None, :]
        weight = mass[picks][None, :] / (dx * dx + dy * dy + 0.05)
        push = mass * (n / sample)
        fx = (dx * weight).sum(axis=1) * push
        fy = (dy * weight).sum(axis=1) * push
        ex, ey = x[dst] - x[src], y[dst] - y[src]
        fx += np.bincount(src, ex, minlength=n) - np.bincount(dst, ex, minlength=n)
        fy += np.bincount(src, ey, minlength=n) - np.bincount(dst, ey, minlength=n)
        r = np.sqrt(x * x + y * y) + 1e-9
        fx -= gravity * mass * x / r
        fy -= gravity * mass * y / r
        length = np.sqrt(fx * fx + fy * fy) + 1e-9
        move = np.minimum(length, step / np.sqrt(mass)) / length  # hubs move slowly, as in ForceAtlas2
        x += fx * move
        y += fy * move
        step = max(step * 0.96, 0.02)
    pos = np.column_stack([x, y])
    pos -= pos.mean(axis=0)
    # about (70 px)² of canvas per node: labels show once zoomed in enough to read them
    extent = float(np.percentile(np.abs(pos), 95)) or 1.0
    scale = 35.0 * math.sqrt(n) / extent
    return {v: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for v, (x, y) in zip(nodes, pos)}


def _pagerank(graph: nx.MultiDiGraph, *, alpha: float = 0.85, iterations: int = 60) -> dict[Any, float]:
    """PageRank on the undirected projection (numpy power iteration, no scipy needed)."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src = np.array([index[u] for u, v in graph.edges()] + [index[v] for u, v in graph.edges()], dtype=np.int64)
    dst = np.array([index[v] for u, v in graph.edges()] + [index[u] for u, v in graph.edges()], dtype=np.int64)
    degree = np.bincount(src, minlength=n).astype(float)
    rank = np.full(n, 1.0 / n)
    dangling = degree == 0
    for _ in range(iterations):
        share = np.where(dangling, 0.0, rank / np.maximum(degree, 1))
        new = np.bincount(dst, weights=share[src], minlength=n) if len(src) else np.zeros(n)
        new = alpha * (new + rank[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(new - rank).sum() < 1e-9:
            rank = new
            break
        rank = new
    return {v: float(rank[i]) for v, i in index.items()}


def _reading_order(fact: dict[str, Any]) -> tuple[str, int, str]:
    return fact.get("document", ""), fact.get("sentence_index", 0), fact["id"]


def _edge_title(fact: dict[str, Any], data: dict[str, Any]) -> str:
    """Plain-text tooltip of an edge (vis-network shows strings as text, never as HTML)."""
    if data["role"]:
        line = f"{fact.get('subject', '')} … {data['role']} …"
    else:
        line = " ".join(p for p in (fact.get("subject", ""), data["label"], fact.get("object", "")) if p)
    if fact.get("negated"):
        line = "NOT: " + line
    if fact.get("modality"):
        line += f" ({fact['modality']})"
    return line


def _plain_kg_data(net: Network) -> dict[str, Any]:
    """Side data for a pyvis network that ``build_network`` did not make."""
    return {"title": net.heading or "network", "counts": {}, "shown": {"nodes": len(net.nodes),
            "edges": len(net.edges)}, "omitted": 0, "omitted_note": "", "scope": "", "focus": None,
            "types": [], "relations": [], "info": {}, "facts": {}, "docs": {}, "layout": "physics"}


def _physics_enabled(options: Any) -> bool:
    if isinstance(options, dict):
        return bool(options.get("physics", {}).get("enabled", True))
    return bool(options.physics.enabled)


# --------------------------------------------------------------------------- page assets


def _static(name: str) -> str:
    text = resources.files("kg").joinpath("static", "view", name).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n")


@functools.lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment

    return Environment(autoescape=True, keep_trailing_newline=True).from_string(_static("template.html"))


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, read from the installed pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    folder = max((p for p in lib.glob("vis-*") if (p / "vis-network.min.js").exists()),
                 key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8").replace("\r\n", "\n")
    css = (folder / "vis-network.css").read_text(encoding="utf-8").replace("\r\n", "\n")
    # 200 kB of the style are icons of the navigation and editing buttons, which views turn off
    css = "\n".join(rule for rule in re.findall(r"[^{}]+\{[^{}]*\}", css) if "data:image" not in rule)
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)  # DevTools would fetch the map
    # An inline <script> or <style> ends at the first "</script" or "</style", even inside a string.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"\\3c/\1", css, flags=re.IGNORECASE)
    return js, css


def _hashes(*sources: str) -> str:
    """CSP source expressions allowing exactly these inline scripts or styles."""
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in sources)


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no markup characters survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- values in words


def _human_value(props: dict[str, list[Term]], kind: str, lang: str) -> str | None:
    """A value node in words: ``28 Md USD``, ``63 pays``, ``12,5 %``, ``20 mars 2020``, ``Q4 2019``."""
    number = _lit_value(_first(props, "numericValue"))
    if kind == "Money" and number is not None:
        return _human_amount(number, _lit_value(_first(props, "currency")), lang)
    if kind == "Quantity" and number is not None:
        return _human_amount(number, _lit_value(_first(props, "unitText")), lang)
    if kind == "Percentage" and number is not None:
        return _human_amount(number, "%", lang)
    if kind == "Date":
        date = _first(props, "date")
        return _human_literal(date, lang) if isinstance(date, Lit) else None
    if kind == "Period":
        return _human_period(_lit_value(_first(props, "notation")) or "", lang)
    return None


def _human_amount(value: str, unit: str | None, lang: str) -> str:
    """``28000000000``, ``USD`` → ``28 Md USD`` (fr) or ``28 bn USD`` (en); ``1800`` → ``1 800`` / ``1,800``."""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return f"{value} {unit or ''}".strip()
    suffix = ""
    for factor, name in _SCALES.get(lang, _SCALES["en"]):
        if abs(amount) >= factor:
            amount, suffix = amount / factor, name
            break
    if amount == amount.to_integral():
        text = f"{amount:,.0f}"
    else:
        text = f"{amount:,.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return " ".join(x for x in (text, suffix, unit) if x)


def _human_literal(lit: Lit, lang: str | None) -> str | None:
    """Dates and numbers in words; ``None`` for other literals."""
    if lit.datatype in _NUMERIC_TYPES:
        return _human_amount(lit.value, None, lang or "en")
    if lit.datatype not in _DATE_TYPES:
        return None
    return _human_date(lit.value, lang or "en") or lit.value


def _human_date(text: str, lang: str) -> str | None:
    m = re.fullmatch(r"\+?(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?", text.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not month:
        return year
    name = month_name(int(month), lang) if 1 <= int(month) <= 12 else month
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def _human_period(notation: str, lang: str) -> str | None:
    """A period in words: ``2019-Q4`` → ``Q4 2019``, ``P3Y`` → ``3 years``,
    ``2020-03-20/2023-03-20`` → ``20 March 2020 – 20 March 2023``."""
    notation = notation.strip()
    m = re.fullmatch(r"(\d{4})-([QHST])(\d)", notation)
    if m:
        letter = {"fr": {"Q": "T", "H": "S"}}.get(lang, {}).get(m.group(2), m.group(2))
        return f"{letter}{m.group(3)} {m.group(1)}"
    if "/" in notation:
        ends = [_human_date(x, lang) or x for x in notation.split("/", 1)]
        return " – ".join(ends)
    m = re.fullmatch(r"P(\d+)([YMWD])", notation)
    if m:
        one, many = _DURATION_WORDS.get(lang, _DURATION_WORDS["en"])[m.group(2)]
        return f"{m.group(1)} {one if m.group(1) == '1' else many}"
    return _human_date(notation, lang) or (notation or None)


@functools.lru_cache(maxsize=1)
def _canonical_labels() -> tuple[tuple[str, str], ...]:
    """English labels of the ontology's terms (``kg:holdsPositionAt`` → ``holds a position at``)."""
    import pyoxigraph

    from kg.resolve import ontology_path

    try:
        with open(ontology_path("kg.ttl"), "rb") as f:
            quads = pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE)
            labels = {}
            for q in quads:
                if (q.predicate.value == _RDFS + "label" and isinstance(q.object, pyoxigraph.Literal)
                        and q.object.language == "en" and isinstance(q.subject, pyoxigraph.NamedNode)):
                    labels[q.subject.value] = q.object.value
    except (OSError, SyntaxError):
        return ()
    return tuple(sorted(labels.items()))


# --------------------------------------------------------------------------- SPARQL plumbing


def _raw_query(store: QueryableStore, sparql: str) -> Any:
    import pyoxigraph

    if isinstance(store, pyoxigraph.Store):
        return store.query(sparql, use_default_graph_as_union=True)
    return store.query(sparql)


def _with_prefixes(sparql: str) -> str:
    """The query with the project's prefixes it does not declare, on its first line (line numbers hold)."""
    declared = {m.group(1) or "" for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", sparql)}
    missing = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared)
    return f"{missing} {sparql}" if missing else sparql


def _select(store: QueryableStore, body: str) -> list[dict[str, Term]]:
    result = _raw_query(store, _QUERY_PREFIXES + body)
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
        yield f"VALUES {var} {{ {' '.join(f'<{i}>' for i in iris[start:start + size])} }}"


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
        if hasattr(datatype, "value"):  # pyoxigraph
            return Lit(value.value, datatype.value, value.language)
        datatype = str(datatype) if datatype else (_RDF + "langString" if value.language else _XSD + "string")
        return Lit(str(value), datatype, value.language)  # rdflib
    if kind == "BlankNode":
        return "_:" + value.value
    if kind == "BNode":
        return "_:" + str(value)
    return str(value)  # rdflib URIRef


# --------------------------------------------------------------------------- small helpers


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


def _show(term: Term | None, tables: _Tables) -> str:
    """How a term reads in the page: entity or value label, literal text, or IRI local name."""
    if term is None:
        return ""
    if isinstance(term, Lit):
        return _human_literal(term, tables.lang) or term.value
    for table in (tables.entities, tables.values):
        if term in table:
            return table[term]["label"]
    return tables.relations.get(term) or _local_name(term)


@functools.lru_cache(maxsize=8192)
def _local_name(iri: str) -> str:
    """The readable tail of an IRI: after the last ``#`` or ``/``."""
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return tail or iri


def _relation_label(iri: Term | None, tables: _Tables) -> str:
    """A relation in words: the ontology's or the store's label, else the IRI's tail ("holdsRole" → "holds role")."""
    if not isinstance(iri, str) or not iri:
        return "related to"
    label = tables.relations.get(iri)
    if label:
        return label
    if iri.startswith(_KGR):
        return iri[len(_KGR):].split("/", 1)[-1].replace("-", " ").replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _local_name(iri)).lower()


def _type_color(name: str) -> str:
    if name in TYPE_COLORS:
        return TYPE_COLORS[name]
    hue = (zlib.crc32(name.encode()) % 360) / 360
    r, g, b = colorsys.hls_to_rgb(hue, 0.5, 0.5)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def _statement_lang(st: dict[str, Any]) -> str:
    """Language of a statement: that of its relation text (or any tagged literal it has)."""
    texts = [_first(st["props"], "relationText"), *(v for vals in st["props"].values() for v in vals)]
    return next((t.lang.split("-")[0].lower() for t in texts if isinstance(t, Lit) and t.lang), "")


def _doc_id(iri: str) -> str:
    return iri[len(_KGD):] if iri.startswith(_KGD) else _local_name(iri)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
