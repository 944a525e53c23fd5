"""The neo4j-csv bundle: header/data files for neo4j-admin, the exact import command, and an
import into a real Neo4j (LOAD CSV from the same files, typed as the headers say) that reads
the same as ``push``."""

from __future__ import annotations

import csv
import shlex
from pathlib import Path

import pytest

from conceptkg.graph import NodeType
from conceptkg.graph.io_neo4j_csv import write_neo4j_csv
from conceptkg.graph.neo4j_store import Neo4jStore
from conceptkg.queries import cypher as q
from tests.helpers import rich_graph


def read_rows(directory: Path, header: str, data: str) -> tuple[list[str], list[list[str]]]:
    with open(directory / header, encoding="utf-8", newline="") as f:
        titles = next(csv.reader(f))
    with open(directory / data, encoding="utf-8", newline="") as f:
        return titles, list(csv.reader(f))


def test_bundle_files_headers_and_command(tmp_path):
    kg = rich_graph()
    b = write_neo4j_csv(kg, tmp_path / "bundle")
    assert b.array_delimiter != ";"  # an alias contains ';'
    labels = [lab for lab, *_ in b.nodes]
    assert labels == ["Document", *(t.value for t in NodeType if t.value in kg.node_counts())]
    assert [t for t, *_ in b.relationships] == sorted(kg.edge_counts())
    n_rows = 0
    for lab, header, data in b.nodes:
        titles, rows = read_rows(b.directory, header, data)
        assert titles[0] == "id:ID" and titles[-1] == ":LABEL"
        assert all(r[-1] == lab and len(r) == len(titles) for r in rows)
        n_rows += len(rows) if lab != "Document" else 0
    assert n_rows == len(kg)
    for rel, header, data in b.relationships:
        titles, rows = read_rows(b.directory, header, data)
        assert titles[:2] == [":START_ID", ":END_ID"] and titles[-1] == ":TYPE"
        assert len(rows) == kg.edge_counts()[rel]
    args = shlex.split((b.directory / "import.txt").read_text(encoding="utf-8"))
    assert args[:5] == ["neo4j-admin", "database", "import", "full", "--overwrite-destination"]
    assert f"--array-delimiter={b.array_delimiter}" in args
    files = [f for a in args if a.startswith(("--nodes=", "--relationships="))
             for f in a.split("=", 1)[1].split(",")]
    assert all((b.directory / f).is_file() for f in files)
    assert len(files) == 2 * (len(b.nodes) + len(b.relationships))
    schema = (b.directory / "schema.cypher").read_text(encoding="utf-8")
    assert schema.count("REQUIRE n.id IS UNIQUE") == len(NodeType) + 1


def _load_csv_statements(directory: Path, header: str, data: str, kind: str, name: str,
                         delimiter: str) -> tuple[str, dict]:
    """A LOAD CSV statement that types each column as its neo4j-admin header says."""
    with open(directory / header, encoding="utf-8", newline="") as f:
        titles = next(csv.reader(f))
    props = []
    for i, t in enumerate(titles):
        prop, _, typ = t.partition(":")
        if not prop:
            continue
        cell = f"row[{i}]"
        expr = {"long": f"toInteger({cell})", "double": f"toFloat({cell})",
                "string[]": f"CASE WHEN {cell} IS NULL THEN [] ELSE split({cell}, $delim) END",
                }.get(typ, f"coalesce({cell}, '')")
        props.append(f"{prop}: {expr}")
    url = (directory / data).resolve().as_uri()
    if kind == "node":
        return (f"LOAD CSV FROM $url AS row CREATE (n:{q.label(name)} {{{', '.join(props)}}})",
                {"url": url, "delim": delimiter})
    start, end = titles.index(":START_ID"), titles.index(":END_ID")
    return (f"LOAD CSV FROM $url AS row MATCH (a {{id: row[{start}]}}), (b {{id: row[{end}]}}) "
            f"CREATE (a)-[r:{q.rel_type(name)} {{{', '.join(props)}}}]->(b)",
            {"url": url, "delim": delimiter})


def _all_properties(store: Neo4jStore) -> list:
    nodes = store.query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").rows
    rels = store.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").rows
    return sorted(map(repr, nodes)) + sorted(map(repr, rels))


@pytest.mark.neo4j
def test_imported_bundle_reads_the_same_as_push(neo4j_clean, tmp_path):
    kg = rich_graph()
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        store.write_graph(kg)
        pushed_graph, pushed_props = store.read_graph(), _all_properties(store)
    from tests.neo4j_fixtures import clear_database

    clear_database(neo4j_clean)
    b = write_neo4j_csv(kg, tmp_path / "bundle")
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        assert store.stats()["documents"] == 0
        for kind, items in (("node", b.nodes), ("rel", b.relationships)):
            for name, header, data in items:
                cy, params = _load_csv_statements(b.directory, header, data, kind, name,
                                                  b.array_delimiter)
                store.query(cy, params, write=True)
        imported_graph, imported_props = store.read_graph(), _all_properties(store)
    from conceptkg.graph.io_json import graph_to_dict

    assert graph_to_dict(imported_graph, with_text=True) == \
        graph_to_dict(pushed_graph, with_text=True) == graph_to_dict(kg, with_text=True)
    assert imported_props == pushed_props
