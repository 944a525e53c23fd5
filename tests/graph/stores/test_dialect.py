"""The two dialects: their expressions, their schema, and user Cypher (Neo4j spellings on the
embedded store, unbound parameters)."""

import pytest

from conceptkg.errors import QueryError
from conceptkg.graph import NodeType
from conceptkg.graph.stores.dialect import (
    LADYBUG,
    NEO4J,
    assert_parameters_bound,
    missing_parameters,
    to_embedded,
)


def test_type_calls_become_label_outside_strings_and_comments():
    cy, renames = to_embedded(
        "MATCH (a)-[r]->(b) WHERE TYPE (r) <> 'type(r)' // type(r)\n"
        "RETURN type(r), b.type AS t, `type(r)`, count_type(r) /* type(x) */")
    assert cy == ("MATCH (a)-[r]->(b) WHERE label (r) <> 'type(r)' // type(r)\n"
                  "RETURN label(r), b.type AS t, `type(r)`, count_type(r) /* type(x) */")
    assert renames == {"label(r)": "type(r)"}
    assert to_embedded("RETURN 1") == ("RETURN 1", {})


def test_missing_parameters_ignores_strings_and_given_ones():
    cy = "MATCH (n {name: $name}) WHERE n.x = $x OR n.y = '$y' /* $z */ RETURN $name, $0"
    assert missing_parameters(cy, {"name"}) == ["x", "0"]
    assert missing_parameters(cy, {"name", "x", "0"}) == []
    with pytest.raises(QueryError, match=r"no value for \$x, \$0; pass --param x=VALUE"):
        assert_parameters_bound(cy, {"name": "a"})
    assert_parameters_bound("RETURN 1", None)


def test_each_dialect_prepares_user_cypher_its_way():
    cy = "MATCH ()-[r]->() WHERE r.x = $x RETURN type(r)"
    assert NEO4J.prepare(cy, {"x": 1}) == (cy, {})
    assert LADYBUG.prepare(cy, {"x": 1}) == (cy.replace("type(r)", "label(r)"),
                                             {"label(r)": "type(r)"})
    for d in (LADYBUG, NEO4J):
        with pytest.raises(QueryError, match=r"no value for \$x"):
            d.prepare(cy, {})
        with pytest.raises(QueryError, match="empty query"):
            d.prepare("  \n", None)


def test_the_dialects_spell_types_labels_and_documents():
    assert (LADYBUG.rel_type("r"), NEO4J.rel_type("r")) == ("label(r)", "type(r)")
    assert NEO4J.not_document("a") == "NOT a:Document"
    assert all(f"'{t.value}'" in NEO4J.node_label("n") for t in NodeType)


def test_the_schema_of_each_engine_covers_every_label():
    labels = [*(t.value for t in NodeType), "Document"]
    constraints = NEO4J.constraints()[:-1]  # the last is the write lease's (neo4j_lease.py)
    assert "(n:ConceptKGLock) REQUIRE n.id IS UNIQUE" in NEO4J.constraints()[-1]
    assert len(constraints) == len(labels) == len(set(constraints))
    assert all(f"(n:{lab}) REQUIRE n.id IS UNIQUE" in c for lab, c in zip(labels, constraints,
                                                                          strict=True))
    assert all(LADYBUG.node_table(lab).startswith(f"CREATE NODE TABLE IF NOT EXISTS {lab}(")
               for lab in labels)
    assert LADYBUG.rel_table("PART_OF").count(" TO ") == len(NodeType) ** 2
    with pytest.raises(ValueError):
        LADYBUG.rel_table("part_of")
    with pytest.raises(ValueError):
        NEO4J.constraint("Concept) DETACH DELETE (n")


def test_return_items_are_the_last_return_clause_as_written():
    from conceptkg.graph.stores.dialect import return_items

    assert return_items("MATCH (n) RETURN count(n)") == ["count(n)"]
    assert return_items("MATCH (n) WHERE n.name = 'RETURN a, b' RETURN DISTINCT "
                        "labels(n), count(*) AS c, coalesce(n.x, [1, 2]) ORDER BY c "
                        "LIMIT 3") == ["labels(n)", None, "coalesce(n.x, [1, 2])"]
    assert return_items("MATCH (n) CALL { WITH n RETURN n AS m } RETURN m.name") == ["m.name"]
    assert return_items("MATCH (n) RETURN *") is None
    assert return_items("MATCH (n) SET n.x = 1") is None


def test_hints_name_what_to_write_instead_outside_strings():
    from conceptkg.graph.stores.dialect import embedded_hint

    assert "COUNT { MATCH" in embedded_hint("MATCH (n) RETURN count { (n)-->() }")
    assert embedded_hint("MATCH (n) RETURN COUNT { MATCH (n)-->() }") == ""
    assert "label(n)" in embedded_hint("MATCH (n) WHERE n:Concept RETURN n")
    assert embedded_hint("MATCH (n:Concept) WHERE n.name = 'AND x:y' RETURN n") == ""
