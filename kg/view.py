"""Interactive network views of the graph: networkx projection, pyvis page.

The view reads the store only through SPARQL (so it works on the embedded
Oxigraph store and on a remote endpoint alike), projects entities and facts
onto a :class:`networkx.MultiDiGraph`, and draws that as a pyvis
:class:`~pyvis.network.Network`. :func:`render_html` turns the network into
one self-contained page: vis-network's script and style are inlined from the
pyvis package, every string read from a document travels as escaped JSON and
reaches the page through ``textContent``, and a Content-Security-Policy lets
only the page's own scripts run.

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
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Protocol

import networkx as nx
import numpy as np
from pyvis.network import Network

from kg.errors import ViewError

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

_KG = "https://kg.example/ontology#"
_KGR = "https://kg.example/relation/"
_KGE = "https://kg.example/id/entity/"
_KGD = "https://kg.example/id/doc/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_DCTERMS = "http://purl.org/dc/terms/"
_SCHEMA = "http://schema.org/"

_PREFIXES = f"""PREFIX kg: <{_KG}>
PREFIX kgr: <{_KGR}>
PREFIX kge: <{_KGE}>
PREFIX kgd: <{_KGD}>
PREFIX rdf: <{_RDF}>
PREFIX rdfs: <{_RDFS}>
PREFIX xsd: <{_XSD}>
PREFIX skos: <{_SKOS}>
PREFIX prov: <{_PROV}>
PREFIX dcterms: <{_DCTERMS}>
"""

#: Classes of the graph's own bookkeeping: their instances are not entities.
_NON_ENTITY_CLASSES = ("Statement", "Document", "Sentence", "Relation", "Argument", "Value",
                       "MonetaryAmount", "Quantity", "TimeValue")

#: Colours of the usual entity types; other types get a colour from their name.
TYPE_COLORS: dict[str, str] = {
    "Organization": "#4e79a7",
    "Person": "#f28e2b",
    "Place": "#59a14f",
    "Product": "#b07aa1",
    "Event": "#e15759",
    "Concept": "#76b7b2",
    "Date": "#edc948",
    "Amount": "#9c755f",
    "Value": "#bab0ac",
    "Statement": "#d4a6c8",
    "Thing": "#79706e",
}

_NUMERIC_TYPES = {_XSD + t for t in ("decimal", "integer", "int", "long", "double", "float",
                                     "nonNegativeInteger", "positiveInteger")}
_DATE_TYPES = {_XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth")}
#: Statement properties shown in their own rows of the edge panel, not as "other".
_BOOKKEEPING = {_RDF + "type"}
#: Numbers on a statement that are not amounts.
_NOT_AMOUNTS = {"confidence", "position", "index", "start", "end", "score", "offset"}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
_SCALES = {
    "en": [(Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k")],
    "fr": [(Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "Md"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k")],
}


class QueryableStore(Protocol):
    """Anything with a SPARQL ``query`` method: ``kg.store.Store`` or ``pyoxigraph.Store``."""

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
    ``generate_html`` and ``write_html`` use the self-contained template and
    ``_repr_html_`` shows it inline in Jupyter.
    """

    kg_data: dict[str, Any]

    def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
        """Render the page (pyvis API; ``name``, ``local``, ``notebook`` are ignored)."""
        self.html = render_html(self)
        return self.html

    def _repr_html_(self) -> str:
        from html import escape

        page = render_html(self)
        return (f'<iframe srcdoc="{escape(page, quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{escape(str(self.height))};border:1px solid #ddd"></iframe>')


@dataclass
class _Projection:
    graph: nx.MultiDiGraph
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    focus: str | None = None
    scope: str = ""


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
        store: A ``kg.store.Store``, a ``pyoxigraph.Store``, or anything whose
            ``query(sparql)`` returns pyoxigraph or rdflib results.
        focus: Label (or alias, any case) of the entity whose neighbourhood to draw.
        depth: How many hops around ``focus`` to keep.
        sparql: A CONSTRUCT (or DESCRIBE), or a SELECT of ``?s ?p ?o``, whose triples to draw.
        doc: Id (hex SHA-256, a unique prefix of it, or the document IRI) of
            the document whose facts to draw.
        max_nodes: Keep at most this many nodes, the most important
            (PageRank) first; ``None`` keeps all.
        title: Title of the page; a description of the view by default.

    Returns:
        The network; it renders inline in Jupyter and with :func:`write_html`.

    Raises:
        ViewError: Unknown focus label or document, or a query that is not a
            CONSTRUCT or a SELECT of ``?s ?p ?o``.
    """
    if sum(x is not None for x in (focus, sparql, doc)) > 1:
        raise ViewError("give only one of focus, sparql and doc: they select different views")
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, got {depth}")
    if max_nodes is not None and max_nodes < 1:
        raise ViewError(f"max_nodes must be 1 or more, got {max_nodes}")
    proj = _project(store, focus=focus, depth=depth, sparql=sparql, doc=doc)
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

    Node attributes: ``label``, ``type``, ``kind`` (``entity`` or ``value``),
    ``aliases``. Edge keys are fact ids; edge attributes: ``label``,
    ``relation``, ``fact``, ``confidence``, ``negated``, ``sentence``,
    ``document``. Every attribute is a string, number or boolean, so the graph
    can be written as GraphML or GEXF.
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
    graph = graph_to_networkx(store)
    out = nx.MultiDiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **data)
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
    app_js = _static("view.js")
    scripts = [vis_js, app_js]
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in scripts)
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
           "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    template = _template()
    return template.render(
        title=data.get("title") or "kg view",
        csp=csp,
        vis_css=vis_css,
        app_css=_static("view.css"),
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
             doc: str | None) -> _Projection:
    entities = _read_entities(store)
    docs = _read_documents(store)
    totals = {
        "entities": len(entities),
        "facts": _count(store, "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a kg:Statement }"),
        "documents": len(docs),
    }
    doc_iri = _resolve_doc(doc, docs) if doc is not None else None
    restrict = f"?st prov:wasDerivedFrom/kg:inDocument <{doc_iri}> ." if doc_iri else ""
    statements = _read_statements(store, restrict)
    proj = _Projection(graph=nx.MultiDiGraph(), docs=docs, totals=totals)
    if sparql is not None:
        _add_triples(proj, _construct(store, sparql), entities, statements)
        proj.scope = "query result"
    else:
        if doc_iri is None:
            for iri, info in entities.items():
                _add_entity(proj.graph, iri, info)
        for st in statements.values():
            _add_statement(proj, st, entities)
        if doc_iri is not None:
            d = docs[doc_iri]
            proj.scope = f"document {d.get('title') or d.get('source') or d['id'][:12]}"
    if focus is not None:
        center = _resolve_focus(focus, entities)
        if center not in proj.graph:
            _add_entity(proj.graph, center, entities[center])
        keep = nx.ego_graph(proj.graph.to_undirected(as_view=True), center, radius=depth).nodes
        proj.graph = proj.graph.subgraph(keep).copy()
        proj.focus = center
        proj.scope = f"{entities[center]['label']}, {depth} hop{'s' if depth != 1 else ''} around"
    kept = {k for _, _, k in proj.graph.edges(keys=True)}
    proj.facts = {k: v for k, v in proj.facts.items() if k in kept}
    return proj


def _read_entities(store: QueryableStore) -> dict[str, dict[str, Any]]:
    skip = ", ".join(f"kg:{c}" for c in _NON_ENTITY_CLASSES)
    rows = _select(store, f"""SELECT DISTINCT ?e ?type ?label WHERE {{
        ?e a ?type . FILTER(isIRI(?e) && ?type NOT IN ({skip}))
        OPTIONAL {{ ?e rdfs:label ?label }} }}""")
    entities: dict[str, dict[str, Any]] = {}
    for row in rows:
        iri, type_iri, label = row["e"], row["type"], row.get("label")
        info = entities.setdefault(iri, {"types": set(), "labels": set(), "aliases": set()})
        info["types"].add(type_iri)
        if isinstance(label, Lit):
            info["labels"].add((label.lang or "", label.value))
    for row in _select(store, "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"):
        if row["e"] in entities and isinstance(row["alias"], Lit):
            entities[row["e"]]["aliases"].add(row["alias"].value)
    out = {}
    for iri, info in entities.items():
        labels = sorted(info["labels"])
        label = labels[0][1] if labels else _local_name(iri)
        aliases = sorted({v for _, v in labels[1:]} | info["aliases"] - {label})
        out[iri] = {"label": label, "type": _pick_type(info["types"]), "aliases": aliases}
    return out


def _read_documents(store: QueryableStore) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for row in _select(store, "SELECT DISTINCT ?d ?p ?o WHERE { ?d a kg:Document ; ?p ?o }"):
        d = docs.setdefault(row["d"], {"id": _doc_id(row["d"])})
        name = {_DCTERMS + "identifier": "id", _KG + "source": "source", _DCTERMS + "title": "title",
                _DCTERMS + "date": "date", _DCTERMS + "language": "lang", _SCHEMA + "url": "url"}.get(row["p"])
        if name and isinstance(row["o"], Lit):
            d[name] = row["o"].value
    return docs


def _read_statements(store: QueryableStore, restrict: str) -> dict[str, dict[str, Any]]:
    """Every statement (of one document when ``restrict`` says so), as property maps."""
    statements: dict[str, dict[str, Any]] = {}
    for row in _select(store, f"SELECT DISTINCT ?st ?p ?o WHERE {{ ?st a kg:Statement . {restrict} ?st ?p ?o }}"):
        props = statements.setdefault(row["st"], {"iri": row["st"], "props": defaultdict(list), "nested": {}})
        props["props"][row["p"]].append(row["o"])
    nested_rows = _select(store, f"""SELECT DISTINCT ?st ?x ?p ?o WHERE {{
        ?st a kg:Statement . {restrict} ?st ?link ?x . ?x ?p ?o .
        FILTER(isBlank(?x) || ?link = kg:argument) }}""")
    for row in nested_rows:
        st = statements.get(row["st"])
        if st is not None:
            st["nested"].setdefault(row["x"], defaultdict(list))[row["p"]].append(row["o"])
    sentences: dict[str, dict[str, Any]] = {}
    for row in _select(store, f"""SELECT DISTINCT ?s ?text ?doc ?index WHERE {{
        ?st a kg:Statement . {restrict} ?st prov:wasDerivedFrom ?s .
        OPTIONAL {{ ?s kg:text ?text }} OPTIONAL {{ ?s kg:inDocument ?doc }} OPTIONAL {{ ?s kg:index ?index }} }}"""):
        s = sentences.setdefault(row["s"], {})
        for k in ("text", "doc", "index"):
            v = row.get(k)
            if v is not None:
                s[k] = v.value if isinstance(v, Lit) else v
    relations = {row["r"]: row["label"].value for row in _select(
        store, "SELECT DISTINCT ?r ?label WHERE { ?r a kg:Relation ; rdfs:label ?label }") if isinstance(row["label"], Lit)}
    for st in statements.values():
        st["sentences"] = [dict(sentences.get(s, {}), iri=s) for s in st["props"].get(_PROV + "wasDerivedFrom", [])
                           if isinstance(s, str)]
        st["relation_labels"] = relations
    return statements


def _add_entity(graph: nx.MultiDiGraph, iri: str, info: dict[str, Any]) -> None:
    graph.add_node(iri, label=info["label"], type=info["type"], kind="entity",
                   aliases=" | ".join(info.get("aliases", ())), iri=iri)


def _add_statement(proj: _Projection, st: dict[str, Any], entities: dict[str, dict[str, Any]]) -> None:
    props = st["props"]
    subject = _first(props, "subject")
    if subject is None:
        return
    lang = _statement_lang(st)
    relation = _first(props, "relation")
    canonical = _first(props, "canonicalRelation")
    label = _relation_label(canonical, relation, st)
    fact = _fact_details(st, label, proj.docs, entities, lang)
    proj.facts[st["iri"]] = fact
    source = _node_for(proj.graph, subject, _first(props, "subjectText"), entities, st, lang)
    obj = _first(props, "object")
    edge = {"label": label, "relation": canonical or relation or "", "fact": st["iri"],
            "confidence": fact.get("confidence_value", -1.0), "negated": bool(fact.get("negated")),
            "modality": fact.get("modality") or "", "sentence": fact["sentence"], "document": fact["document"],
            "role": ""}
    if obj is not None:
        target = _node_for(proj.graph, obj, _first(props, "objectText"), entities, st, lang)
        proj.graph.add_edge(source, target, key=st["iri"], **edge)
        anchor = target
    else:
        anchor = source
    for arg in fact["arguments"]:
        if arg.get("node") is None:
            continue
        target = _arg_node(proj.graph, arg, entities)
        proj.graph.add_edge(anchor, target, key=f"{st['iri']}#arg{arg['position']}",
                            **dict(edge, label=arg["role"] or "with", role=arg["role"] or "with"))


def _add_triples(proj: _Projection, triples: list[tuple[Term, Term, Term]],
                 entities: dict[str, dict[str, Any]], statements: dict[str, dict[str, Any]]) -> None:
    """Draw raw triples; edges that match a statement get its details."""
    by_triple: dict[tuple[str, str, str], str] = {}
    for st in statements.values():
        s, o = _first(st["props"], "subject"), _first(st["props"], "object")
        for r in (_first(st["props"], "relation"), _first(st["props"], "canonicalRelation")):
            if isinstance(s, str) and r:
                by_triple.setdefault((s, r, _key(o)), st["iri"])
    types: dict[str, str] = {}
    labels: dict[str, str] = {}
    for s, p, o in triples:
        if p == _RDF + "type" and isinstance(o, str) and isinstance(s, str):
            types[s] = _pick_type({o})
        elif p == _RDFS + "label" and isinstance(o, Lit) and isinstance(s, str):
            labels.setdefault(s, o.value)
    graph = proj.graph
    for s, p, o in triples:
        if p in (_RDF + "type", _RDFS + "label") and isinstance(s, str) and (s in types or s in labels):
            if s not in graph:
                info = entities.get(s) or {"label": labels.get(s, _local_name(s)), "type": types.get(s, "Thing")}
                _add_entity(graph, s, info)
            continue
        nodes = []
        for term in (s, o):
            if isinstance(term, Lit):
                nid = "value:" + term.value
                if nid not in graph:
                    graph.add_node(nid, label=_human_literal(term, None) or term.value, type="Value", kind="value",
                                   aliases="", iri="")
            else:
                nid = term
                if nid not in graph:
                    info = entities.get(nid) or {"label": labels.get(nid, _local_name(nid)),
                                                 "type": types.get(nid, "Thing"), "aliases": ()}
                    _add_entity(graph, nid, info)
            nodes.append(nid)
        st_iri = by_triple.get((s, p, _key(o))) if isinstance(s, str) else None
        key = st_iri or f"triple:{len(proj.facts)}"
        if st_iri and st_iri not in proj.facts:
            st = statements[st_iri]
            proj.facts[st_iri] = _fact_details(st, _relation_label(p, None, st), proj.docs, entities,
                                               _statement_lang(st))
        elif not st_iri:
            proj.facts[key] = {"id": key, "relation": _relation_label(p, None, None), "relation_iri": p,
                               "subject": _show(s, entities), "object": _show(o, entities), "arguments": [],
                               "sentence": "", "document": "", "doc_title": "", "other": []}
        fact = proj.facts[key]
        graph.add_edge(nodes[0], nodes[1], key=key if not graph.has_edge(nodes[0], nodes[1], key) else
                       f"{key}#{len(proj.facts)}", label=_relation_label(p, None, None), relation=p, fact=key,
                       confidence=fact.get("confidence_value", -1.0), negated=bool(fact.get("negated")),
                       modality=fact.get("modality") or "", sentence=fact.get("sentence", ""),
                       document=fact.get("document", ""), role="")


def _fact_details(st: dict[str, Any], label: str, docs: dict[str, dict[str, Any]],
                  entities: dict[str, dict[str, Any]], lang: str) -> dict[str, Any]:
    """Everything the edge panel shows about one statement, as JSON-ready data."""
    props = st["props"]
    known = {_KG + n for n in ("subject", "subjectText", "relation", "relationText", "canonicalRelation",
                               "object", "objectText", "argument", "negated", "modality", "attribution",
                               "confidence", "extractor")} | {_PROV + "wasDerivedFrom"} | _BOOKKEEPING
    sentence = st["sentences"][0] if st["sentences"] else {}
    doc_iri = sentence.get("doc", "")
    doc = docs.get(doc_iri, {})
    confidence = _first(props, "confidence")
    conf_value = _to_float(confidence)
    obj = _first(props, "object")
    obj_text = _first(props, "objectText")
    amount = _value_of(props, st["nested"].get(obj) if isinstance(obj, str) else None, lang)
    arguments = []
    for i, arg_node in enumerate(props.get(_KG + "argument", [])):
        arg = st["nested"].get(arg_node, {}) if isinstance(arg_node, str) else {}
        role = _lit_value(_first(arg, "role")) or ""
        text = _lit_value(_first(arg, "text")) or ""
        position = _to_float(_first(arg, "position"))
        entity = next((v for vals in arg.values() for v in vals if isinstance(v, str) and v in entities), None)
        human = _value_of(arg, None, lang)
        arguments.append({
            "role": role, "text": text, "value": human or "",
            "entity": entities[entity]["label"] if entity else "",
            "node": entity or ("value:" + (human or text) if (human or text) else None),
            "node_label": entities[entity]["label"] if entity else (human or text),
            "node_type": entities[entity]["type"] if entity else ("Date" if _is_date(arg) else
                                                                   "Amount" if human else "Value"),
            "position": int(position) if position is not None else i,
        })
    arguments.sort(key=lambda a: a["position"])
    other = []
    for p, vals in sorted(props.items()):
        if p in known:
            continue
        for v in vals:
            if isinstance(v, str) and v.startswith("_:"):
                continue
            other.append([_local_name(p), _show(v, entities)])
    negated = _lit_value(_first(props, "negated"))
    return {
        "id": st["iri"],
        "relation": label,
        "relation_text": _lit_value(_first(props, "relationText")) or "",
        "relation_iri": _first(props, "relation") or "",
        "canonical": _local_name(_first(props, "canonicalRelation") or "") if _first(props, "canonicalRelation") else "",
        "subject": _show(_first(props, "subject"), entities),
        "subject_text": _lit_value(_first(props, "subjectText")) or "",
        "object": (amount or _show(obj, entities)) if obj is not None else "",
        "object_text": _lit_value(obj_text) or "",
        "arguments": arguments,
        "negated": negated in ("true", "1"),
        "modality": _lit_value(_first(props, "modality")) or "",
        "attribution": _show(_first(props, "attribution"), entities) if _first(props, "attribution") else "",
        "confidence": f"{conf_value:.2f}" if conf_value is not None else "",
        "confidence_value": conf_value if conf_value is not None else -1.0,
        "extractor": _lit_value(_first(props, "extractor")) or "",
        "sentence": str(sentence.get("text", "")),
        "sentence_iri": sentence.get("iri", ""),
        "document": doc.get("id", _doc_id(doc_iri) if doc_iri else ""),
        "doc_title": doc.get("title") or doc.get("source") or "",
        "other": other,
    }


def _node_for(graph: nx.MultiDiGraph, term: Term, text: Term | None, entities: dict[str, dict[str, Any]],
              st: dict[str, Any], lang: str) -> str:
    """Node id of a statement's subject or object, adding the node when new."""
    if isinstance(term, str) and term in entities:
        if term not in graph:
            _add_entity(graph, term, entities[term])
        return term
    nested = st["nested"].get(term) if isinstance(term, str) else None
    human = _value_of(st["props"], nested, lang) if term == _first(st["props"], "object") else None
    if isinstance(term, Lit):
        human = human or _human_literal(term, lang)
        label = human or term.value
        kind_type = "Amount" if human and term.datatype in _NUMERIC_TYPES or (human and human != term.value
                                                                              and not _is_date_lit(term)) else (
            "Date" if _is_date_lit(term) else "Value")
    elif nested is not None:
        label = human or _lit_value(text) or _local_name(term)
        kind_type = "Amount" if human else "Value"
    else:  # an IRI that is not a known entity
        label = _lit_value(text) or _local_name(term)
        if term not in graph:
            graph.add_node(term, label=label, type="Thing", kind="entity", aliases="", iri=term)
        return term
    nid = "value:" + label
    if nid not in graph:
        graph.add_node(nid, label=label, type=kind_type, kind="value", aliases="", iri="")
    return nid


def _arg_node(graph: nx.MultiDiGraph, arg: dict[str, Any], entities: dict[str, dict[str, Any]]) -> str:
    nid = arg["node"]
    if nid in entities:
        if nid not in graph:
            _add_entity(graph, nid, entities[nid])
    elif nid not in graph:
        graph.add_node(nid, label=arg["node_label"], type=arg["node_type"], kind="value", aliases="", iri="")
    return nid


def _construct(store: QueryableStore, sparql: str) -> list[tuple[Term, Term, Term]]:
    """Triples of a CONSTRUCT/DESCRIBE, or of a SELECT ?s ?p ?o."""
    try:
        result = _raw_query(store, sparql)
    except ViewError:
        raise
    except Exception as exc:  # noqa: BLE001 - the engines raise their own SyntaxError/OSError types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ViewError(f"the --sparql query cannot run: {first}") from None
    variables = _variables(result)
    if variables is None:
        if isinstance(result, bool) or hasattr(result, "__bool__") and type(result).__name__ == "QueryBoolean":
            raise ViewError("--sparql must be a CONSTRUCT or a SELECT ?s ?p ?o, not an ASK query")
        return [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in result]
    if not {"s", "p", "o"} <= set(variables):
        raise ViewError(f"--sparql SELECT must return ?s ?p ?o, got {' '.join('?' + v for v in variables) or 'nothing'};"
                        " rename the variables or write a CONSTRUCT")
    triples = []
    for row in _rows(result, variables):
        if row.get("s") is not None and row.get("p") is not None and row.get("o") is not None:
            triples.append((row["s"], row["p"], row["o"]))
    return triples


def _resolve_focus(focus: str, entities: dict[str, dict[str, Any]]) -> str:
    wanted = focus.strip().casefold()
    if focus in entities:
        return focus
    names: dict[str, list[str]] = defaultdict(list)
    for iri, info in entities.items():
        for name in (info["label"], *info.get("aliases", ())):
            names[name.casefold()].append(iri)
    if wanted in names:
        # several entities may share a name: the best connected one is meant
        return sorted(names[wanted])[0]
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    close += [n for n in names if wanted in n and n not in close][: 3 - len(close)]
    labels = sorted({entities[names[n][0]]["label"] for n in close})
    hint = f"; did you mean {', '.join(repr(x) for x in labels)}?" if labels else "; list entities with `kg query`"
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
    raise ViewError(f"no document has id {doc!r} (known ids start with: {known})")


# --------------------------------------------------------------------------- drawing


def _draw(proj: _Projection, *, max_nodes: int | None, title: str | None) -> KGNetwork:
    graph = proj.graph
    # values (amounts, dates, phrases) hang off facts: entities matter more
    rank = {n: r * (0.5 if graph.nodes[n]["kind"] == "value" else 1.0) for n, r in _pagerank(graph).items()}
    total_nodes = graph.number_of_nodes()
    omitted = 0
    if max_nodes is not None and total_nodes > max_nodes:
        order = sorted(graph, key=lambda n: (-rank[n], str(n)))
        keep = order[:max_nodes]
        if proj.focus is not None and proj.focus not in keep:
            keep[-1] = proj.focus
        graph = graph.subgraph(keep).copy()
        omitted = total_nodes - graph.number_of_nodes()
    big = graph.number_of_nodes() > PYTHON_LAYOUT_THRESHOLD
    # Seeding live physics with the Python layout halves the time it takes to settle.
    positions = _layout(graph) if graph.number_of_nodes() > SEED_LAYOUT_THRESHOLD else {}
    top = max((rank[n] for n in graph), default=1.0) or 1.0

    net = KGNetwork(height="100%", width="100%", directed=True, cdn_resources="remote",
                    heading="")
    types = Counter(graph.nodes[n]["type"] for n in graph)
    colors = {t: _type_color(t) for t in types}
    for n, data in graph.nodes(data=True):
        size = 8 + 30 * math.sqrt(rank[n] / top)
        node: dict[str, Any] = {
            "id": n, "label": _clip(data["label"], 40), "shape": "dot" if data["kind"] == "entity" else "box",
            "color": colors[data["type"]], "size": round(size, 1),
            "title": f"{data['label']} ({data['type']})",
            "kgType": data["type"],
        }
        # important entities get larger labels, readable before the others when zoomed out
        node["font"] = {"size": round(12 + 14 * math.sqrt(rank[n] / top))}
        if data["kind"] == "value":
            node["font"]["color"] = "#222"
            node["color"] = {"background": "#fff", "border": colors[data["type"]]}
        if n == proj.focus:
            node["borderWidth"] = 4
        if n in positions:
            node["x"], node["y"] = positions[n]
        net.nodes.append(node)
        net.node_ids.append(n)
        net.node_map[n] = node
    relations: Counter[str] = Counter()
    for i, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        rel = f"({data['role']})" if data["role"] else data["label"]
        relations[rel] += 1
        edge: dict[str, Any] = {
            "id": f"e{i}", "from": u, "to": v, "label": _clip(data["label"], 30), "arrows": "to",
            "title": _edge_title(proj.facts.get(data["fact"], {}), data),
            "kgRel": rel, "kgFact": data["fact"],
        }
        if data["role"]:
            edge["dashes"] = True
            edge["color"] = {"color": "#b0b0b0"}
        if data["negated"]:
            edge["color"] = {"color": "#d62728"}
        net.edges.append(edge)
    net.options = _vis_options(big, graph.number_of_nodes(), graph.number_of_edges())
    shown = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
             "facts": len({d["fact"] for _, _, d in graph.edges(data=True)})}
    nodes_info = {n: {"label": d["label"], "type": d["type"], "kind": d["kind"], "iri": d.get("iri", ""),
                      "aliases": [a for a in d.get("aliases", "").split(" | ") if a]}
                  for n, d in graph.nodes(data=True)}
    drawn = {d["fact"] for _, _, d in graph.edges(data=True)}
    facts = {k: {kk: vv for kk, vv in proj.facts[k].items()
                 if kk not in ("confidence_value", "doc_title") and vv not in ("", [], None)}
             for k in drawn if k in proj.facts}
    docs = {d["id"]: {k: v for k, v in d.items() if k in ("title", "source", "date", "lang", "url")}
            for d in proj.docs.values() if any(f.get("document") == d["id"] for f in facts.values())}
    net.kg_data = {
        "title": title or _default_title(proj),
        "counts": proj.totals,
        "shown": shown,
        "omitted": omitted,
        "omitted_note": (f"{omitted:,} of {total_nodes:,} nodes left out (the least connected); "
                         "raise max_nodes (--max-nodes) to draw more") if omitted else "",
        "scope": proj.scope,
        "focus": proj.focus,
        "types": [{"name": t, "color": colors[t], "count": c} for t, c in sorted(types.items(), key=lambda x: -x[1])],
        "relations": [{"name": r, "count": c} for r, c in sorted(relations.items(), key=lambda x: (-x[1], x[0]))],
        "info": nodes_info,
        "facts": facts,
        "docs": docs,
        "layout": "python" if big else "physics",
    }
    net.heading = net.kg_data["title"]
    return net


def _vis_options(big: bool, n_nodes: int, n_edges: int) -> dict[str, Any]:
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
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
            "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.012, "springLength": 110,
                                 "springConstant": 0.08, "damping": 0.5, "avoidOverlap": 0.4},
            "maxVelocity": 80, "minVelocity": 1.0, "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 400 if n_nodes <= SEED_LAYOUT_THRESHOLD else 150,
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


def _default_title(proj: _Projection) -> str:
    return f"kg — {proj.scope}" if proj.scope else "kg — knowledge graph"


def _edge_title(fact: dict[str, Any], data: dict[str, Any]) -> str:
    parts = [fact.get("subject", ""), data["label"], fact.get("object", "")] if not data["role"] else [
        data["role"], *[a["node_label"] for a in fact.get("arguments", []) if a["role"] == data["role"]][:1]]
    line = " ".join(p for p in parts if p)
    if fact.get("negated"):
        line = "NOT " + line
    return line


def _plain_kg_data(net: Network) -> dict[str, Any]:
    """Side data for a pyvis network that ``build_network`` did not make."""
    return {"title": net.heading or "network", "counts": {}, "shown": {"nodes": len(net.nodes),
            "edges": len(net.edges)}, "omitted": 0, "omitted_note": "", "scope": "", "focus": None,
            "types": [], "relations": [], "info": {}, "facts": {}, "layout": "physics"}


def _physics_enabled(options: Any) -> bool:
    if isinstance(options, dict):
        return bool(options.get("physics", {}).get("enabled", True))
    return bool(options.physics.enabled)


# --------------------------------------------------------------------------- page assets


def _static(name: str) -> str:
    text = resources.files("kg").joinpath("static", "view", name).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n")


def _template() -> Any:
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_static("template.html"))


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, read from the installed pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    folder = max((p for p in lib.glob("vis-*") if (p / "vis-network.min.js").exists()),
                 key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8").replace("\r\n", "\n")
    css = (folder / "vis-network.css").read_text(encoding="utf-8").replace("\r\n", "\n")
    # 200 kB of it are icons of the navigation and editing buttons, which views turn off
    css = "\n".join(rule for rule in re.findall(r"[^{}]+\{[^{}]*\}", css) if "data:image" not in rule)
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)  # DevTools would fetch the map
    # An inline <script> or <style> ends at the first "</script" or "</style", even inside a string.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"\\3c/\1", css, flags=re.IGNORECASE)
    return js, css


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no markup characters survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- values


def _value_of(props: dict[str, list[Term]], nested: dict[str, list[Term]] | None, lang: str) -> str | None:
    """Human form of the amount or date a statement, argument or value node carries."""
    for source in (nested, props):
        if not source:
            continue
        number = currency = None
        date = None
        for p, vals in source.items():
            name = _local_name(p).lower()
            for v in vals:
                if not isinstance(v, Lit):
                    if "currency" in name or "unit" in name:
                        currency = currency or _local_name(v)
                    continue
                if v.datatype in _NUMERIC_TYPES and name not in _NOT_AMOUNTS and number is None:
                    number = v
                elif v.datatype in _DATE_TYPES and date is None:
                    date = v
                elif "currency" in name or "unit" in name:
                    currency = currency or v.value
        if number is not None:
            return _human_amount(number.value, currency, lang)
        if date is not None:
            return _human_literal(date, lang)
    return None


def _human_amount(value: str, currency: str | None, lang: str) -> str:
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return f"{value} {currency or ''}".strip()
    scales = _SCALES.get(lang, _SCALES["en"])
    suffix = ""
    for factor, name in scales:
        if abs(amount) >= factor:
            amount, suffix = amount / factor, name
            break
    text = f"{amount:.1f}".rstrip("0").rstrip(".") if amount != amount.to_integral() else f"{amount:.0f}"
    if lang == "fr":
        text = text.replace(".", ",")
    unit = {"percent": "%", "PERCENT": "%"}.get(currency or "", currency or "")
    return " ".join(x for x in (text, suffix, unit) if x)


def _human_literal(lit: Lit, lang: str | None) -> str | None:
    if lit.datatype in _NUMERIC_TYPES:
        return _human_amount(lit.value, None, lang or "en")
    if lit.datatype == _XSD + "gYear":
        return lit.value.lstrip("+")
    months = _MONTHS.get(lang or "en", _MONTHS["en"])
    m = re.fullmatch(r"(-?\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?", lit.value)
    if m and lit.datatype in _DATE_TYPES:
        year, month, day = m.group(1), int(m.group(2)), m.group(3)
        name = months[month - 1] if 1 <= month <= 12 else m.group(2)
        if lang == "fr" and day:
            return f"{int(day)} {name} {year}"
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return None


def _is_date(props: dict[str, list[Term]]) -> bool:
    return any(isinstance(v, Lit) and v.datatype in _DATE_TYPES for vals in props.values() for v in vals)


def _is_date_lit(lit: Lit) -> bool:
    return lit.datatype in _DATE_TYPES


# --------------------------------------------------------------------------- SPARQL plumbing


def _raw_query(store: QueryableStore, sparql: str) -> Any:
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        pyoxigraph = None
    if pyoxigraph is not None and isinstance(store, pyoxigraph.Store):
        return store.query(sparql, use_default_graph_as_union=True)
    return store.query(sparql)


def _select(store: QueryableStore, body: str) -> list[dict[str, Term]]:
    result = _raw_query(store, _PREFIXES + body)
    variables = _variables(result) or []
    return list(_rows(result, variables))


def _count(store: QueryableStore, body: str) -> int:
    rows = _select(store, body)
    value = rows[0].get("n") if rows else None
    return int(value.value) if isinstance(value, Lit) else 0


def _variables(result: Any) -> list[str] | None:
    if hasattr(result, "variables"):  # pyoxigraph QuerySolutions
        return [v.value if hasattr(v, "value") else str(v).lstrip("?") for v in result.variables]
    if getattr(result, "type", None) == "SELECT":  # rdflib Result
        return [str(v) for v in result.vars]
    return None


def _rows(result: Any, variables: list[str]) -> Iterator[dict[str, Term]]:
    if hasattr(result, "variables"):  # pyoxigraph: solutions iterate over values in variable order
        for solution in result:
            yield {name: _term(value) for name, value in zip(variables, solution) if value is not None}
        return
    for solution in result:
        row: dict[str, Term] = {}
        for name in variables:
            try:
                value = solution[name]
            except (KeyError, IndexError):
                value = None
            if value is not None:
                row[name] = _term(value)
        yield row


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
    """First value of a kg: property."""
    vals = props.get(_KG + name) or props.get(name)
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
    """A hashable, comparable form of a term."""
    if isinstance(term, Lit):
        return f"lit:{term.value}@{term.lang or ''}^{term.datatype}"
    return term or ""


def _show(term: Term | None, entities: dict[str, dict[str, Any]]) -> str:
    """How a term reads in the page: entity label, literal text, or IRI local name."""
    if term is None:
        return ""
    if isinstance(term, Lit):
        return _human_literal(term, None) if term.datatype in _DATE_TYPES else term.value
    if term in entities:
        return entities[term]["label"]
    return _local_name(term)


@functools.lru_cache(maxsize=4096)
def _local_name(iri: str) -> str:
    """The readable tail of an IRI: after the last ``#`` or ``/``."""
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return tail or iri


def _relation_label(canonical: Term | None, relation: Term | None, st: dict[str, Any] | None) -> str:
    """Canonical relation in words ("holdsRole" → "holds role"), else the open relation's label."""
    if isinstance(canonical, str) and canonical:
        if canonical.startswith(_KGR) and st is not None:
            label = st["relation_labels"].get(canonical)
            if label:
                return label
        if canonical.startswith(_KGR):
            return canonical[len(_KGR):].split("/", 1)[-1].replace("_", " ")
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _local_name(canonical)).lower()
    if isinstance(relation, str) and relation:
        if st is not None and relation in st["relation_labels"]:
            return st["relation_labels"][relation]
        return _relation_label(relation, None, None)
    if st is not None:
        text = _lit_value(_first(st["props"], "relationText"))
        if text:
            return text
    return "related to"


def _pick_type(types: Iterable[str]) -> str:
    """The entity type to show: a kg: class first, then any other class's local name."""
    names = sorted(types, key=lambda t: (not t.startswith(_KG), t))
    for t in names:
        name = _local_name(t)
        if name not in ("Thing", "NamedIndividual", "Resource", "Entity"):
            return name
    return "Thing"


def _type_color(name: str) -> str:
    if name in TYPE_COLORS:
        return TYPE_COLORS[name]
    hue = (zlib.crc32(name.encode()) % 360) / 360
    r, g, b = colorsys.hls_to_rgb(hue, 0.55, 0.55)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def _statement_lang(st: dict[str, Any]) -> str:
    for vals in st["props"].values():
        for v in vals:
            if isinstance(v, Lit) and v.lang:
                return v.lang.split("-")[0]
    return "en"


def _doc_id(iri: str) -> str:
    return iri[len(_KGD):] if iri.startswith(_KGD) else _local_name(iri)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
