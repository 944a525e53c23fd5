"""The property schema: it covers every model field, and the DDL, writes, reads and the
neo4j-admin export are all made from it (so a property added to it reaches each of them)."""

from __future__ import annotations

import csv

import pytest

from conceptkg.graph import EmbeddedStore, NodeType
from conceptkg.graph.io_neo4j_csv import write_neo4j_csv
from conceptkg.graph.stores import statements as st
from conceptkg.graph.stores.dialect import LADYBUG, NEO4J
from conceptkg.graph.stores.schema import (
    DOCUMENT,
    EDGE,
    NODE,
    Kind,
    checked_label,
    checked_rel_type,
)
from tests.helpers import full_graph

KINDS = {"node": NODE, "edge": EDGE, "document": DOCUMENT}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_model_field_has_one_home_in_the_store(name):
    kind: Kind = KINDS[name]
    homes = [p.field for p in kind.props if p.field] + list(kind.ends)
    homes += [kind.label_field] if kind.label_field else []
    assert sorted(homes) == sorted(kind.model.model_fields)
    names = [p.name for p in kind.props]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name", sorted(KINDS))
def test_rows_hold_every_property_and_read_back_into_the_model(name):
    kind: Kind = KINDS[name]
    kg = full_graph()
    items = {"node": list(kg.nodes()), "edge": list(kg.edges()),
             "document": list(kg.documents.values())}[name]
    for item in items:
        row = kind.to_row(item)
        assert list(row) == [*kind.ends, *(p.name for p in kind.props)]
        label = getattr(item, kind.label_field) if kind.label_field else None
        assert kind.from_row(row, label) == item


def test_statements_are_made_from_the_schema():
    upsert = {"node": st.upsert_nodes("Concept"), "edge": st.upsert_edges("DRIVES", "Concept",
                                                                         "Factor"),
              "document": st.UPSERT_DOCUMENTS}
    table = {"node": LADYBUG.node_table("Concept"), "edge": LADYBUG.rel_table("DRIVES"),
             "document": LADYBUG.node_table("Document")}
    read = {"node": st.read_nodes("Concept"), "edge": st.read_edges(NEO4J),
            "document": st.read_documents()}
    for name, kind in KINDS.items():
        for p in kind.props:
            assert f"{p.name} {p.type.ladybug}" in table[name]
            if p.name != "id":
                written = (f".{p.name} = r.{p.name}", f"ELSE r.{p.name} END")  # (kept text)
                assert any(w in upsert[name] for w in written)
            assert (f".{p.name} AS {p.name}" in read[name]) == (p.field is not None)


def test_the_neo4j_csv_headers_name_every_property(tmp_path):
    bundle = write_neo4j_csv(full_graph(), tmp_path)
    files = [("document" if lab == "Document" else "node", h) for lab, h, _ in bundle.nodes]
    files += [("edge", h) for _, h, _ in bundle.relationships]
    for name, header in files:
        with open(tmp_path / header, encoding="utf-8", newline="") as f:
            titles = next(csv.reader(f))
        props = {t.split(":")[0] for t in titles} - {""}
        assert props == {p.name for p in KINDS[name].props} - {"source", "target"}


def test_an_older_database_gains_the_columns_it_lacks(tmp_path):
    with EmbeddedStore(tmp_path / "db") as s:
        s.write_graph(full_graph())
        for table, kind in (("Concept", NODE), ("Document", DOCUMENT), ("DRIVES", EDGE)):
            for p in kind.props[-2:]:
                s._exec(f"ALTER TABLE {table} DROP {p.name}")
    with EmbeddedStore(tmp_path / "db") as s:
        for table, kind, rel in (("Concept", NODE, False), ("Document", DOCUMENT, False),
                                 ("DRIVES", EDGE, True)):
            columns = {r[0] for r in s._exec(LADYBUG.table_columns(table, rel)).rows}
            assert columns == {p.name for p in kind.props}


@pytest.mark.parametrize("bad", ["Concept) DETACH DELETE (x", "document", ""])
def test_labels_are_checked_before_they_are_formatted_in(bad):
    with pytest.raises(ValueError):
        checked_label(bad)
    with pytest.raises(ValueError):
        st.read_nodes(bad)
    assert checked_label(NodeType.CONCEPT.value) == "Concept"


@pytest.mark.parametrize("bad", ["drives", "A-B", "X]->() DELETE e//", "A" * 42])
def test_relationship_types_are_checked_before_they_are_formatted_in(bad):
    with pytest.raises(ValueError):
        checked_rel_type(bad)
    with pytest.raises(ValueError):
        st.upsert_edges(bad, "Concept", "Concept")
