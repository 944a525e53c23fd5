"""The CLI through a runner: exit codes, one-line errors, output formats."""

import csv
import io
import json

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph


def run(capsys, *args):
    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(small_graph())
    return path


def test_query_formats(capsys, db):
    cy = "MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative) RETURN o.name AS org, i.name AS ini"
    code, out, _ = run(capsys, "query", cy, "--db", db, "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"org": "某某集团", "ini": "数字平台"}]
    code, out, _ = run(capsys, "query", cy, "--db", db, "--format", "csv")
    assert list(csv.reader(io.StringIO(out))) == [["org", "ini"], ["某某集团", "数字平台"]]
    code, out, _ = run(capsys, "query", cy, "--db", db)
    assert code == 0 and "某某集团" in out


def test_query_params_and_read_only(capsys, db):
    code, out, _ = run(capsys, "query", "MATCH (n:Factor {name: $n}) RETURN n.aliases AS a",
                       "--db", db, "-p", "n=数据", "-f", "json")
    assert code == 0 and json.loads(out) == [{"a": ["数据要素"]}]
    code, _, err = run(capsys, "query", "MATCH (n) DETACH DELETE n", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "--write" in err
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    assert json.loads(out)["nodes"]["Concept"] == 3


def test_errors_are_one_line_without_traceback(capsys, tmp_path, db):
    code, _, err = run(capsys, "query", "MATCH (n RETURN n", "--db", db)
    assert code == 1 and err.startswith("error:") and "Traceback" not in err
    code, _, err = run(capsys, "stats", "--db", tmp_path / "missing.db")
    assert code == 1 and "no such database" in err and err.count("\n") == 1
    code, _, err = run(capsys, "build", tmp_path / "nope.txt", "--db", tmp_path / "x.db")
    assert code == 1 and "no such file" in err and "Traceback" not in err
    code, _, err = run(capsys, "query", "RETURN 1", "--db", db, "-p", "novalue")
    assert code == 1 and "key=value" in err


def test_usage_errors_exit_2(capsys):
    code, _, _ = run(capsys, "frobnicate")
    assert code == 2


def test_export_formats(capsys, tmp_path, db):
    for fmt in ("json", "graphml", "gexf"):
        out_file = tmp_path / f"g.{fmt}"
        code, _, _ = run(capsys, "export", "-o", out_file, "-f", fmt, "--db", db)
        assert code == 0 and "新质生产力" in out_file.read_text(encoding="utf-8")
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.x", "-f", "xml", "--db", db)
    assert code == 1 and "unknown export format" in err
