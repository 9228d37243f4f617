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

from kg.viz.drawing import build_network
from kg.viz.export import export_graph
from kg.viz.model import DEFAULT_MAX_NODES
from kg.viz.page import KGNetwork, render_html, write_html
from kg.viz.projection import graph_to_networkx

__all__ = [
    "DEFAULT_MAX_NODES",
    "KGNetwork",
    "build_network",
    "export_graph",
    "graph_to_networkx",
    "render_html",
    "write_html",
]
