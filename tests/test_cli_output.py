"""What the reading commands print in edge cases: no rows."""

import json

import pytest

from conceptkg.graph import EmbeddedStore
from tests.helpers import run_cli as run
from tests.helpers import small_graph

NONE = "MATCH (n:Concept {name: '溪宁市'}) RETURN n.name AS name"


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


def test_eval_scores_a_graphml_export(capsys, tmp_path, db):
    graphml, gold = tmp_path / "g.graphml", tmp_path / "gold.json"
    assert run(capsys, "export", "--db", db, "-o", graphml)[0] == 0
    gold.write_text(json.dumps({
        "node_types": ["Concept"], "edge_types": ["DRIVES"],
        "nodes": [{"name": "科技创新", "type": "Concept"}, {"name": "产业创新", "type": "Concept"}],
        "edges": [{"source": "科技创新", "type": "DRIVES", "target": "产业创新"}]},
        ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "eval", graphml, gold, "--json")
    assert code == 0 and "invalid JSON" not in err, err
    assert json.loads(out)["edge_recall"] == 1.0
