"""Several clients writing to one Neo4j server at once (two builds, a build and a curate)."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from conceptkg.errors import StoreLockedError
from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node, NodeType
from conceptkg.graph.stores.dialect import NEO4J
from conceptkg.graph.stores.neo4j import Neo4jStore
from tests.graph.graph_compare import assert_same_graph
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
                     for lab in [*(t.value for t in NodeType), "Document", "ConceptKGLock"]}


def shared_graph(place: str, n: int = 300) -> KnowledgeGraph:
    """One document of ``place`` naming the same ``n`` factors and chain of DRIVES edges as
    any other place's document."""
    sentences = [f"{place}的要素{i}推动要素{i + 1}。" for i in range(n)]
    doc = Document.from_text("".join(sentences), path=f"{place}.txt")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    pos, nodes = 0, []
    for i, s in enumerate(sentences):
        ev = Evidence(document=doc.id, sentence=s, start=pos, end=pos + len(s), rule="t")
        nodes.append(Node(name=f"要素{i}", type=NodeType.FACTOR, evidence=[ev]))
        pos += len(s)
    for node in nodes:
        kg.add_node(node)
    for a, b in itertools.pairwise(nodes):
        kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=list(a.evidence)))
    return kg


def test_two_loads_at_once_keep_both_documents_counts(neo4j_server):
    # each load reads what is stored, merges into it and writes back: at once, the later
    # write used to drop the other document's counts and evidence from every shared node
    graphs = [shared_graph(p) for p in ("岚州", "溪宁市", "恒拓镇")]
    clear_database(neo4j_server)
    with Neo4jStore(neo4j_server.uri, auth=neo4j_server.auth) as store:
        for kg in graphs:
            store.write_graph(kg)
        expected = store.read_graph()
    for _ in range(2):
        clear_database(neo4j_server)
        stores = [Neo4jStore(neo4j_server.uri, auth=neo4j_server.auth) for _ in graphs]
        try:
            errors = at_once([lambda s=s, kg=kg: s.write_graph(kg)
                              for s, kg in zip(stores, graphs, strict=True)])
            assert errors == []
            got = stores[0].read_graph()
        finally:
            for s in stores:
                s.close()
        assert_same_graph(got, expected)
        counts = {len(n.counts) for n in got.nodes()}
        assert counts == {3}


def hold_lease(server, holder: str) -> None:
    """A lease on the server as another client left it (expiring in an hour)."""
    with Neo4jStore(server.uri, auth=server.auth) as store:
        store.ensure_schema()
        store.query("CREATE (:ConceptKGLock {id: 'writer', owner: 'x', holder: $h, "
                    "expires: timestamp() + 3600000})", {"h": holder}, write=True)


def test_a_writer_waits_for_the_lease_and_says_who_holds_it(neo4j_clean, monkeypatch):
    hold_lease(neo4j_clean, f"{socket.gethostname()} pid {os.getpid()}")  # alive: this one
    monkeypatch.setenv("CONCEPTKG_NEO4J_LOCK_WAIT", "1")
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        t0 = time.monotonic()
        with pytest.raises(StoreLockedError, match=rf"pid {os.getpid()}\) is writing") as info:
            store.write_graph(shared_graph("岚州", 3))
        assert time.monotonic() - t0 < 10
        assert "\n" not in str(info.value)
        assert store.stats()["documents"] == 0


def test_the_lease_of_a_killed_process_of_this_machine_is_taken_over(neo4j_clean):
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    hold_lease(neo4j_clean, f"{socket.gethostname()} pid {proc.stdout.strip()}")
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        t0 = time.monotonic()
        store.write_graph(shared_graph("溪宁市", 3))
        assert time.monotonic() - t0 < 10
        assert store.stats()["documents"] == 1
        assert store.query("MATCH (l:ConceptKGLock) RETURN count(l) AS n").rows == [[0]]


def test_two_builds_of_one_text_at_once_keep_the_first_recorded_file(neo4j_clean, tmp_path,
                                                                      monkeypatch):
    """Two builds that each found the text new (copies of one file, built at once) both
    write its document: the later one used to overwrite the path (and date) the first had
    recorded; now the stored document stays the file recorded first, as a build that finds
    the text stored leaves it."""
    from conceptkg import build as building
    from conceptkg.stored import StoredDocuments

    for place in ("岚州", "溪宁"):
        (tmp_path / place).mkdir()
        (tmp_path / place / "纪要.txt").write_text("恒拓集团推动岚州转型。", encoding="utf-8")
    server = neo4j_clean
    stores = [Neo4jStore(server.uri, auth=server.auth) for _ in range(2)]
    read = StoredDocuments.read
    # the second build read the store before the first one wrote (as when both run at once)
    monkeypatch.setattr(building.StoredDocuments, "read",
                        classmethod(lambda cls, store, *a: read(None, *a)))
    try:
        building.build([tmp_path / "岚州"], stores[0], jobs=1)
        building.build([tmp_path / "溪宁"], stores[1], jobs=1)
        [doc] = stores[0].documents()
    finally:
        for s in stores:
            s.close()
    assert doc.resolved == str(tmp_path / "岚州" / "纪要.txt")
