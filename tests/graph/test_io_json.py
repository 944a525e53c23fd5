import json

import pytest

from conceptkg.errors import InputError
from conceptkg.graph.io_json import read_json, write_json
from conceptkg.graph.io_networkx import write_gexf, write_graphml
from tests.graph.graph_compare import assert_same_graph
from tests.helpers import full_graph, small_graph


def test_json_round_trip_keeps_nodes_edges_and_evidence(tmp_path):
    kg = full_graph()
    path = write_json(kg, tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"nodes", "edges", "documents"} <= set(data)
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    assert all(e["evidence"] and e["rules"] for e in data["edges"])
    back = read_json(path)  # without the documents' text unless asked for
    assert_same_graph(back, kg, built_at=True, text=False)


def test_read_json_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_json(bad)
    assert "\n" not in str(e.value)
    with pytest.raises(InputError, match="no such file"):
        read_json(tmp_path / "missing.json")


def test_graphml_and_gexf(tmp_path):
    kg = small_graph()
    assert "新质生产力" in write_graphml(kg, tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert "新质生产力" in write_gexf(kg, tmp_path / "g.gexf").read_text(encoding="utf-8")


@pytest.mark.parametrize(("where", "field", "value", "expected"), [
    ("nodes", "type", "Concpt", ["node", "type", "Concpt", "Concept"]),
    ("edges", "type", "drives", ["edge", "type", "drives"]),
    ("edges", "confidence", "high", ["edge", "confidence", "high"]),
    ("documents", "size", "big", ["document", "size", "big"]),
])
def test_a_hand_edited_field_is_named_in_the_error(tmp_path, where, field, value, expected):
    """Not just '1 validation error for Node': which item, which field, the value given and
    what it should be, on one line."""
    from conceptkg.graph.io_json import read_export_json

    data = json.loads(write_json(full_graph(), tmp_path / "g.json").read_text(encoding="utf-8"))
    item = data[where][-1]
    item[field] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_export_json(bad)
    msg = str(e.value)
    assert "\n" not in msg and "validation error for" not in msg, msg
    assert all(x in msg for x in expected), msg
    assert (item.get("name") or item.get("id") or item.get("source")) in msg, msg
