"""Fixtures of the view tests: in-memory stores of the graphs in graphs.py."""

from __future__ import annotations

import pyoxigraph
import pytest

from tests.viz.graphs import ALIBABA, EVIL_GRAPH, make_store


@pytest.fixture()
def store() -> pyoxigraph.Store:
    return make_store(ALIBABA)


@pytest.fixture()
def evil_store() -> pyoxigraph.Store:
    return make_store(ALIBABA, EVIL_GRAPH)
