"""What the reading commands print in edge cases: no rows."""

import json

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph

NONE = "MATCH (n:Concept {name: '溪宁市'}) RETURN n.name AS name"


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


def test_a_query_without_rows_says_no_rows_in_a_table_and_keeps_csv_and_json(capsys, db):
    code, out, err = run(capsys, "query", NONE, "--db", db)
    assert code == 0 and (out + err).strip() == "no rows" and "┏" not in out
    code, out, _ = run(capsys, "query", NONE, "--db", db, "-f", "csv")
    assert code == 0 and out.strip() == "name"
    code, out, _ = run(capsys, "query", NONE, "--db", db, "-f", "json")
    assert code == 0 and json.loads(out) == []
