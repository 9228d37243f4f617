"""Shared fixtures: each spaCy pipeline and the browser are started once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

#: The browser the tests drive: Debian's Chromium, never a downloaded one.
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Playwright; skips (fails in CI) where it is missing.

    Module-scoped: Playwright's sync API keeps an event loop running in this
    thread while it is open, and later tests call ``asyncio.run``.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _browser_unavailable("playwright is not installed")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _browser_unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _browser_unavailable(reason: str) -> None:
    """Skip a browser test, or fail it where browser tests must run (KG_REQUIRE_BROWSER=1)."""
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (KG_REQUIRE_BROWSER=1: browser tests must run)")
    pytest.skip(reason)
