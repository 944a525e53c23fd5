"""Corrections survive rebuilds, on both stores: a rejected edge stays gone after ``build
--force`` and after a changed file is rebuilt; a merge moves evidence and edges and leaves the old
name as an alias; retype moves the node to its new label; stale entries are reported; applying
the file twice changes nothing. Whole graphs are compared, not counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.build import build, load_jsonl
from conceptkg.curation import Curation, Entry, apply_to_store
from conceptkg.graph import EmbeddedStore
from conceptkg.queries.catalogue import run_named
from tests.helpers import canon_graph

DOCS = {
    "a.txt": "数字经济推动高质量发展。某某集团公司打造工业互联网平台。星河计划推动某某产业升级。",
    "b.txt": "数字经济推动高质量发展。科技创新带动产业升级。"
             "新质生产力包括劳动、资本、数据等生产要素。",
    "c.md": "### 标题\n以改革创新驱动绿色发展。某某集团推进数字化转型行动。",
}


def write(d: Path, docs: dict[str, str]) -> Path:
    d.mkdir(exist_ok=True)
    for name, text in docs.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "db") as s:
            yield s
    else:
        yield request.getfixturevalue("neo4j_store")


def curation(tmp_path: Path, *entries: Entry) -> Curation:
    cur = Curation(path=str(tmp_path / "conceptkg.curation.yaml"))
    for e in entries:
        cur.add(e)
    cur.save()
    return Curation.load(cur.path)


def named(kg, name: str):
    found = [n for n in kg.nodes() if n.name == name]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def edge_names(kg) -> set[tuple[str, str, str]]:
    return {(kg.node(e.source).name, e.type, kg.node(e.target).name) for e in kg.edges()}


REJECT = Entry(op="reject-edge", source="数字经济", rel="DRIVES", target="高质量发展",
               note="not what the text says", author="tester")


def test_a_rejected_edge_stays_gone_after_force_and_after_a_changed_file(store, tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    assert ("数字经济", "DRIVES", "高质量发展") in edge_names(store.read_graph())
    cur = curation(tmp_path, REJECT)
    rep = apply_to_store(store, cur)
    assert [r.status for r in rep.results] == ["changed"]
    after = store.read_graph()
    assert ("数字经济", "DRIVES", "高质量发展") not in edge_names(after)
    assert named(after, "数字经济").counts  # the nodes stay
    build([docs], store, jobs=1, force=True, curation=cur)
    assert ("数字经济", "DRIVES", "高质量发展") not in edge_names(store.read_graph())
    (docs / "a.txt").write_text("数字经济推动高质量发展。数据要素推动数字经济。",
                                encoding="utf-8")
    res = build([docs], store, jobs=1, curation=cur)
    assert len(res.changed) == 1
    kg = store.read_graph()
    assert ("数字经济", "DRIVES", "高质量发展") not in edge_names(kg)
    assert ("数据", "DRIVES", "数字经济") in edge_names(kg)  # the new version is in


def test_a_merge_moves_evidence_and_edges_and_keeps_the_old_name(store, tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    before = store.read_graph()
    old, new = named(before, "高质量发展"), named(before, "产业升级")
    cur = curation(tmp_path, Entry(op="merge", name="高质量发展", into="产业升级",
                                   note="same thing here"))
    apply_to_store(store, cur)
    kg = store.read_graph()
    assert not [n for n in kg.nodes() if n.name == "高质量发展"]
    merged = named(kg, "产业升级")
    assert merged.id == new.id and "高质量发展" in merged.aliases
    for d in {*old.counts, *new.counts}:
        assert merged.counts[d] == old.counts.get(d, 0) + new.counts.get(d, 0)
    assert {e.key for e in old.evidence} <= {e.key for e in merged.evidence}
    assert ("数字经济", "DRIVES", "产业升级") in edge_names(kg)
    moved = kg.get_edge(named(kg, "数字经济").id, "DRIVES", merged.id)
    was = before.get_edge(named(before, "数字经济").id, "DRIVES", old.id)
    assert moved.counts == was.counts and moved.evidence == was.evidence
    assert merged.attributes["curated"][0]["note"] == "same thing here"
    rows = run_named(store, "drivers", {"name": "高质量发展"}).rows
    assert {"数字经济", "科技创新"} <= {c for r in rows for c in r}, rows
    # a rebuild gives the same graph
    merged_graph = canon_graph(store)
    build([docs], store, jobs=1, force=True, curation=cur)
    assert canon_graph(store) == merged_graph


def test_retype_moves_the_node_to_the_new_label(store, tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    initiatives = store.stats()["nodes"].get("Initiative", 0)
    cur = curation(tmp_path, Entry(op="retype", name="产业升级", to="Initiative"))
    apply_to_store(store, cur)
    kg = store.read_graph()
    node = named(kg, "产业升级")
    assert node.type == "Initiative"
    assert store.stats()["nodes"]["Initiative"] == initiatives + 1
    rows = store.query("MATCH (n:Initiative {name: $n}) RETURN n.id", {"n": "产业升级"}).rows
    assert rows == [[node.id]]
    assert not store.query("MATCH (n:Concept {name: $n}) RETURN n.id", {"n": "产业升级"}).rows
    assert ("科技创新", "DRIVES", "产业升级") in edge_names(kg)
    build([docs], store, jobs=1, force=True, curation=cur)
    assert named(store.read_graph(), "产业升级").type == "Initiative"


def test_stale_entries_are_reported_and_applying_twice_changes_nothing(store, tmp_path,
                                                                       caplog):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    cur = curation(
        tmp_path, REJECT,
        Entry(op="merge", name="科技创新", into="数字经济"),
        Entry(op="rename", name="劳动", to="劳动力"),
        Entry(op="reject-node", name="资本"),
        Entry(op="add-edge", source="数据", rel="DRIVES", target="数字经济",
              note="made-up evidence"),
        Entry(op="merge", name="不存在的东西", into="也不存在"),
        Entry(op="reject-node", name="从未提到"))
    caplog.set_level("DEBUG", logger="conceptkg.curation.store")
    first = apply_to_store(store, cur)
    assert [r.status for r in first.results] == [
        "changed", "changed", "changed", "changed", "changed", "stale", "stale"]
    # (in the log at debug level only: the CLI says each stale entry, once)
    assert "从未提到" in caplog.text and "不存在的东西" in caplog.text
    assert not [r for r in caplog.records if r.levelname == "WARNING" and "从未提到" in r.message]
    once = canon_graph(store)
    second = apply_to_store(store, cur)
    assert not second.changes
    assert [r.status for r in second.results] == [
        "holds", "holds", "holds", "holds", "holds", "stale", "stale"]
    assert canon_graph(store) == once
    kg = store.read_graph()
    assert "劳动" in named(kg, "劳动力").aliases
    assert not [n for n in kg.nodes() if n.name == "资本"]
    added = kg.get_edge(named(kg, "数据").id, "DRIVES", named(kg, "数字经济").id)
    assert added is not None and added.attributes["curated"][0]["note"] == "made-up evidence"
    # a rebuild of everything ends with the same graph
    build([docs], store, jobs=1, force=True, curation=cur)
    assert canon_graph(store) == once


def test_split_takes_an_alias_out_and_a_merge_it_undoes_stays_undone(store, tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    cur = curation(tmp_path, Entry(op="merge", name="科技创新", into="数字经济"))
    apply_to_store(store, cur)
    cur.add(Entry(op="split", name="数字经济", alias="科技创新", note="not the same"))
    rep = apply_to_store(store, cur)
    assert [r.status for r in rep.results] == ["superseded", "changed"]
    kg = store.read_graph()
    assert "科技创新" not in named(kg, "数字经济").aliases
    split = named(kg, "科技创新")
    assert split.evidence and all("科技创新" in e.sentence for e in split.evidence)
    assert ("科技创新", "DRIVES", "产业升级") in edge_names(kg)
    once = canon_graph(store)
    assert not apply_to_store(store, cur).changes
    assert canon_graph(store) == once


def test_load_applies_the_corrections(store, tmp_path):
    from conceptkg.build import extract_to_jsonl

    docs = write(tmp_path / "docs", DOCS)
    lines = tmp_path / "g.jsonl"
    with open(lines, "w", encoding="utf-8") as f:
        extract_to_jsonl([docs], f, jobs=1)
    cur = curation(tmp_path, REJECT)
    res = load_jsonl([lines], store, curation=cur)
    assert [r.status for r in res.curation.results] == ["changed"]
    assert ("数字经济", "DRIVES", "高质量发展") not in edge_names(store.read_graph())


@pytest.mark.neo4j
def test_push_and_pull_apply_the_corrections_and_the_stores_agree(neo4j_store, tmp_path):
    from conceptkg.transfer import copy_graph

    docs = write(tmp_path / "docs", DOCS)
    cur = curation(tmp_path, REJECT, Entry(op="retype", name="产业升级", to="Initiative"))
    with EmbeddedStore(tmp_path / "plain") as plain:
        build([docs], plain, jobs=1)  # built without the corrections
        copy_graph(plain, neo4j_store, curation=cur)
    kg = neo4j_store.read_graph()
    assert ("数字经济", "DRIVES", "高质量发展") not in edge_names(kg)
    assert named(kg, "产业升级").type == "Initiative"
    with EmbeddedStore(tmp_path / "curated") as curated:
        build([docs], curated, jobs=1, curation=cur)
        assert canon_graph(curated) == canon_graph(neo4j_store)
    with EmbeddedStore(tmp_path / "pulled") as pulled:
        build([docs], pulled, jobs=1)
        copy_graph(neo4j_store, pulled, curation=cur)
        assert canon_graph(pulled) == canon_graph(neo4j_store)
