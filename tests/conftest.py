"""Shared fixtures: each spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp_fr():
    """The French pipeline, as :func:`kg.nlp.load_model` serves it."""
    from kg.nlp import load_model

    return load_model("fr")


@pytest.fixture(scope="session")
def nlp_en():
    """The English pipeline, as :func:`kg.nlp.load_model` serves it."""
    from kg.nlp import load_model

    return load_model("en")
