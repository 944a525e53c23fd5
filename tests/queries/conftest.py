"""Fixtures of the named-query tests: the sample graph and an embedded store holding it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conceptkg.graph import EmbeddedStore, KnowledgeGraph
from tests.queries.sample_graph import sample_graph


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return sample_graph()


@pytest.fixture(scope="module")
def store(kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path_factory.mktemp("queries") / "db") as s:
        s.write_graph(kg)
        yield s
