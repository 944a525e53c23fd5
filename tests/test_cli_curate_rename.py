"""``conceptkg curate rename`` and ``retype`` say what they would do to other nodes: a name
shared by nodes of several types needs ``--type``, and a rename onto a name a node of the same
type already has is a merge, which ``curate merge`` makes (the rename is refused, pointing
there)."""

from __future__ import annotations

from pathlib import Path

from conceptkg.graph import Document, EmbeddedStore, KnowledgeGraph, Node
from tests.helpers import ev, run_cli

run = run_cli
TEXT = "岚州港航是溪宁市的港口。恒拓集团建设岚州港航。溪宁港口包括岚州港航和xn平台。"


def stored(tmp_path: Path) -> Path:
    """岚州港航 both a Concept and an Initiative; 溪宁港口 a Concept; 恒拓集团 an
    Organization."""
    doc = Document.from_text(TEXT, path="d.txt")
    s1, s2, s3 = [s + "。" for s in TEXT.split("。")[:3]]
    kg = KnowledgeGraph()
    kg.add_document(doc)
    for name, type_, s in (("岚州港航", "Concept", s1), ("岚州港航", "Initiative", s2),
                           ("溪宁港口", "Concept", s3), ("恒拓集团", "Organization", s2),
                           ("xn平台", "Concept", s3)):
        kg.add_node(Node(name=name, type=type_, evidence=[ev(doc, s)]))
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as s:
        s.write_graph(kg)
    return db


def names(db: Path) -> list[tuple[str, str]]:
    with EmbeddedStore(db, read_only=True) as s:
        return sorted((n.name, n.type) for n in s.read_graph(with_text=False).nodes())


def test_a_rename_of_a_name_of_several_types_needs_a_type(capsys, tmp_path):
    db = stored(tmp_path)
    before = names(db)
    code, _, err = run(capsys, "curate", "rename", "岚州港航", "岚州港", "--db", db)
    assert code == 1
    assert err.strip() == (
        "error: rename 岚州港航 to 岚州港: 岚州港航 names 2 nodes (Concept, Initiative): give "
        "--type Concept or --type Initiative to say which; nothing written")
    assert names(db) == before and not (tmp_path / "kg.db.curation.yaml").exists()
    code, _, err = run(capsys, "curate", "retype", "岚州港航", "Factor", "--db", db)
    assert code == 1 and "岚州港航 names 2 nodes (Concept, Initiative): give --type" in err
    code, _, err = run(capsys, "curate", "rename", "岚州港航", "岚州港", "--type", "Initiative",
                       "--db", db)
    assert code == 0, err
    assert "changed: 1 node(s) renamed" in err
    assert ("岚州港", "Initiative") in names(db) and ("岚州港航", "Concept") in names(db)


def test_a_rename_onto_an_existing_node_points_to_merge(capsys, tmp_path):
    db = stored(tmp_path)
    before = names(db)
    code, _, err = run(capsys, "curate", "rename", "岚州港航", "溪宁港口", "--type", "Concept",
                       "--db", db)
    assert code == 1
    assert err.strip() == (
        "error: rename 岚州港航 (Concept) to 溪宁港口: a Concept named 溪宁港口 exists "
        "already, and a rename would merge the two: to do that, run conceptkg curate merge "
        "岚州港航 溪宁港口 --type Concept; nothing written")
    assert names(db) == before and not (tmp_path / "kg.db.curation.yaml").exists()
    # a node of that name but of another type is no merge
    code, _, err = run(capsys, "curate", "rename", "岚州港航", "恒拓集团", "--type", "Concept",
                       "--db", db)
    assert code == 0, err
    code, _, err = run(capsys, "curate", "merge", "溪宁港口", "恒拓集团", "--type", "Concept",
                       "--db", db)
    assert code == 0 and "changed: 1 node(s) merged into 恒拓集团 (Concept)" in err, err


def test_a_retype_onto_an_existing_node_says_it_merges(capsys, tmp_path):
    db = stored(tmp_path)
    code, _, err = run(capsys, "curate", "retype", "岚州港航", "Initiative", "--type", "Concept",
                       "--db", db)
    assert code == 0, err
    assert "changed: 1 node(s) merged into the Initiative 岚州港航 that existed already" in err
    assert names(db).count(("岚州港航", "Initiative")) == 1
    assert ("岚州港航", "Concept") not in names(db)


def test_a_rename_that_changes_only_case_or_width_respells_the_node(capsys, tmp_path):
    db = stored(tmp_path)
    code, _, err = run(capsys, "curate", "rename", "xn平台", "XN平台", "--db", db)
    assert code == 0, err
    assert "changed: 1 node(s) renamed" in err
    assert ("XN平台", "Concept") in names(db) and ("xn平台", "Concept") not in names(db)
    code, _, err = run(capsys, "curate", "check", "--db", db)
    assert code == 0 and "holds" in err + _, err
    code, _, err = run(capsys, "curate", "rename", "溪宁港口", " 溪宁港口", "--db", db)
    assert code == 1
    assert err.strip() == "error: cannot rename '溪宁港口' to itself (give another name)"


def test_a_split_of_another_spelling_of_the_name_is_refused(capsys, tmp_path):
    """溪宁SMART计划 and 溪宁Smart计划 are one node (names compare without case and width): a
    split of one out of the other did nothing but said 'split out', every time."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("恒拓集团实施溪宁Smart计划。", encoding="utf-8")
    (docs / "b.txt").write_text("溪宁SMART计划推动岚州数字经济。", encoding="utf-8")
    db = tmp_path / "kg.db"
    assert run(capsys, "build", docs, "--db", db, "-j", "1")[0] == 0
    code, _, err = run(capsys, "curate", "split", "溪宁SMART计划", "溪宁Smart计划", "--db", db)
    assert code == 1
    assert err.strip() == (
        "error: split 溪宁Smart计划 out of 溪宁SMART计划: the two are one name spelt two ways "
        "(names are compared without case, width and quotes), so one node; to choose the "
        "spelling: conceptkg curate rename 溪宁SMART计划 溪宁Smart计划; nothing written")
    assert not (tmp_path / "kg.db.curation.yaml").exists()
    cur = tmp_path / "kg.db.curation.yaml"  # (written by hand, or by an earlier version)
    cur.write_text("corrections:\n  - {op: split, name: 溪宁SMART计划, alias: 溪宁Smart计划}\n",
                   encoding="utf-8")
    code, out, err = run(capsys, "curate", "check", "--db", db)
    assert code == 3 and "stale" in out and "one name spelt two ways" in out, out + err
