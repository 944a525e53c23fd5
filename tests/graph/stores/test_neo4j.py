"""The Neo4j store against a real Neo4j 5 server (started by tests/neo4j_fixtures.py)."""

from __future__ import annotations

import json
import time

import pytest

from conceptkg.errors import QueryError, ReadOnlyViolation, StoreConnectionError
from conceptkg.graph import (
    Document,
    Edge,
    EmbeddedStore,
    Evidence,
    KnowledgeGraph,
    Node,
    NodeType,
)
from conceptkg.graph.stores import neo4j as ns
from conceptkg.graph.stores.dialect import NEO4J
from conceptkg.graph.stores.neo4j import Neo4jStore
from conceptkg.transfer import copy_graph, open_store, pull, push
from tests.graph.graph_compare import assert_same_graph
from tests.helpers import later_document_graph, small_graph

pytestmark = pytest.mark.neo4j

HOSTILE = "'}) DETACH DELETE n //"


def synthetic_graph(n_nodes: int = 40, n_edges: int = 60) -> KnowledgeGraph:
    """A deterministic graph over several labels, each node and edge with one evidence."""
    sentences = [f"句子{i}推动发展。" for i in range(n_nodes)]
    doc = Document.from_text("".join(sentences), path="synthetic.txt")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    types = [NodeType.CONCEPT, NodeType.FACTOR, NodeType.ORGANIZATION, NodeType.INITIATIVE]
    offsets, pos = [], 0
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        pos += len(s)

    def evidence(i: int) -> Evidence:
        start, end = offsets[i % n_nodes]
        return Evidence(document=doc.id, sentence=sentences[i % n_nodes], start=start, end=end,
                        rule="synthetic")

    nodes = [Node(name=f"名称{i}", type=types[i % 4], evidence=[evidence(i)])
             for i in range(n_nodes)]
    for n in nodes:
        kg.add_node(n)
    rels = ["DRIVES", "INCLUDES", "IMPLEMENTS"]
    made = 0
    step = 1
    while made < n_edges:
        for i in range(n_nodes):
            if made == n_edges:
                break
            a, b = nodes[i], nodes[(i + step) % n_nodes]
            kg.add_edge(Edge(source=a.id, target=b.id, type=rels[(i + step) % 3],
                             evidence=[evidence(i)]))
            made += 1
        step += 1
    return kg


def duplicate_counts(store: Neo4jStore) -> tuple[int, int]:
    nodes = store.query("MATCH (n) WITH labels(n) AS l, n.id AS id, count(*) AS c "
                        "WHERE c > 1 RETURN count(*)").rows[0][0]
    edges = store.query("MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS c "
                        "WHERE c > 1 RETURN count(*)").rows[0][0]
    return nodes, edges


# -- schema and loading --------------------------------------------------------------------------
def test_constraints_exist_for_every_label_before_loading(neo4j_store):
    neo4j_store.ensure_schema()
    res = neo4j_store.query(NEO4J.SHOW_CONSTRAINTS).records()
    unique_on_id = {r["labelsOrTypes"][0] for r in res
                    if r["type"] in ("UNIQUENESS", "NODE_PROPERTY_UNIQUENESS")
                    and r["properties"] == ["id"]}
    # and the node of the write lease (see neo4j_lease.py), whose id is unique too
    assert unique_on_id == {t.value for t in NodeType} | {"Document", "ConceptKGLock"}


def test_write_and_read_back(neo4j_store):
    kg = small_graph()
    report = neo4j_store.write_graph(kg)
    assert report.nodes == len(kg) and report.edges == kg.number_of_edges
    stats = neo4j_store.stats()
    assert stats["nodes"] == kg.node_counts()
    assert stats["edges"] == kg.edge_counts()
    assert stats["documents"] == 1
    assert_same_graph(neo4j_store.read_graph(), kg, built_at=True)


def test_writing_twice_is_idempotent(neo4j_store):
    kg = small_graph()
    neo4j_store.write_graph(kg)
    first = neo4j_store.stats()
    neo4j_store.write_graph(kg)
    assert neo4j_store.stats() == first
    assert duplicate_counts(neo4j_store) == (0, 0)
    res = neo4j_store.query("MATCH (n:Concept {name: $name}) RETURN n.evidence",
                            {"name": "新质生产力"})
    assert res.rows[0][0].count('"start"') == 1


def test_a_later_document_merges_into_existing_nodes(neo4j_store):
    neo4j_store.write_graph(small_graph())
    neo4j_store.write_graph(later_document_graph())
    res = neo4j_store.query(
        "MATCH (o:Organization) RETURN o.name, o.aliases, o.documents, o.mentions")
    assert len(res.rows) == 1
    name, aliases, docs, mentions = res.rows[0]
    assert name == "某某集团" and set(aliases) == {"集团", "某某集团公司"}
    assert len(docs) == 2 and mentions == 2
    assert neo4j_store.stats()["documents"] == 2
    # the edge of the first document is still attached to the merged node
    res = neo4j_store.query("MATCH (:Organization)-[:IMPLEMENTS]->(i) RETURN i.name")
    assert res.rows == [["数字平台"]]


SAME_ANSWER_QUERIES = [
    ("MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative) "
     "RETURN o.name AS org, i.name AS initiative ORDER BY org", None),
    ("MATCH (c:Concept)-[:INCLUDES]->(f:Factor) "
     "RETURN c.name AS concept, f.name AS factor, f.aliases AS aliases ORDER BY factor", None),
    ("MATCH (n:Concept) RETURN n.name AS name, n.mentions AS mentions, n.documents AS docs "
     "ORDER BY name", None),
    ("MATCH (a)-[r:DRIVES]->(b) RETURN a.name AS src, b.name AS dst, r.confidence AS conf, "
     "r.rules AS rules, r.sentence AS sentence ORDER BY src", None),
    ("MATCH (n:Factor) WHERE n.name = $name RETURN n.id AS id, n.evidence AS ev",
     {"name": "数据"}),
    ("MATCH (n:Concept) RETURN count(n) AS n", None),
]


def test_same_cypher_reads_the_same_answers_as_the_embedded_store(neo4j_store, tmp_path):
    kg = small_graph()
    neo4j_store.write_graph(kg)
    with EmbeddedStore(tmp_path / "kg.db") as embedded:
        embedded.write_graph(kg)
        for cypher, params in SAME_ANSWER_QUERIES:
            want = embedded.query(cypher, params)
            got = neo4j_store.query(cypher, params)
            assert got.columns == want.columns, cypher
            assert got.rows == want.rows, cypher
            assert got.rows, cypher  # the comparison is not between two empty answers


def test_nodes_relationships_and_paths_come_back_as_plain_data(neo4j_store):
    neo4j_store.write_graph(small_graph())
    res = neo4j_store.query("MATCH p = (a:Concept)-[r:DRIVES]->(b) RETURN a, r, p")
    a, r, p = res.rows[0]
    json.dumps(res.rows, ensure_ascii=False)
    assert a["_LABEL"] == "Concept" and a["name"] == "科技创新"
    assert r["_LABEL"] == "DRIVES" and r["_SRC"] == a["_ID"]
    assert [n["name"] for n in p["_NODES"]] == ["科技创新", "产业创新"]
    assert p["_RELS"][0]["_ID"] == r["_ID"]


# -- safety --------------------------------------------------------------------------------------
def test_read_only_refusal_leaves_data_untouched(neo4j_store, monkeypatch):
    neo4j_store.write_graph(small_graph())
    before = neo4j_store.stats()
    with pytest.raises(ReadOnlyViolation):
        neo4j_store.query("MATCH (n) DETACH DELETE n")
    # the server refuses too, even when the text check is bypassed
    monkeypatch.setattr(ns, "assert_read_only", lambda cypher: None)
    with pytest.raises(ReadOnlyViolation):
        neo4j_store.query("MATCH (n) DETACH DELETE n")
    with pytest.raises(ReadOnlyViolation):
        neo4j_store.query("CREATE (:Concept {id: 'x', name: 'x'})")
    assert neo4j_store.stats() == before


def test_write_is_allowed_when_asked(neo4j_store):
    neo4j_store.write_graph(small_graph())
    neo4j_store.query("MATCH (n:Concept {name: $n}) SET n.flag = true", {"n": "科技创新"},
                      write=True)
    assert neo4j_store.query("MATCH (n:Concept) WHERE n.flag RETURN n.name").rows == [
        ["科技创新"]]


def test_read_only_store_refuses_to_load(neo4j_clean):
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth, read_only=True) as store:
        with pytest.raises(ReadOnlyViolation):
            store.write_graph(small_graph())
        with pytest.raises(ReadOnlyViolation):
            store.query("CREATE (:Concept {id: 'x'})", write=True)
        assert store.stats()["documents"] == 0


def test_hostile_values_are_stored_verbatim_and_delete_nothing(neo4j_store):
    kg = small_graph()
    neo4j_store.write_graph(kg)
    doc = Document.from_text(HOSTILE + "。", path=HOSTILE)
    evil = KnowledgeGraph()
    evil.add_document(doc)
    ev = Evidence(document=doc.id, sentence=doc.text, start=0, end=len(doc.text), rule=HOSTILE)
    a = Node(name=HOSTILE, type="Concept", aliases=[HOSTILE + "`"], attributes={"k": HOSTILE},
             evidence=[ev])
    b = Node(name="科技创新", type="Concept", evidence=[ev])
    evil.add_node(a)
    evil.add_node(b)
    evil.add_edge(Edge(source=b.id, target=a.id, type="DRIVES", evidence=[ev]))
    neo4j_store.write_graph(evil)
    stats = neo4j_store.stats()
    assert stats["nodes"]["Concept"] == kg.node_counts()["Concept"] + 1
    assert stats["documents"] == 2
    assert sum(stats["edges"].values()) == kg.number_of_edges + 1
    res = neo4j_store.query("MATCH (n:Concept {name: $n}) RETURN n.name, n.aliases, n.id",
                            {"n": HOSTILE})
    assert res.rows == [[HOSTILE, [HOSTILE + "`"], a.id]]
    expected = small_graph()
    expected.update(evil)
    assert_same_graph(neo4j_store.read_graph(), expected, built_at=True)


# -- failures ------------------------------------------------------------------------------------
def test_wrong_credentials_fail_without_showing_them(neo4j_server):
    user, _ = neo4j_server.auth
    t0 = time.monotonic()
    with pytest.raises(StoreConnectionError) as info:
        Neo4jStore(neo4j_server.uri, auth=(user, "wrong-password-xyz"))
    assert time.monotonic() - t0 < 10
    msg = str(info.value)
    assert "credentials" in msg and "\n" not in msg and "wrong-password-xyz" not in msg


def test_credentials_in_the_uri_are_used_and_hidden(neo4j_clean):
    user, pw = neo4j_clean.auth
    host = neo4j_clean.uri.split("://", 1)[1]
    with Neo4jStore(f"bolt://{user}:{pw}@{host}") as store:
        assert pw not in store.uri and store.stats()["documents"] == 0
    with pytest.raises(StoreConnectionError) as info:
        Neo4jStore(f"bolt://{user}:not-{pw}@{host}")
    assert pw not in str(info.value)


def test_missing_database_and_bad_uri_are_connection_errors(neo4j_server):
    with pytest.raises(StoreConnectionError, match="no such database"):
        Neo4jStore(neo4j_server.uri, auth=neo4j_server.auth, database="nosuchdb")
    with pytest.raises(StoreConnectionError, match="bolt://"):
        Neo4jStore("http://127.0.0.1:7474", auth=neo4j_server.auth)


def test_syntax_error_is_a_one_line_query_error(neo4j_store):
    with pytest.raises(QueryError) as info:
        neo4j_store.query("MATCH (n RETURN n")
    assert not isinstance(info.value, ReadOnlyViolation)
    assert "\n" not in str(info.value) and str(info.value)


def test_interrupted_load_can_be_rerun_to_completion(neo4j_clean, monkeypatch):
    kg = synthetic_graph()
    calls = {"n": 0}
    original = Neo4jStore._write_batch

    def failing(self, session, cypher, params):
        calls["n"] += 1
        if calls["n"] == 6:
            def run_then_fail(tx):
                tx.run(cypher, params).consume()
                raise RuntimeError("power cut")
            session.execute_write(run_then_fail)
        original(self, session, cypher, params)

    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        store.batch_size = 7
        monkeypatch.setattr(Neo4jStore, "_write_batch", failing)
        with pytest.raises(RuntimeError, match="power cut"):
            store.write_graph(kg)
        partial = store.stats()
        assert sum(partial["nodes"].values()) < len(kg)
        assert not partial["edges"]
    monkeypatch.setattr(Neo4jStore, "_write_batch", original)
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        store.batch_size = 7
        store.write_graph(kg)
        stats = store.stats()
        assert stats["nodes"] == kg.node_counts()
        assert stats["edges"] == kg.edge_counts()
        assert duplicate_counts(store) == (0, 0)
        assert_same_graph(store.read_graph(), kg, built_at=True)


def test_driver_failure_midway_says_to_rerun(neo4j_store, monkeypatch, caplog):
    import logging

    import neo4j.exceptions

    calls = {"n": 0}
    original = Neo4jStore._write_batch

    def failing(self, session, cypher, params):
        calls["n"] += 1
        if calls["n"] == 3:
            raise neo4j.exceptions.ServiceUnavailable("connection lost")
        original(self, session, cypher, params)

    neo4j_store.batch_size = 7
    monkeypatch.setattr(Neo4jStore, "_write_batch", failing)
    seen: list[int] = []
    with pytest.raises(StoreConnectionError, match=r"after 2 of \d+ batches; run the load again"):
        neo4j_store.write_graph(synthetic_graph(), progress=seen.append)
    assert len(seen) == 2 and all(0 < n <= 7 for n in seen)
    # said once, by the error (the CLI printed a warning with the same words before it)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING
                and "batches" in r.getMessage()]


# -- transfer ------------------------------------------------------------------------------------
def test_copy_graph_round_trip_embedded_neo4j_embedded(neo4j_store, tmp_path):
    kg = small_graph()
    kg2 = synthetic_graph(12, 15)
    with EmbeddedStore(tmp_path / "a.db") as a:
        a.write_graph(kg)
        a.write_graph(kg2)
        original = a.read_graph()
        report = copy_graph(a, neo4j_store)
    assert report.nodes == len(kg) + len(kg2)
    assert_same_graph(neo4j_store.read_graph(), original, built_at=True)
    with EmbeddedStore(tmp_path / "b.db") as b:
        copy_graph(neo4j_store, b)
        assert_same_graph(b.read_graph(), original, built_at=True)


def test_push_and_pull_use_env_credentials(neo4j_clean, tmp_path, monkeypatch):
    user, pw = neo4j_clean.auth
    monkeypatch.setenv("NEO4J_USERNAME", user)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    kg = small_graph()
    with open_store(str(tmp_path / "src.db"), None) as src:
        src.write_graph(kg)
    seen: list[int] = []
    report = push(str(tmp_path / "src.db"), neo4j_clean.uri, progress=seen.append)
    assert report.nodes == len(kg) and sum(seen) > 0
    pull(str(tmp_path / "dst.db"), neo4j_clean.uri)
    with open_store(str(tmp_path / "dst.db"), None, read_only=True) as dst:
        assert_same_graph(dst.read_graph(), kg, built_at=True)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    with pytest.raises(StoreConnectionError):
        open_store(None, neo4j_clean.uri)


def test_routing_scheme_works(neo4j_clean):
    host = neo4j_clean.uri.split("://", 1)[1]
    with Neo4jStore(f"neo4j://{host}", auth=neo4j_clean.auth) as store:
        store.write_graph(small_graph())
        assert store.stats()["documents"] == 1
