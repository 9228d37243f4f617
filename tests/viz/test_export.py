"""kg.viz.export: GraphML and GEXF."""

from __future__ import annotations

import pytest

from kg.errors import ViewError
from kg.viz.export import export_graph
from kg.viz.projection import graph_to_networkx


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graph(store, tmp_path, fmt):
    import networkx as nx

    path = export_graph(store, fmt, tmp_path / f"g.{fmt}")
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert graph.number_of_nodes() == graph_to_networkx(store).number_of_nodes()


def test_export_graph_unknown_format(store, tmp_path):
    with pytest.raises(ViewError, match="graphml or gexf"):
        export_graph(store, "dot", tmp_path / "g.dot")
