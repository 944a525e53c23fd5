"""Taking a correction back. Deleting an entry from the file changed nothing in the store, and a
rejected node never came back, without a word (a plain build skips the unchanged documents);
``curate undo N`` takes entry N out of the file and rebuilds the stored documents that mention
its names, so the store is as if it had never been made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conceptkg.graph import EmbeddedStore
from conceptkg.graph.io_json import graph_to_dict
from tests.helpers import canon_graph, cli_build, run_cli

run = run_cli
DOCS = {"a.txt": "恒拓集团打造溪宁数字平台。岚州港务局推进溪宁新港工程。",
        "b b.txt": "溪宁数字平台带动岚州数字经济。"}


def built(capsys, tmp_path: Path) -> Path:
    return cli_build(capsys, tmp_path, DOCS, folder="文 档")


def names(db: Path) -> dict[str, list[str]]:
    with EmbeddedStore(db, read_only=True) as s:
        return {n.name: n.aliases for n in s.read_graph(with_text=False).nodes()}


def test_undo_takes_the_entry_out_and_its_effect_back(capsys, tmp_path):
    db = built(capsys, tmp_path)
    before, graph = names(db), canon_graph(db)
    assert "溪宁数字平台" in before and "岚州港务局" in before
    for args in (["reject-node", "溪宁数字平台"], ["merge", "岚州港务局", "恒拓集团"]):
        code, _, err = run(capsys, "curate", *args, "--db", db)
        assert code == 0, err
    assert "溪宁数字平台" not in names(db) and names(db)["恒拓集团"] == ["岚州港务局"]
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code == 0, err
    assert "undone: reject-node 溪宁数字平台 (taken out of " in err
    assert "2 document(s) that mention it built again" in err
    path = tmp_path / "kg.db.curation.yaml"
    assert [c["op"] for c in yaml.safe_load(path.read_text("utf-8"))["corrections"]] == ["merge"]
    after = names(db)
    assert after["溪宁数字平台"] == before["溪宁数字平台"]
    assert after["恒拓集团"] == ["岚州港务局"] and "岚州港务局" not in after  # (still merged)
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code == 0, err
    assert names(db) == before and canon_graph(db) == graph


def test_undo_of_a_number_not_in_the_file_is_one_line(capsys, tmp_path):
    db = built(capsys, tmp_path)
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code == 1
    assert err.strip() == (f"error: {tmp_path / 'kg.db.curation.yaml'}: no correction 1 (it "
                           "holds 0; see conceptkg curate list)")


def test_undo_takes_back_an_added_edge(capsys, tmp_path):
    """What the entry made by itself (an edge of no sentence, kept by a rebuild as a user's)
    goes with it; the graph is the one before the entry."""
    db = built(capsys, tmp_path)
    graph = canon_graph(db)
    code, _, err = run(capsys, "curate", "add-edge", "恒拓集团", "DRIVES", "溪宁新港工程",
                       "--note", "年报", "--db", db)
    assert code == 0, err
    assert graph != canon_graph(db)
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code == 0, err
    assert canon_graph(db) == graph


@pytest.mark.neo4j
def test_undo_on_neo4j_gives_back_the_graph_before(capsys, neo4j_clean, neo4j_cli_build):
    from conceptkg.graph.stores.neo4j import Neo4jStore

    where = neo4j_cli_build(DOCS)

    def graph() -> str:
        with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
            data = graph_to_dict(store.read_graph(), with_text=True)
        for d in data["documents"]:
            d.pop("built_at")
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    before = graph()
    for args in (["reject-node", "溪宁数字平台"], ["add-edge", "恒拓集团", "DRIVES",
                                                  "溪宁新港工程", "--note", "年报"]):
        code, _, err = run(capsys, "curate", *args, *where)
        assert code == 0, err
    assert graph() != before
    for _ in range(2):
        code, _, err = run(capsys, "curate", "undo", "1", *where)
        assert code == 0, err
    assert graph() == before
