"""Rows passed to LadybugDB as columns (stores.columns): the statement and what it writes."""

from __future__ import annotations

from pathlib import Path

from conceptkg.graph.stores.columns import as_columns
from conceptkg.graph.stores.embedded import EmbeddedStore


def test_rows_become_columns() -> None:
    cy, params = as_columns("UNWIND $rows AS r CREATE (n:Concept {id: r.id})",
                            {"rows": [{"id": "a", "aliases": []}, {"id": "b", "aliases": ["x"]}]})
    assert cy == ("UNWIND range(1, size($c_id)) AS _i WITH {id: $c_id[_i], "
                  "aliases: $c_aliases[_i]} AS r CREATE (n:Concept {id: r.id})")
    assert params == {"c_id": ["a", "b"], "c_aliases": [[], ["x"]]}


def test_empty_lists_become_a_typed_literal() -> None:
    cy, params = as_columns("UNWIND $rows AS r RETURN r",
                            {"rows": [{"id": "a", "aliases": []}]})
    assert "aliases: CAST([] AS STRING[])" in cy and params == {"c_id": ["a"]}


def test_left_as_rows() -> None:
    for cy, params in [
        ("UNWIND $rows AS x MATCH (n:Concept {id: x}) DETACH DELETE n", {"rows": ["a"]}),
        ("UNWIND $rows AS r RETURN r", {"rows": []}),
        ("UNWIND $rows AS r RETURN r", {"rows": [{"id": "a"}, {"name": "b"}]}),
        ("UNWIND $rows AS r RETURN r", {"rows": [{"id": "a", "date": None}]}),  # untyped
        ("UNWIND $ids AS x RETURN x", {"ids": [{"id": "a"}]}),
    ]:
        assert as_columns(cy, params) == (cy, params)


def test_columns_write_what_rows_write(tmp_path: Path) -> None:
    rows = [{"id": f"n{i}", "name": "名", "aliases": [] if i % 2 else ["别名"], "mentions": m,
             "documents": ["d"]} for i, m in enumerate([1, 300, 70_000, 5_000_000_000])]
    cypher = ("UNWIND $rows AS r CREATE (n:Concept {id: r.id, name: r.name, "
              "aliases: r.aliases, mentions: r.mentions, documents: r.documents})")
    read = ("MATCH (n:Concept) RETURN n.id, n.name, n.aliases, n.mentions, n.documents "
            "ORDER BY n.id")
    got = []
    for name, write in (("rows", lambda c, p: (c, p)), ("cols", as_columns)):
        with EmbeddedStore(tmp_path / name) as store:
            store._exec(*write(cypher, {"rows": rows}))
            got.append(store._exec(read).rows)
    assert got[0] == got[1] and len(got[0]) == 4 and got[0][3][3] == 5_000_000_000
