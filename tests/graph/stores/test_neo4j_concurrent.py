"""Several clients writing to one Neo4j server at once (two builds, a build and a curate)."""

from __future__ import annotations

import threading

import pytest

from conceptkg.graph import NodeType
from conceptkg.graph.stores.dialect import NEO4J
from conceptkg.graph.stores.neo4j import Neo4jStore
from tests.helpers import later_document_graph, small_graph
from tests.neo4j_fixtures import clear_database

pytestmark = pytest.mark.neo4j


def at_once(jobs: list) -> list[BaseException]:
    """Run the callables in threads released together; the errors they raised."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job) -> None:
        barrier.wait()
        try:
            job()
        except BaseException as exc:  # collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_clients_creating_the_schema_at_once_all_succeed(neo4j_server):
    # two builds started together on a fresh database: each creates the constraints first
    for _ in range(3):
        clear_database(neo4j_server)
        stores = [Neo4jStore(neo4j_server.uri, auth=neo4j_server.auth) for _ in range(4)]
        try:
            errors = at_once([s.ensure_schema for s in stores])
        finally:
            for s in stores:
                s.close()
        assert errors == []
    with Neo4jStore(neo4j_server.uri, auth=neo4j_server.auth) as store:
        names = {r["name"] for r in store.query(NEO4J.SHOW_CONSTRAINTS).records()}
    assert names == {f"conceptkg_{lab.lower()}_id"
                     for lab in [*(t.value for t in NodeType), "Document"]}


def test_two_loads_at_once_both_end_complete(neo4j_server):
    clear_database(neo4j_server)
    a, b = small_graph(), later_document_graph()
    stores = [Neo4jStore(neo4j_server.uri, auth=neo4j_server.auth) for _ in range(2)]
    try:
        errors = at_once([lambda: stores[0].write_graph(a), lambda: stores[1].write_graph(b)])
        assert errors == []
        stored = stores[0].read_graph()
    finally:
        for s in stores:
            s.close()
    assert set(stored.documents) == set(a.documents) | set(b.documents)
