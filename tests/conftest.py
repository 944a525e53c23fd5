"""Shared pytest configuration; fixtures for the real Neo4j server live in neo4j_fixtures.py."""

import os
import tempfile

pytest_plugins = ["tests.neo4j_fixtures"]

# the tests (and the processes they start) keep the dictionary-table cache of
# loaders/extraction/words/dictionary.py in a directory of their own, not in the user's ~/.cache
if "CONCEPTKG_CACHE_DIR" not in os.environ:
    os.environ["CONCEPTKG_CACHE_DIR"] = tempfile.mkdtemp(prefix="conceptkg-test-cache-")
