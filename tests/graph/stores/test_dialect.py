"""Neo4j spellings on the embedded store and unbound parameters."""

import pytest

from conceptkg.errors import QueryError
from conceptkg.graph.stores.dialect import assert_parameters_bound, missing_parameters, to_embedded


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
