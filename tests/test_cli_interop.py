"""The CLI for interop and daily use: export formats, JSON rows with labels, Cypher dialect help,
environment defaults, empty results."""

import json
import shlex

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from conceptkg.graph.io_json import graph_to_dict, read_json
from conceptkg.graph.io_networkx import read_gexf, read_graphml
from tests.helpers import rich_graph


def run(capsys, *args):
    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(rich_graph())
    return path


@pytest.fixture
def stored(db):
    with EmbeddedStore(db, read_only=True) as s:
        return s.read_graph()


def whole(kg):
    d = graph_to_dict(kg)
    for doc in d["documents"]:
        doc.pop("chars")
    return d


def test_export_graph_files_round_trip(capsys, tmp_path, db, stored):
    readers = {"json": read_json, "graphml": read_graphml, "gexf": read_gexf}
    for fmt, read in readers.items():
        path = tmp_path / f"g.{fmt}"
        code, _, err = run(capsys, "export", "-o", path, "-f", fmt, "--db", db)
        assert code == 0 and f"wrote {path}" in err
        assert whole(read(path)) == whole(stored)


def test_export_neo4j_csv_prints_the_import_command(capsys, tmp_path, db, stored):
    out_dir = tmp_path / "bundle"
    code, out, _ = run(capsys, "export", "-o", out_dir, "-f", "neo4j-csv", "--db", db)
    assert code == 0
    args = shlex.split(out.strip())
    assert args[:3] == ["cd", str(out_dir), "&&"] and args[3:7] == [
        "neo4j-admin", "database", "import", "full"]
    assert out.strip().split("&& ", 1)[1] == (out_dir / "import.txt").read_text().strip()
    data_files = sorted(p.name for p in out_dir.glob("*.csv") if ".header." not in p.name)
    assert len(data_files) == len(stored.node_counts()) + len(stored.edge_counts()) + 1


def test_export_evidence_jsonl(capsys, tmp_path, db, stored):
    path = tmp_path / "ev.jsonl"
    code, _, _ = run(capsys, "export", "-o", path, "-f", "jsonl", "--db", db)
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and len(rows) == sum(len(e.evidence) for e in stored.edges())


def test_export_bad_format_or_target_is_one_line(capsys, tmp_path, db):
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.x", "-f", "xml", "--db", db)
    assert code == 1 and "unknown export format" in err and "neo4j-csv" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, "export", "-o", tmp_path, "-f", "json", "--db", db)
    assert code == 1 and "is a directory" in err and err.count("\n") == 1
    (tmp_path / "file").write_text("x")
    code, _, err = run(capsys, "export", "-o", tmp_path / "file", "-f", "neo4j-csv", "--db", db)
    assert code == 1 and "not a directory" in err
