"""``conceptkg curate`` through the CLI: each command appends to the project's corrections file
and applies it at once; ``build`` applies the file again; list, check and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conceptkg.graph import EmbeddedStore
from tests.helpers import TWO_DOCS, cli_build, run_cli

DOCS = TWO_DOCS
run = run_cli


def built(capsys, tmp_path: Path) -> Path:
    return cli_build(capsys, tmp_path, DOCS)


def edges(db: Path) -> set[tuple[str, str, str]]:
    with EmbeddedStore(db, read_only=True) as s:
        kg = s.read_graph(with_text=False)
    return {(kg.node(e.source).name, e.type, kg.node(e.target).name) for e in kg.edges()}


def test_curate_commands_write_the_file_and_apply_at_once(capsys, tmp_path):
    db = built(capsys, tmp_path)
    path = tmp_path / "kg.db.curation.yaml"
    code, _, err = run(capsys, "curate", "reject-edge", "数字经济", "drives", "高质量发展",
                       "--db", db, "--note", "wrong", "--author", "ana")
    assert code == 0, err
    assert "changed" in err
    assert ("数字经济", "DRIVES", "高质量发展") not in edges(db)
    code, _, err = run(capsys, "curate", "merge", "科技创新", "数字经济", "--db", db)
    assert code == 0, err
    code, _, err = run(capsys, "curate", "retype", "产业升级", "Initiative", "--db", db)
    assert code == 0, err
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [c["op"] for c in data["corrections"]] == ["reject-edge", "merge", "retype"]
    assert data["corrections"][0]["author"] == "ana"
    assert ("数字经济", "DRIVES", "产业升级") in edges(db)
    # the same command again adds nothing
    before = path.read_bytes()
    code, _, err = run(capsys, "curate", "merge", "科技创新", "数字经济", "--db", db)
    assert code == 0 and "already in" in err and "holds" in err
    assert len(err.strip().splitlines()) == 1 and path.read_bytes() == before
    # a forced rebuild keeps every correction
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1", "--force")
    assert code == 0, err
    assert edges(db) >= {("数字经济", "DRIVES", "产业升级")}
    assert ("数字经济", "DRIVES", "高质量发展") not in edges(db)
    code, out, err = run(capsys, "curate", "list", "--db", db)
    assert code == 0 and "merge 科技创新 into 数字经济" in out and "3 correction(s)" in err
    code, out, err = run(capsys, "curate", "check", "--db", db)
    assert code == 0 and out.count("holds") == 3 and "0 stale" in err


def test_merging_an_alias_into_its_node_writes_nothing(capsys, tmp_path):
    db = built(capsys, tmp_path)
    own = tmp_path / "kg.db.curation.yaml"
    other = tmp_path / "other.yaml"
    code, _, err = run(capsys, "curate", "merge", "科技创新", "数字经济", "--db", db,
                       "--curation", other)
    assert code == 0 and other.is_file() and not own.exists(), err
    # 科技创新 is now an alias of 数字经济 in the store: merging it again changes nothing
    code, _, err = run(capsys, "curate", "merge", "科技创新", "数字经济", "--db", db)
    assert code == 0, err
    assert "科技创新 is already an alias of 数字经济; nothing written" in err
    assert len(err.strip().splitlines()) == 1 and not own.exists()
    # merging the node itself elsewhere is a real change: written
    code, _, err = run(capsys, "curate", "merge", "数字经济", "高质量发展", "--db", db)
    assert code == 0 and "added to" in err and own.is_file(), err


def test_a_correction_that_matches_nothing_is_refused_unless_forced(capsys, tmp_path):
    db = built(capsys, tmp_path)
    path = tmp_path / "kg.db.curation.yaml"
    code, _, err = run(capsys, "curate", "merge", "不存在甲", "不存在乙", "--db", db)
    assert code == 1 and "matches nothing" in err and "--force" in err
    assert len(err.strip().splitlines()) == 1 and not path.exists()
    code, _, err = run(capsys, "curate", "reject-node", "数字经济", "--db", db)
    assert code == 0, err  # a name that is there is taken
    code, _, err = run(capsys, "curate", "split", "数字经济", "不存在的别名", "--db", db)
    assert code == 1 and "matches nothing" in err
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["corrections"]
    assert [e["op"] for e in entries] == ["reject-node"]


def test_a_relation_type_that_nobody_knows_is_refused_unless_forced(capsys, tmp_path):
    db = built(capsys, tmp_path)
    code, _, err = run(capsys, "curate", "add-edge", "数字经济", "DRIVE", "产业升级",
                       "--note", "typo", "--db", db)
    assert code == 1 and "unknown relation type DRIVE" in err and "DRIVES" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "curate", "reject-edge", "数字经济", "LIKES", "高质量发展",
                       "--db", db)
    assert code == 1 and "unknown relation type LIKES" in err
    assert not (tmp_path / "kg.db.curation.yaml").exists()
    with EmbeddedStore(db, read_only=True) as s:
        assert "DRIVE" not in s.stats()["edges"]
    code, _, err = run(capsys, "curate", "add-edge", "数字经济", "PART_OF", "产业升级",
                       "--note", "a type of my own", "--db", db, "--force")
    assert code == 0, err
    assert ("数字经济", "PART_OF", "产业升级") in edges(db)
    # once in the store, the type is known
    code, _, err = run(capsys, "curate", "add-edge", "科技创新", "part_of", "产业升级",
                       "--note", "again", "--db", db)
    assert code == 0, err


def test_curate_creates_a_corrections_file_named_with_curation(capsys, tmp_path):
    db = built(capsys, tmp_path)
    mine = tmp_path / "mine" / "corrections.yaml"
    mine.parent.mkdir()
    code, _, err = run(capsys, "curate", "reject-node", "数字经济", "--db", db,
                       "--curation", mine)
    assert code == 0, err
    assert yaml.safe_load(mine.read_text(encoding="utf-8"))["corrections"][0]["name"] == "数字经济"
    code, out, _ = run(capsys, "curate", "list", "--db", db, "--curation", mine)
    assert code == 0 and "reject-node 数字经济" in out


def test_a_corrections_file_in_a_missing_folder_is_named_with_the_folder(capsys, tmp_path):
    db = built(capsys, tmp_path)
    mine = tmp_path / "cur" / "new.yaml"
    code, _, err = run(capsys, "curate", "reject-node", "数字经济", "--db", db,
                       "--curation", mine)
    assert code == 1 and f"the folder {mine.parent} does not exist" in err, err
    assert ".tmp" not in err and len(err.strip().splitlines()) == 1


def test_a_build_with_another_corrections_file_than_the_stores_says_so(capsys, tmp_path):
    db = built(capsys, tmp_path)
    mine = tmp_path / "cur" / "new.yaml"
    mine.parent.mkdir()
    code, _, err = run(capsys, "curate", "retype", "产业升级", "Factor", "--db", db,
                       "--curation", mine)
    assert code == 0, err
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1")
    assert code == 0 and "retype 产业升级 to Factor" in err and "--curation" in err, err
    note = next(x for x in err.splitlines() if "retype 产业升级" in x)
    assert note.startswith("note: ") and str(db.with_name("kg.db.curation.yaml")) in note
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1", "--force",
                       "--curation", mine)
    assert code == 0 and "note:" not in err, err
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1", "--force")
    assert code == 0 and "retype 产业升级 to Factor" in err, err  # said before it is undone
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1")
    assert code == 0 and "note:" not in err, err


def test_check_reports_stale_entries_with_exit_3(capsys, tmp_path):
    db = built(capsys, tmp_path)
    code, _, err = run(capsys, "curate", "merge", "不存在甲", "不存在乙", "--db", db, "--force")
    assert code == 0 and "stale" in err
    code, out, err = run(capsys, "curate", "check", "--db", db)
    assert code == 3 and "stale" in out and "1 stale" in err
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1")
    assert code == 0 and "stale correction: merge 不存在甲 into 不存在乙" in err
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "conceptkg.cli", "build", str(tmp_path / "docs"),
                           "--db", str(db), "-j", "1"], capture_output=True, text=True)
    said = [x for x in done.stderr.splitlines() if "不存在甲" in x]
    assert done.returncode == 0 and len(said) == 1, done.stderr  # (not logged as well)


def test_bad_input_is_one_line(capsys, tmp_path):
    db = built(capsys, tmp_path)
    code, _, err = run(capsys, "curate", "retype", "产业升级", "Gadget", "--db", db)
    assert code == 1 and "unknown node type 'Gadget'" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    for args, expected in ((["merge", "产业升级", "产业升级"], "cannot merge '产业升级' into "
                            "itself"),
                           (["rename", "产业升级", ""], "rename: the new name must not be empty"),
                           (["rename", "产业升级", " "], "the new name must not be empty"),
                           (["merge", "产业升级", "数字经济", "--type", "Bogus"],
                            "unknown node type 'Bogus' (choose Concept, ")):
        code, _, err = run(capsys, "curate", *args, "--db", db)
        assert code == 1 and expected in err and len(err.strip().splitlines()) == 1, err
    code, _, err = run(capsys, "curate", "reject-edge", "甲", "drives-x", "乙", "--db", db)
    assert code == 1 and len(err.strip().splitlines()) == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("corrections:\n  - op: explode\n", encoding="utf-8")
    code, _, err = run(capsys, "curate", "list", "--db", db, "--curation", bad)
    assert code == 1 and "correction 1" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "--curation",
                       tmp_path / "missing.yaml")
    assert code == 1 and "no such corrections file" in err


def test_listing_an_empty_or_missing_corrections_file_says_there_are_none(capsys, tmp_path):
    db = built(capsys, tmp_path)
    code, out, err = run(capsys, "curate", "list", "--db", db)
    assert code == 0 and out == "" and "no corrections yet" in err, (out, err)
    assert "kg.db.curation.yaml" in err and "correction(s)" not in err
    empty = tmp_path / "empty.yaml"
    empty.write_text("version: 1\ncorrections: []\n", encoding="utf-8")
    code, out, err = run(capsys, "curate", "list", "--db", db, "--curation", empty)
    assert code == 0 and out == "" and f"no corrections yet in {empty}" in err, err


def test_two_stores_in_one_folder_keep_their_own_corrections(capsys, tmp_path):
    db = built(capsys, tmp_path)
    other = tmp_path / "other.db"
    assert run(capsys, "build", tmp_path / "docs", "--db", other, "-j", "1")[0] == 0
    code, _, err = run(capsys, "curate", "reject-edge", "数字经济", "DRIVES", "高质量发展",
                       "--db", db)
    assert code == 0, err
    assert ("数字经济", "DRIVES", "高质量发展") not in edges(db)
    # the other store neither lists nor applies the first one's correction, even rebuilt
    code, out, err = run(capsys, "curate", "list", "--db", other)
    assert code == 0 and "no corrections yet" in err and "other.db.curation.yaml" in err
    assert out == ""  # no empty table
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", other, "-j", "1", "--force")
    assert code == 0 and "corrections:" not in err
    assert ("数字经济", "DRIVES", "高质量发展") in edges(other)
    code, _, err = run(capsys, "curate", "merge", "科技创新", "数字经济", "--db", other)
    assert code == 0, err
    mine = yaml.safe_load((tmp_path / "kg.db.curation.yaml").read_text(encoding="utf-8"))
    theirs = yaml.safe_load((tmp_path / "other.db.curation.yaml").read_text(encoding="utf-8"))
    assert [c["op"] for c in mine["corrections"]] == ["reject-edge"]
    assert [c["op"] for c in theirs["corrections"]] == ["merge"]
    assert not (tmp_path / "conceptkg.curation.yaml").exists()


def test_a_shared_file_of_an_earlier_version_is_kept_and_copied_on_first_write(capsys,
                                                                              tmp_path):
    db = built(capsys, tmp_path)
    other = tmp_path / "other.db"
    assert run(capsys, "build", tmp_path / "docs", "--db", other, "-j", "1")[0] == 0
    shared = tmp_path / "conceptkg.curation.yaml"
    shared.write_text("version: 1\ncorrections:\n  - {op: reject-edge, source: 数字经济, "
                      "rel: DRIVES, target: 高质量发展}\n", encoding="utf-8")
    before = shared.read_text(encoding="utf-8")
    # the store that used it still applies it: no correction is lost
    code, _, err = run(capsys, "build", tmp_path / "docs", "--db", db, "-j", "1", "--force")
    assert code == 0 and "corrections: 1 applied" in err
    assert ("数字经济", "DRIVES", "高质量发展") not in edges(db)
    code, out, err = run(capsys, "curate", "list", "--db", db)
    assert code == 0 and "reject-edge" in out and "1 correction(s) in the shared" in err
    # its first correction starts its own file from the shared one, which stays as it was
    code, _, err = run(capsys, "curate", "merge", "科技创新", "数字经济", "--db", db)
    assert code == 0 and "now live in" in err
    own = yaml.safe_load((tmp_path / "kg.db.curation.yaml").read_text(encoding="utf-8"))
    assert [c["op"] for c in own["corrections"]] == ["reject-edge", "merge"]
    assert shared.read_text(encoding="utf-8") == before
    # the other store still reads the shared file, without the first one's new merge
    code, out, err = run(capsys, "curate", "list", "--db", other)
    assert code == 0 and "1 correction(s) in the shared" in err and "merge" not in out


def test_corrections_follow_the_store_named_by_conceptkg_db(capsys, tmp_path, monkeypatch):
    db = built(capsys, tmp_path)
    monkeypatch.chdir(tmp_path / "docs")
    monkeypatch.setenv("CONCEPTKG_DB", str(db))
    code, _, err = run(capsys, "curate", "reject-node", "数字经济")
    assert code == 0, err
    assert (tmp_path / "kg.db.curation.yaml").is_file()
    assert not list((tmp_path / "docs").glob("*.yaml"))


def test_each_neo4j_database_has_its_own_corrections(capsys, tmp_path, monkeypatch):
    from conceptkg.curation import Entry
    from conceptkg.curation.commands import curation_for

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONCEPTKG_DB", raising=False)
    uri = "bolt://localhost:1"  # (list and the file never connect)
    shared = tmp_path / "conceptkg.curation.yaml"
    shared.write_text("version: 1\ncorrections:\n  - {op: reject-node, name: 数字经济}\n",
                      encoding="utf-8")
    before = shared.read_text(encoding="utf-8")
    # a database without a file of its own keeps reading the old shared one
    code, out, err = run(capsys, "curate", "list", "--neo4j", uri, "--database", "sales")
    assert code == 0 and "reject-node" in out, err
    assert "1 correction(s) in the shared" in err and "conceptkg.sales.curation.yaml" in err
    # its first write makes its own file from a copy; the shared one and the others stay
    cur = curation_for(None, uri, create=True, database="sales")
    assert cur.add(Entry.make(op="merge", name="科技创新", into="数字经济"))
    cur.save()
    own = yaml.safe_load((tmp_path / "conceptkg.sales.curation.yaml").read_text("utf-8"))
    assert [c["op"] for c in own["corrections"]] == ["reject-node", "merge"]
    assert shared.read_text(encoding="utf-8") == before
    for other in ([], ["--database", "hr"]):
        code, out, err = run(capsys, "curate", "list", "--neo4j", uri, *other)
        assert code == 0 and "reject-node" in out and "merge" not in out, err
    code, out, err = run(capsys, "curate", "list", "--neo4j", uri, "--database", "sales")
    assert code == 0 and "merge" in out and "2 correction(s) in " in err
    assert "shared" not in err and "conceptkg.sales.curation.yaml" in err


def test_the_database_named_by_neo4j_database_has_its_own_corrections(capsys, tmp_path,
                                                                      monkeypatch):
    # NEO4J_DATABASE picks the database the commands use, so it picks its file as --database
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONCEPTKG_DB", raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://localhost:1")  # (list and the file never connect)
    (tmp_path / "conceptkg.岚州.curation.yaml").write_text(
        "version: 1\ncorrections:\n  - {op: reject-node, name: 恒拓集团}\n", encoding="utf-8")
    monkeypatch.setenv("NEO4J_DATABASE", "岚州")
    code, out, err = run(capsys, "curate", "list")
    assert code == 0 and "恒拓集团" in out, err
    assert "conceptkg.岚州.curation.yaml" in err
    monkeypatch.setenv("NEO4J_DATABASE", "溪宁")  # another database: not its corrections
    code, out, err = run(capsys, "curate", "list")
    assert code == 0 and "恒拓集团" not in out and "conceptkg.溪宁.curation.yaml" in err
    code, out, err = run(capsys, "curate", "list", "--database", "岚州")  # the option wins
    assert code == 0 and "恒拓集团" in out, err


@pytest.mark.neo4j
def test_curate_on_neo4j_survives_a_forced_build(capsys, neo4j_clean, neo4j_cli_build):
    from conceptkg.graph.stores.neo4j import Neo4jStore

    where = neo4j_cli_build(DOCS)
    docs = where[-1].parent / "docs"
    code, _, err = run(capsys, "curate", "reject-edge", "数字经济", "DRIVES", "高质量发展",
                       *where)
    assert code == 0 and "changed" in err
    assert run(capsys, "build", docs, "--force", *where)[0] == 0
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        kg = store.read_graph(with_text=False)
    got = {(kg.node(e.source).name, e.type, kg.node(e.target).name) for e in kg.edges()}
    assert ("数字经济", "DRIVES", "高质量发展") not in got and got
    code, out, _ = run(capsys, "curate", "check", *where)
    assert code == 0 and "holds" in out


def test_a_remove_keeps_a_node_and_an_edge_a_user_made(capsys, tmp_path):
    """A user's split can make a node no document supports yet (its alias had no sentence of
    its own) and a user's edge can hang on it: removing an unrelated file keeps both."""
    sample = Path(__file__).resolve().parents[1] / "examples" / "sample-policy.txt"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "sample.txt").write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "other.txt").write_text("岚州数据局建设溪宁开放平台。", encoding="utf-8")
    db = tmp_path / "kg.db"
    assert run(capsys, "build", docs, "--db", db, "-j", "1")[0] == 0
    alias = "集团公司"  # (an alias of the company with no sentence of its own)
    code, _, err = run(capsys, "curate", "split", "苏数科技集团有限公司", alias, "--db", db)
    assert code == 0, err
    code, _, err = run(capsys, "curate", "add-edge", alias, "IMPLEMENTS", "智能制造示范工程",
                       "--note", "seen in the annual report", "--db", db)
    assert code == 0, err
    before = edges(db)
    assert (alias, "IMPLEMENTS", "智能制造示范工程") in before
    assert run(capsys, "remove", docs / "other.txt", "--db", db)[0] == 0
    assert (alias, "IMPLEMENTS", "智能制造示范工程") in edges(db)
    code, _, err = run(capsys, "build", docs, "--db", db, "-j", "1")
    assert code == 0 and "stale" not in err, err
