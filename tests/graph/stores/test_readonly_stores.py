"""The read-only guard on both stores: each bypass is refused, no file is written or read, no
admin procedure runs; the same statements do run with ``write=True`` where the engine allows
them (so the refusals are the guard's doing)."""

from __future__ import annotations

import pytest

from conceptkg.errors import QueryError, ReadOnlyViolation
from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph

SECRET = "made-up-secret-line"


@pytest.fixture
def files(tmp_path):
    src = tmp_path / "secret.csv"
    src.write_text(f"{SECRET}\n", encoding="utf-8")
    return tmp_path / "out.csv", src


EMBEDDED = [
    "/* ' */ COPY (MATCH (n:Concept) RETURN n.name) TO '{out}' /* ' */",
    "/* ' */ LOAD FROM '{src}' (header=false) RETURN * /* ' */",
    "// '\nCOPY (MATCH (n:Concept) RETURN n.name) TO '{out}' // '",
    "RETURN 1; COPY (MATCH (n:Concept) RETURN n.name) TO '{out}'",
    "/* ' */ ATTACH '{src}' AS other (dbtype lbug) /* ' */",
    "/* ' */ INSTALL json /* ' */",
    "/* ' */ LOAD EXTENSION json /* ' */",
    "/* ' */ EXPORT DATABASE '{out}' /* ' */",
    "/* ' */ CALL threads=1 /* ' */",
]


@pytest.mark.parametrize("cypher", EMBEDDED)
def test_embedded_store_refuses_each_bypass(tmp_path, files, cypher):
    out, src = files
    with EmbeddedStore(tmp_path / "kg.db") as store:
        store.write_graph(small_graph())
        before = store.stats()
        with pytest.raises(ReadOnlyViolation):
            store.query(cypher.format(out=out, src=src))
        assert store.stats() == before
    assert not out.exists()


def test_embedded_store_runs_them_with_write(tmp_path, files):
    out, src = files
    with EmbeddedStore(tmp_path / "kg.db") as store:
        store.write_graph(small_graph())
        store.query(EMBEDDED[0].format(out=out, src=src), write=True)
        rows = store.query(EMBEDDED[1].format(out=out, src=src), write=True).rows
    assert out.exists() and "科技创新" in out.read_text(encoding="utf-8")
    assert rows == [[SECRET]]


NEO4J = [
    "/* ' */ LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l /* ' */",
    "/* \" */ LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS l RETURN l /* \" */",
    "/* ' */ CALL dbms.listConfig() YIELD name RETURN name /* ' */",
    "CALL dbms.listConfig",
    "RETURN dbms.components()",
    "/* ' */ SHOW USERS /* ' */",
    "SHOW DATABASES",
    "SHOW SETTINGS",
    "CALL dbms.security.listUsers()",
    "CALL db.createLabel('Hacked')",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
]


@pytest.mark.neo4j
@pytest.mark.parametrize("cypher", NEO4J)
def test_neo4j_store_refuses_each_bypass(neo4j_store, cypher):
    neo4j_store.write_graph(small_graph())
    before = neo4j_store.stats()
    with pytest.raises(ReadOnlyViolation):
        neo4j_store.query(cypher)
    assert neo4j_store.stats() == before


@pytest.mark.neo4j
def test_neo4j_store_runs_admin_commands_only_with_write(neo4j_store):
    rows = neo4j_store.query("CALL dbms.listConfig() YIELD name RETURN count(name) AS n",
                             write=True).rows
    assert rows[0][0] > 0
    with pytest.raises(QueryError):  # not a ReadOnlyViolation: the server itself answers
        try:
            neo4j_store.query("LOAD CSV FROM 'file:///nonexistent-conceptkg.csv' AS l "
                              "RETURN l", write=True)
        except ReadOnlyViolation:  # pragma: no cover - would mean the guard ran
            pytest.fail("the guard refused a query run with write=True")
