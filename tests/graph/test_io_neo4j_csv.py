"""The neo4j-csv bundle: header/data files for neo4j-admin, the exact import command, and an
import into a real Neo4j (LOAD CSV from the same files, typed as the headers say) that reads
the same as ``push``."""

from __future__ import annotations

import csv
import os
import secrets
import shlex
import subprocess
from pathlib import Path

import pytest

from conceptkg.graph import NodeType
from conceptkg.graph.io_neo4j_csv import write_neo4j_csv
from conceptkg.graph.stores.dialect import NEO4J
from conceptkg.graph.stores.neo4j import Neo4jStore
from conceptkg.graph.stores.schema import checked_label, checked_rel_type
from tests.graph.graph_compare import assert_same_graph
from tests.helpers import full_graph
from tests.neo4j_fixtures import Neo4jLauncher, clear_database, in_ci, launcher_classpath


def read_rows(directory: Path, header: str, data: str) -> tuple[list[str], list[list[str]]]:
    with open(directory / header, encoding="utf-8", newline="") as f:
        titles = next(csv.reader(f))
    with open(directory / data, encoding="utf-8", newline="") as f:
        return titles, list(csv.reader(f))


def test_bundle_files_headers_and_command(tmp_path):
    kg = full_graph()
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
    assert args[:6] == ["neo4j-admin", "database", "import", "full", "neo4j",
                        "--overwrite-destination"]
    assert f"--array-delimiter={b.array_delimiter}" in args
    files = [f for a in args if a.startswith(("--nodes=", "--relationships="))
             for f in a.split("=", 1)[1].split(",")]
    assert all((b.directory / f).is_file() for f in files)
    assert len(files) == 2 * (len(b.nodes) + len(b.relationships))
    after = (b.directory / "after-import.cypher").read_text(encoding="utf-8")
    assert after.count("REQUIRE n.id IS UNIQUE") == len(NodeType) + 2  # Document, write lease
    assert after.count("SET n.aliases = []") == len(kg.node_counts())
    assert after.count("SET r.rules = []") == len(kg.edge_counts())


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
                "string[]": f"CASE WHEN coalesce({cell}, '') = '' THEN [] "
                            f"ELSE split({cell}, $delim) END",
                }.get(typ, f"coalesce({cell}, '')")
        props.append(f"{prop}: {expr}")
    url = (directory / data).resolve().as_uri()
    if kind == "node":
        return (f"LOAD CSV FROM $url AS row "
                f"CREATE (n:{checked_label(name)} {{{', '.join(props)}}})",
                {"url": url, "delim": delimiter})
    start, end = titles.index(":START_ID"), titles.index(":END_ID")
    return (f"LOAD CSV FROM $url AS row MATCH (a {{id: row[{start}]}}), (b {{id: row[{end}]}}) "
            f"CREATE (a)-[r:{checked_rel_type(name)} {{{', '.join(props)}}}]->(b)",
            {"url": url, "delim": delimiter})


def _all_properties(store: Neo4jStore) -> list:
    """Every node's labels and properties and every relationship's, in a stable order."""
    nodes = store.query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").rows
    rels = store.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").rows
    return (sorted(repr((labels, sorted(p.items()))) for labels, p in nodes)
            + sorted(repr((a, t, b, sorted(p.items()))) for a, t, b, p in rels))


@pytest.mark.neo4j
def test_a_bundle_is_not_written_among_other_files_and_replaces_an_earlier_one(tmp_path):
    from conceptkg.errors import ParameterError
    from tests.helpers import small_graph

    docs = tmp_path / "岚州 文件"
    docs.mkdir()
    (docs / "恒拓.md").write_text("恒拓集团推动转型。", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"holds other files.*恒拓\.md"):
        write_neo4j_csv(full_graph(), docs)
    assert [p.name for p in docs.iterdir()] == ["恒拓.md"]
    note = tmp_path / "note.txt"
    note.write_text("x", encoding="utf-8")
    for where, why in ((note, "exists and is not a directory"),
                       (note / "b", "note.txt is not a directory")):
        with pytest.raises(ParameterError, match=why):
            write_neo4j_csv(full_graph(), where)
    bundle = tmp_path / "bundle"
    write_neo4j_csv(full_graph(), bundle)
    assert (bundle / "rels_INCLUDES.csv").exists()
    smaller = small_graph()
    for e in [e for e in smaller.edges() if e.type == "INCLUDES"]:
        smaller.remove_edge(e)
    write_neo4j_csv(smaller, bundle)  # an earlier bundle's files are replaced, none left over
    assert not (bundle / "rels_INCLUDES.csv").exists()
    named = (bundle / "import.txt").read_text(encoding="utf-8")
    assert {p.name for p in bundle.iterdir()} - {"import.txt", "after-import.cypher"} == {
        n for part in shlex.split(named) if part.startswith("--") and "=" in part
        for n in part.split("=", 1)[1].split(",") if n.endswith(".csv")}


def test_imported_bundle_reads_the_same_as_push(neo4j_clean, tmp_path):
    kg = full_graph()
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        store.write_graph(kg)
        pushed_graph, pushed_props = store.read_graph(), _all_properties(store)
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
    assert_same_graph(pushed_graph, kg, built_at=True)
    assert_same_graph(imported_graph, kg, built_at=True)
    assert imported_props == pushed_props


def _constraints(store: Neo4jStore) -> list:
    return store.query(NEO4J.SHOW_CONSTRAINTS).rows


@pytest.mark.neo4j
@pytest.mark.slow
def test_neo4j_admin_import_of_the_bundle_reads_the_same_as_push(neo4j_clean, tmp_path):
    """The exact command of import.txt, run by the real import tool (from Maven Central, on the
    test launcher's classpath), then a server started on the imported database."""
    kg = full_graph()
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        store.write_graph(kg)
        pushed_props, pushed_constraints = _all_properties(store), _constraints(store)
    b = write_neo4j_csv(kg, tmp_path / "bundle")
    home = tmp_path / "neo4j-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    args = shlex.split((b.directory / "import.txt").read_text(encoding="utf-8"))
    assert args[0] == "neo4j-admin"
    done = subprocess.run(
        ["java", "-Xmx512m", "-cp", launcher_classpath(), "org.neo4j.cli.AdminTool", *args[1:]],
        cwd=b.directory, env=dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf")),
        capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "IMPORT DONE" in done.stdout
    launcher = Neo4jLauncher(tmp_path / "run", password=secrets.token_hex(12), copy_from=home)
    try:
        server = launcher.start()
    except (RuntimeError, OSError) as exc:
        if in_ci():
            raise
        pytest.skip(f"cannot start a second Neo4j server here: {exc}")
    try:
        with Neo4jStore(server.uri, auth=server.auth) as store:
            imported = store.read_graph()
            for statement in (b.directory / "after-import.cypher").read_text().split(";\n"):
                if statement.strip():
                    store.query(statement, write=True)
            props = _all_properties(store)
            constraints = _constraints(store)
    finally:
        launcher.stop()
    assert_same_graph(imported, kg, built_at=True)
    assert props == pushed_props
    assert constraints == pushed_constraints
