"""Drawing a projection as a pyvis network: nodes coloured by type and sized by importance, edges labelled.

Entities are dots coloured by type, values boxes in a human form, phrases grey
boxes; each statement is an edge labelled with its relation (red when denied,
dashed when modal), each argument a dashed grey edge labelled with its role.
The panels list a node's facts with their sentences and documents.
"""

from __future__ import annotations

import colorsys
import math
import zlib
from collections import Counter
from typing import Any

from kg.errors import ViewError
from kg.viz.labels import (
    _clip,
)
from kg.viz.layout import _layout, _pagerank, _reading_order
from kg.viz.model import (
    ARGUMENTS,
    DEFAULT_MAX_NODES,
    LAYOUT_BUDGET_MS,
    PYTHON_LAYOUT_THRESHOLD,
    SEED_LAYOUT_THRESHOLD,
    TYPE_COLORS,
    QueryableStore,
    _induced,
    _Projection,
)
from kg.viz.page import KGNetwork
from kg.viz.projection import _project

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
        graph = _induced(graph, kept)
    omitted = total_nodes - graph.number_of_nodes()
    big = graph.number_of_nodes() > PYTHON_LAYOUT_THRESHOLD
    # Live physics settles twice as fast from the Python layout as from random positions.
    positions = _layout(graph) if graph.number_of_nodes() > SEED_LAYOUT_THRESHOLD else {}
    top = max((rank[n] for n in graph), default=1.0) or 1.0

    communities = _communities(graph)
    net = KGNetwork(height="100%", width="100%", directed=True, cdn_resources="remote")
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    colors = {t: _type_color(t) for t in types}
    # Entities are dots, values and phrases boxes (their label is the thing itself).
    shapes = {d["type"]: "dot" if d["kind"] in ("entity", "other") else "box" for _, d in graph.nodes(data=True)}
    for n, data in graph.nodes(data=True):
        weight = math.sqrt(rank[n] / top)
        node: dict[str, Any] = {
            "id": n,
            "label": _clip(data["label"], 40),
            "title": f"{data['label']} ({data['type']})",
            "shape": shapes[data["type"]],
            "color": colors[data["type"]],
            "size": round(8 + 30 * weight, 1),
            # important nodes get larger labels, readable before the others when zoomed out
            "font": {"size": round(12 + 14 * weight)},
            "kgType": data["type"],
        }
        if n in communities:
            node["kgCommunity"] = communities[n]
        if node["shape"] == "box":
            node["color"] = {
                "background": "#ffffff",
                "border": colors[data["type"]],
                "highlight": {"background": "#f4f4f4", "border": "#1f4e8c"},
            }
            node["font"].update(size=12, color="#333333" if data["kind"] == "value" else "#777777")
            node["borderWidth"] = 2 if data["kind"] == "value" else 1
        if data["kind"] == "text":
            # Phrases ("son infrastructure cloud") stay in their facts' panels; the
            # "Text" box of the types list draws them.
            node["hidden"] = True
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
    # Facts that say the same relation between the same two nodes are one edge, with
    # their count on it; its panel lists them.
    bundles: dict[tuple[Any, Any, str, str, bool, str], list[dict[str, Any]]] = {}
    for u, v, data in graph.edges(data=True):
        key = (u, v, data["label"], data["role"], bool(data["negated"]), data["modality"] or "")
        bundles.setdefault(key, []).append(data)
    for i, ((u, v, label, role, negated, modality), bundle) in enumerate(bundles.items()):
        data = bundle[0]
        rel = ARGUMENTS if role else label
        relations[rel] += len(bundle)
        fact = proj.facts.get(data["fact"], {})
        fact_ids = list(dict.fromkeys(d["fact"] for d in bundle))
        edge: dict[str, Any] = {
            "id": f"e{i}",
            "from": u,
            "to": v,
            "label": _clip(label, 30) + (f" ×{len(fact_ids)}" if len(fact_ids) > 1 else ""),
            "arrows": "to",
            "title": _edge_title(fact, data) + (f" (and {len(fact_ids) - 1} more)" if len(fact_ids) > 1 else ""),
            "kgRel": rel,
            "kgFact": data["fact"],
            "kgFacts": fact_ids,
        }
        # Links between the same two nodes bend apart instead of drawing over each other.
        k = parallel[frozenset((u, v))]
        parallel[frozenset((u, v))] += 1
        if k and not big:
            edge["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if k % 2 else "curvedCCW",
                "roundness": 0.25 * ((k + 1) // 2),
            }
        if role:
            edge["dashes"] = True
            edge["color"] = {"color": "#b8b8b8"}
        if negated:
            edge["color"] = {"color": "#d62728", "highlight": "#d62728"}
        elif modality:
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
        info[n] = {
            k: v
            for k, v in {
                "label": d["label"],
                "type": d["type"],
                "kind": d["kind"],
                "iri": d["iri"],
                "aliases": [a for a in d["aliases"].split(" | ") if a],
                "facts": own,
                "more_facts": len(set(proj.node_facts.get(n, ()))) - len(own),
            }.items()
            if v
        }
    # Facts go by short ids in the page (f0, f1…): a statement IRI is long and appears several times.
    short = {iri: f"f{i}" for i, iri in enumerate(sorted(k for k in drawn | listed if k in proj.facts))}
    facts = {
        short[k]: {f: v for f, v in proj.facts[k].items() if f not in _PAGE_OMITS and v not in ("", [], None)}
        for k in short
    }
    for edge in net.edges:
        edge["kgFact"] = short.get(edge["kgFact"], edge["kgFact"])
        edge["kgFacts"] = [short.get(f, f) for f in edge["kgFacts"]]
    for entry in info.values():
        if "facts" in entry:
            entry["facts"] = [short[f] for f in entry["facts"]]
    used_docs = {f.get("document") for f in facts.values()}
    docs = {
        d["id"]: {k: v for k, v in d.items() if k in ("title", "source", "date", "lang", "url")}
        for d in proj.docs.values()
        if d["id"] in used_docs
    }
    phrase_types = {d["type"] for _, d in graph.nodes(data=True) if d["kind"] == "text"}
    phrases = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "text")
    net.kg_data = {
        "title": title or (f"kg — {proj.scope}" if proj.scope else "kg — knowledge graph"),
        "counts": proj.totals,
        "shown": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "facts": len(facts)},
        "omitted": omitted,
        "omitted_note": " ".join(
            filter(
                None,
                [
                    (
                        f"Read the facts of the {proj.read_entities:,} best-connected of {proj.totals['entities']:,} "
                        "entities only."
                    )
                    if proj.read_entities is not None
                    else "",
                    (
                        f"{omitted:,} of {total_nodes:,} nodes left out (the least connected"
                        + (f", the first of them: {', '.join(left_out)}" if left_out else "")
                        + "); raise max_nodes (kg view --max-nodes) to draw more."
                    )
                    if omitted
                    else "",
                    (
                        f"{phrases:,} phrase{'s' if phrases != 1 else ''} (objects that are no entity or value) "
                        "kept in their facts' panels: tick Text under Entity types to draw them."
                    )
                    if phrases
                    else "",
                    (
                        f"{proj.phrase_facts:,} fact{'s' if proj.phrase_facts != 1 else ''} naming no entity or value "
                        "(phrase to phrase) not drawn."
                    )
                    if proj.phrase_facts
                    else "",
                ],
            )
        ),
        "scope": proj.scope,
        "focus": proj.focus,
        "types": [
            {"name": t, "color": colors[t], "count": c, "shape": shapes[t], "hidden": t in phrase_types}
            for t, c in sorted(types.items(), key=lambda x: (-x[1], x[0]))
        ],
        "relations": [{"name": r, "count": c} for r, c in sorted(relations.items(), key=lambda x: (-x[1], x[0]))],
        "communities": len(set(communities.values())),
        "community_colors": list(COMMUNITY_COLORS),
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
        "nodes": {
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": threshold}},
        },
        "edges": {
            "font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": threshold + 1}},
            "color": {"color": "#8a9bb0", "highlight": "#1f4e8c", "hover": "#1f4e8c", "inherit": False},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if big or n_edges > 2000 else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": not big,
            "tooltipDelay": 250,
            "hideEdgesOnDrag": n_edges > 1000,
            "hideEdgesOnZoom": n_edges > 3000,
            "navigationButtons": False,
            "keyboard": False,
        },
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
    }
    if big:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.02,
                "springLength": 110,
                "springConstant": 0.08,
                "damping": 0.5,
                "avoidOverlap": 0.4,
            },
            "maxVelocity": 80,
            "minVelocity": 1.0,
            "timestep": 0.5,
            "stabilization": {
                "enabled": True,
                "iterations": 400 if n_nodes <= SEED_LAYOUT_THRESHOLD else 120,
                "updateInterval": 50,
                "fit": True,
            },
        }
    return options


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


#: Colours of communities, in turn (the page colours nodes by community when asked).
COMMUNITY_COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
)


#: Largest view whose communities are computed (Louvain on the entities and values drawn).
MAX_COMMUNITY_NODES = 5000


def _communities(graph: Any) -> dict[Any, int]:
    """Each node's community (networkx's Louvain, seeded: the same graph gives the same groups), largest first."""
    import networkx as nx

    nodes = [n for n, d in graph.nodes(data=True) if d["kind"] != "text"]
    if len(nodes) < 3 or len(nodes) > MAX_COMMUNITY_NODES:
        return {}
    undirected = nx.Graph()
    undirected.add_nodes_from(nodes)
    undirected.add_edges_from((u, v) for u, v in graph.edges() if u in undirected and v in undirected and u != v)
    groups = nx.community.louvain_communities(undirected, seed=0)
    ordered = sorted(groups, key=lambda g: (-len(g), min(map(str, g))))
    return {n: i for i, group in enumerate(ordered) for n in group}


def _type_color(name: str) -> str:
    if name in TYPE_COLORS:
        return TYPE_COLORS[name]
    hue = (zlib.crc32(name.encode()) % 360) / 360
    r, g, b = colorsys.hls_to_rgb(hue, 0.5, 0.5)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


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
