"""The read-only guard decides on tokens: comments and strings cannot hide a clause, and nothing
that reaches files, the network, extensions or administration passes without --write."""

from __future__ import annotations

import pytest

from conceptkg.errors import QueryError, ReadOnlyViolation
from conceptkg.graph.stores.readonly import assert_read_only, is_read_only, tokenize

#: each hides (or used to hide) a clause behind comments and strings
BYPASSES = [
    "/* ' */ COPY (MATCH (n) RETURN n.name) TO '{out}' /* ' */",
    "/* ' */ LOAD FROM '{src}' RETURN * /* ' */",
    "/* \" */ LOAD CSV FROM 'file://{src}' AS l RETURN l /* \" */",
    "// '\nCOPY (MATCH (n) RETURN n.name) TO '{out}' // '",
    "RETURN 'a\\\\' CREATE (n:Concept {{id: 'x'}}) RETURN 'b'",
    "RETURN 1 /* */; COPY (MATCH (n) RETURN n.name) TO '{out}'",
    "CALL dbms.listConfig()",
    "CALL `dbms`.`listConfig`() YIELD name RETURN name",
    "RETURN dbms.components()",
    "/* ' */ SHOW USERS /* ' */",
    "SHOW DATABASES",
    "SHOW CURRENT USER",
    "SHOW USERS YIELD user RETURN user",
    "SHOW ROLES",
    "SHOW SETTINGS",
    "SHOW TRANSACTIONS",
    "SHOW PROCEDURES",
    "CALL dbms.security.listUsers()",
    "ATTACH '{src}' AS other (dbtype lbug)",
    "INSTALL httpfs",
    "LOAD EXTENSION httpfs",
    "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS l RETURN l",
    "CALL apoc.load.json('file:///etc/passwd')",
    "RETURN apoc.load.jsonParams('http://127.0.0.1:9/', null, null)",
    "MATCH (n) RETURN n; CREATE (m:Concept {{id: 'y'}})",
    "BEGIN TRANSACTION",
    "CALL threads=1",
    "EXPORT DATABASE '{out}'",
    "GRANT ROLE admin TO someone",
    "Load From '{src}' RETURN *",
]

READS = [
    "MATCH (n:Concept) WHERE n.name = '/* CREATE */ COPY' RETURN n.name",
    "MATCH (n) WHERE n.name STARTS WITH 'LOAD' RETURN n.set, n.load, count(*)",
    "MATCH (n:Concept) RETURN n {.name, load: 1} AS m",
    "CALL db.labels() YIELD label RETURN label",
    "CALL show_tables() RETURN name",
    "MATCH (n) // CREATE\nRETURN count(n);",
    "MATCH p = (a)-[*1..3]->(b) RETURN length(p), 1.5e3, `CREATE`.x",
    "MATCH (n) CALL { WITH n RETURN n.name AS x } RETURN x",
    "SHOW CONSTRAINTS YIELD name RETURN name",
    "SHOW UNIQUE CONSTRAINTS",
    "SHOW RANGE INDEXES WHERE name = 'x'",
]


@pytest.mark.parametrize("cypher", BYPASSES)
def test_each_bypass_is_refused(cypher):
    text = cypher.format(out="/tmp/x.csv", src="/etc/passwd")
    assert not is_read_only(text)
    with pytest.raises(ReadOnlyViolation, match="write=True"):
        assert_read_only(text)


@pytest.mark.parametrize("cypher", READS)
def test_reads_pass(cypher):
    assert is_read_only(cypher)
    assert_read_only(cypher)


def test_comments_and_strings_are_read_left_to_right():
    toks = tokenize("/* ' */ COPY 'a /* b' // c\n`x``y`")
    assert [(t.kind, t.text) for t in toks] == [
        ("word", "COPY"), ("string", "'a /* b'"), ("name", "x`y")]


@pytest.mark.parametrize("cypher", ["RETURN 'open", "MATCH (n) /* RETURN n", "RETURN `x"])
def test_unterminated_literals_are_refused(cypher):
    assert not is_read_only(cypher)
    with pytest.raises(QueryError, match="unterminated"):
        assert_read_only(cypher)
