"""The projection as a file for graph tools: GraphML or GEXF (Gephi, Cytoscape, yEd)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import ViewError
from kg.viz.model import (
    QueryableStore,
)
from kg.viz.projection import graph_to_networkx


def export_graph(store: QueryableStore, fmt: str, path: str | Path) -> Path:
    """Write the whole projection as GraphML or GEXF (for Gephi).

    Raises:
        ViewError: ``fmt`` is neither ``graphml`` nor ``gexf``.
    """
    fmt = fmt.lower()
    if fmt not in ("graphml", "gexf"):
        raise ViewError(f"unknown graph format {fmt!r}: expected graphml or gexf")
    out = graph_to_networkx(store)
    path = Path(path)
    if fmt == "graphml":
        nx.write_graphml(out, path)
    else:
        nx.write_gexf(out, path)
    return path
