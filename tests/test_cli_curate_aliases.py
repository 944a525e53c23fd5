"""A ``curate`` command that names an alias where it needs a node (merge, rename, retype,
reject-node of 岚州委, an alias of 中共岚州委员会) is refused with one line that names the node
holding it and the commands that do what was meant (it said 'matches nothing in the store', or
wrote a rejection that did nothing and called it 'holds'); an edge from a node to itself, and a
--curation that is a folder, are refused in one line too."""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.graph import Document, EmbeddedStore, KnowledgeGraph, Node
from tests.helpers import ev, run_cli

run = run_cli
TEXT = "中共岚州委员会推进溪宁新港工程。岚州委打造溪宁数字平台。"


def stored(tmp_path: Path) -> Path:
    doc = Document.from_text(TEXT, path="d.txt")
    s1, s2 = [s + "。" for s in TEXT.split("。")[:2]]
    kg = KnowledgeGraph()
    kg.add_document(doc)
    kg.add_node(Node(name="中共岚州委员会", type="Organization", aliases=["岚州委"],
                     evidence=[ev(doc, s1), ev(doc, s2)]))
    kg.add_node(Node(name="溪宁数字平台", type="Initiative", evidence=[ev(doc, s2)]))
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as s:
        s.write_graph(kg)
    return db


@pytest.mark.parametrize("args", [["merge", "岚州委", "溪宁数字平台"],
                                  ["rename", "岚州委", "岚州市委"],
                                  ["retype", "岚州委", "Concept"],
                                  ["reject-node", "岚州委"]])
def test_an_alias_where_a_node_is_needed_names_its_node(capsys, tmp_path, args):
    db = stored(tmp_path)
    code, _, err = run(capsys, "curate", *args, "--db", db)
    assert code == 1, err
    line = err.strip()
    assert "\n" not in line
    assert "岚州委 is an alias of 中共岚州委员会 (Organization), not a node of its own: name " \
        "中共岚州委员会, or make 岚州委 a node first with conceptkg curate split 中共岚州委员会 " \
        "岚州委; nothing written" in line
    assert not (tmp_path / "kg.db.curation.yaml").exists()


def test_an_edge_from_a_node_to_itself_is_refused(capsys, tmp_path):
    db = stored(tmp_path)
    code, _, err = run(capsys, "curate", "add-edge", "溪宁数字平台", "DRIVES", " 溪宁数字平台",
                       "--note", "x", "--db", db)
    assert code == 1
    assert err.strip() == "error: an edge from '溪宁数字平台' to itself says nothing (give two " \
        "nodes)"


def test_a_corrections_file_that_is_a_folder_says_so(capsys, tmp_path):
    db = stored(tmp_path)
    (tmp_path / "cur").mkdir()
    for args in (["list"], ["merge", "溪宁数字平台", "中共岚州委员会"]):
        code, _, err = run(capsys, "curate", *args, "--db", db, "--curation", tmp_path / "cur")
        assert code == 1
        assert err.strip() == f"error: {tmp_path / 'cur'}: is a directory; --curation takes a " \
            "YAML file"
