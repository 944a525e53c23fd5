"""conceptkg.evaluation: the scorer used by `conceptkg eval`."""

import json

import pytest

from conceptkg.errors import InputError
from conceptkg.evaluation import load_json, render_scores, score

GOLD = {
    "node_types": ["Concept", "Organization"],
    "edge_types": ["DRIVES", "IMPLEMENTS"],
    "nodes": [
        {"name": "科技创新", "type": "Concept", "optional": False},
        {"name": "产业创新", "type": "Concept", "optional": False},
        {"name": "某集团", "type": "Organization", "aliases": ["某集团公司"], "optional": False},
        {"name": "数字经济", "type": "Concept", "optional": True},
    ],
    "edges": [
        {"source": "科技创新", "type": "DRIVES", "target": "产业创新", "optional": False},
        {"source": "数字经济", "type": "DRIVES", "target": "产业创新", "optional": True},
    ],
}


def graph(nodes, edges):
    return {"nodes": [{"id": str(i), "name": n, "type": t} | ({"aliases": a} if a else {})
                      for i, (n, t, a) in enumerate(nodes)],
            "edges": [{"source": str(s), "target": str(t), "type": ty} for s, ty, t in edges]}


def test_perfect_prediction_with_alias_and_optional_items():
    g = graph([("科技创新", "Concept", None), ("产业创新", "Concept", None),
               ("某集团公司", "Organization", None), ("“数字经济”", "Concept", None)],
              [(0, "DRIVES", 1), (3, "DRIVES", 1)])
    r = score(g, GOLD)
    assert r["node_recall"] == 1.0 and r["node_type_accuracy"] == 1.0
    assert r["edge_precision"] == 1.0 and r["edge_recall"] == 1.0 and r["edge_f1"] == 1.0
    assert r["edges_by_type"]["DRIVES"] == {"pred": 2, "tp": 2, "required": 1, "hit": 1}


def test_misses_wrong_types_and_false_edges():
    g = graph([("科技创新", "Organization", None), ("产业创新", "Concept", None),
               ("别的", "Concept", None)],
              [(0, "DRIVES", 2), (0, "MEASURES", 1)])
    r = score(g, GOLD)
    assert r["node_recall"] == round(2 / 3, 3)
    assert r["node_type_accuracy"] == 0.5
    assert r["missed_nodes"] == ["某集团"]
    assert r["false_edges"] == ["科技创新 DRIVES ?别的"]
    assert r["edge_f1"] == 0.0
    text = render_scores(r, show_misses=True)
    assert "false_edges (1):" in text and "F1 0.0" in text


def test_load_json_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_json(tmp_path / "x.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        load_json(bad)
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert load_json(ok)["node_types"] == ["Concept", "Organization"]
    with pytest.raises(InputError, match="lacks"):
        score({"nodes": []}, {"nodes": []})


def test_coverage_warning_when_the_gold_is_for_another_document():
    from conceptkg.evaluation import coverage_warning, gold_coverage

    good = graph([("科技创新", "Concept", None), ("某集团公司", "Organization", None)], [])
    assert gold_coverage(good, GOLD) == (2, 4)
    assert coverage_warning(good, GOLD) is None  # half is enough
    other = graph([("科技创新", "Concept", None), ("别的", "Concept", None)], [])
    other["documents"] = [{"id": "d1", "path": "/x/other-plan.txt"}]
    assert gold_coverage(other, GOLD) == (1, 4)
    msg = coverage_warning(other, GOLD | {"document": "plan-a.txt"})
    assert msg == ("only 1 of 4 gold nodes appear in the graph: is the gold file for another "
                   "document?; the gold annotates 'plan-a.txt', the graph was built from "
                   "'other-plan.txt'")
    assert "annotates" not in coverage_warning(other, GOLD)


def test_load_graph_reads_graphml_and_gexf_exports_as_the_json_one(tmp_path):
    from conceptkg.evaluation import load_graph
    from conceptkg.graph.io_json import write_json
    from conceptkg.graph.io_networkx import write_gexf, write_graphml
    from tests.helpers import small_graph

    kg = small_graph()
    gold = {"node_types": ["Concept", "Organization", "Initiative"],
            "edge_types": ["DRIVES", "IMPLEMENTS"],
            "nodes": [{"name": "科技创新", "type": "Concept"},
                      {"name": "某某集团", "type": "Organization"},
                      {"name": "数字平台", "type": "Initiative"}],
            "edges": [{"source": "某某集团", "type": "IMPLEMENTS", "target": "数字平台"}]}
    want = score(load_graph(write_json(kg, tmp_path / "g.json")), gold)
    assert want["edge_recall"] == 1.0
    for path in (write_graphml(kg, tmp_path / "g.graphml"), write_gexf(kg, tmp_path / "g.gexf")):
        assert score(load_graph(path), gold) == want, path
    unnamed = tmp_path / "graph.out"  # no suffix: the start of the file tells
    unnamed.write_bytes((tmp_path / "g.graphml").read_bytes())
    assert score(load_graph(unnamed), gold) == want


def test_load_graph_of_no_export_says_what_eval_reads(tmp_path):
    from conceptkg.evaluation import load_graph

    text = tmp_path / "notes.txt"
    text.write_text("岚州的笔记\n", encoding="utf-8")
    with pytest.raises(InputError, match="eval reads a conceptkg export") as exc:
        load_graph(text)
    assert "invalid JSON" not in str(exc.value) and "\n" not in str(exc.value)
