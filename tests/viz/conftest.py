"""Fixtures of the viz tests: graphs, and a headless Chromium for the browser-marked tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.viz.viz_graphs import hostile_graph, small_graph

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def small_kg():
    return small_graph()


@pytest.fixture
def hostile_kg():
    return hostile_graph()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("/usr/bin/chromium is missing (run scripts/install-browser.sh)")
        pytest.skip("/usr/bin/chromium is missing (run scripts/install-browser.sh)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
