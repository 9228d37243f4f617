"""kg: turn documents into an RDF knowledge graph, query it, and look at it.

The library mirrors the command line: ``kg.build``, ``kg.extract``,
``kg.query``, ``kg.view``, ``kg.show``, ``kg.export``, ``kg.remove``, ``kg.serve``.
"""

from __future__ import annotations

from kg.api import BuildSummary, build, export, extract, query, remove, serve, show, view
from kg.errors import KGError

__all__ = [
    "BuildSummary",
    "KGError",
    "build",
    "export",
    "extract",
    "query",
    "remove",
    "serve",
    "show",
    "view",
]
__version__ = "0.1.0"
