"""kg: turn documents into an RDF knowledge graph, query it, and look at it.

The library mirrors the command line: ``kg.build``, ``kg.extract``,
``kg.query``, ``kg.view``, ``kg.export``, ``kg.remove``, ``kg.serve``.
"""
from __future__ import annotations

import sys
from types import ModuleType as _ModuleType

from kg.api import BuildSummary, build, export, extract, query, remove, serve, view
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
    "view",
]
__version__ = "0.1.0"


class _Package(_ModuleType):
    """The ``kg`` package, whose API functions outrank its same-named modules.

    ``kg.extract``, ``kg.query`` and ``kg.view`` are both functions of the
    API and modules of the package. Importing such a module makes Python set
    it as an attribute of ``kg``, which would hide the function; this class
    keeps the function. The modules stay importable by name
    (``from kg.query import run_query``). (``types`` is not imported by
    that name here: the package's own ``kg.types`` module would replace it.)
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, _ModuleType) and callable(self.__dict__.get(name)):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
