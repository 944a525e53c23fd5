"""``curate add-edge`` / ``reject-edge`` with an end whose name several nodes share (岚州港航 is a
Concept and an Initiative): the entry did nothing ('ambiguous') but was written to the file, and
nothing could say which node was meant. It is now refused with one line naming the types, and
``--source-type`` / ``--target-type`` say which; a build says when an entry of the file is
ambiguous."""

from __future__ import annotations

import yaml

from conceptkg.graph import EmbeddedStore
from tests.helpers import run_cli
from tests.test_cli_curate_rename import stored

run = run_cli


def edges(db) -> set[tuple[str, str, str, str]]:
    with EmbeddedStore(db, read_only=True) as s:
        kg = s.read_graph(with_text=False)
    return {(kg.node(e.source).name, e.type, kg.node(e.target).name, kg.node(e.target).type)
            for e in kg.edges()}


def test_an_ambiguous_end_is_refused_and_a_type_picks_the_node(capsys, tmp_path):
    db = stored(tmp_path)
    path = tmp_path / "kg.db.curation.yaml"
    code, _, err = run(capsys, "curate", "add-edge", "恒拓集团", "IMPLEMENTS", "岚州港航",
                       "--note", "年报", "--db", db)
    assert code == 1 and not path.exists()
    assert err.strip() == (
        "error: add-edge 恒拓集团 IMPLEMENTS 岚州港航: 岚州港航 names 2 nodes (Concept, "
        "Initiative): give --target-type Concept or --target-type Initiative to say which; "
        "nothing written")
    code, _, err = run(capsys, "curate", "add-edge", "恒拓集团", "IMPLEMENTS", "岚州港航",
                       "--target-type", "Initiative", "--note", "年报", "--db", db)
    assert code == 0 and "changed: edge added" in err, err
    assert ("恒拓集团", "IMPLEMENTS", "岚州港航", "Initiative") in edges(db)
    [entry] = yaml.safe_load(path.read_text(encoding="utf-8"))["corrections"]
    assert entry["target_type"] == "Initiative"
    code, _, err = run(capsys, "curate", "reject-edge", "恒拓集团", "IMPLEMENTS", "岚州港航",
                       "--db", db)
    assert code == 1 and "give --target-type Concept or --target-type Initiative" in err
    code, _, err = run(capsys, "curate", "reject-edge", "恒拓集团", "IMPLEMENTS", "岚州港航",
                       "--target-type", "Initiative", "--db", db)
    assert code == 0 and "changed: 1 edge(s) deleted" in err, err
    assert not any(e[0] == "恒拓集团" for e in edges(db))


def test_a_build_says_when_an_entry_of_the_file_is_ambiguous(capsys, tmp_path):
    db = stored(tmp_path)
    cur = tmp_path / "c.yaml"
    cur.write_text("version: 1\ncorrections:\n  - {op: add-edge, source: 恒拓集团, rel: DRIVES, "
                   "target: 岚州港航, note: 年报}\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("溪宁港口包括岚州新港。", encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", db, "--curation", cur, "-j", "1")
    assert code == 0, err
    assert "ambiguous correction: add-edge 恒拓集团 DRIVES 岚州港航 (岚州港航 names 2 nodes " \
        "(Concept, Initiative): give target_type)" in err


def test_an_added_edge_whose_end_matches_nothing_is_refused_unless_forced(capsys, tmp_path):
    """As for the other operations: a misspelt end would sit in the file as a stale entry."""
    db = stored(tmp_path)
    path = tmp_path / "kg.db.curation.yaml"
    code, _, err = run(capsys, "curate", "add-edge", "恒拓集", "DRIVES", "溪宁港口", "--note",
                       "年报", "--db", db)
    assert code == 1 and not path.exists()
    assert err.strip() == ("error: add-edge 恒拓集 DRIVES 溪宁港口: matches nothing in the store "
                           "(no node 恒拓集); nothing written (--force keeps it for a later "
                           "build)")
    code, _, err = run(capsys, "curate", "add-edge", "恒拓集", "DRIVES", "溪宁港口", "--note",
                       "年报", "--db", db, "--force")
    assert code == 0 and path.exists() and "stale: no node 恒拓集" in err, err


def test_check_counts_ambiguous_entries_and_exits_3(capsys, tmp_path):
    """An ambiguous entry does nothing, as a stale one: check says how many and exits 3."""
    db = stored(tmp_path)
    cur = tmp_path / "c.yaml"
    cur.write_text("version: 1\ncorrections:\n  - {op: add-edge, source: 恒拓集团, rel: DRIVES, "
                   "target: 岚州港航, note: 年报}\n", encoding="utf-8")
    code, out, err = run(capsys, "curate", "check", "--db", db, "--curation", cur)
    assert code == 3 and "ambiguous" in out
    assert err.strip() == "1 correction(s), 0 stale, 1 ambiguous (give the type it asks for)"
