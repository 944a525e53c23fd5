"""The store commands (push, pull, export, stats) against a store another process holds or a
path that is no database."""

import multiprocessing

import pytest

from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph
from tests.test_cli import run


def _hold(path, ready, done):
    s = EmbeddedStore(path)
    ready.set()
    done.wait(60)
    s.close()


@pytest.fixture
def written(tmp_path):
    """A store another process holds open for writing (as a build does)."""
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(small_graph())
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold, args=(path, ready, done))
    p.start()
    assert ready.wait(60)
    yield path
    done.set()
    p.join(30)


@pytest.mark.parametrize("args", [
    ["push", "--neo4j", "bolt://127.0.0.1:9"],
    ["export", "-o", "{tmp}/g.json"],
    ["stats"],
])
def test_reading_a_store_while_another_process_writes_it_fails_clearly(capsys, tmp_path,
                                                                       written, args):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _out, err = run(capsys, *args, "--db", written)
    assert code == 1
    assert "in use by another process" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "g.json").exists()


@pytest.mark.parametrize("where", ["kg.db/x", "kg.db/graph.lbdb", "note.txt", "docs"])
def test_pull_into_an_odd_folder_is_refused_before_the_server_is_asked(capsys, tmp_path,
                                                                       where):
    EmbeddedStore(tmp_path / "kg.db").close()
    (tmp_path / "note.txt").write_text("岚州", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "溪宁.md").write_text("溪宁市推动转型。", encoding="utf-8")
    code, _out, err = run(capsys, "pull", "--db", tmp_path / where, "--neo4j",
                          "bolt://127.0.0.1:9")
    assert code == 1
    assert err.startswith(f"error: {tmp_path / where}: ") and "127.0.0.1" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in (tmp_path / "kg.db").iterdir()) == ["graph.lbdb"]
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["溪宁.md"]


def test_outputs_below_a_file_or_among_documents_are_refused_before_any_work(capsys, tmp_path):
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as s:
        s.write_graph(small_graph())
    note = tmp_path / "纪要.txt"
    note.write_text("岚州", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "溪宁.md").write_text("溪宁市推动转型。", encoding="utf-8")
    for args in (["export", "-o", note / "g.json"], ["viz", "-o", note / "v.html"],
                 ["ask", "parts", "name=新质生产力", "--html", note / "v.html"],
                 ["export", "-o", docs]):
        code, _out, err = run(capsys, *args, "--db", db)
        assert code == 1 and err.count("\n") == 1, (args, err)
        assert "File exists" not in err and ("is not a directory" in err
                                             or "holds other files" in err), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "kg.db", "纪要.txt"]
    assert [p.name for p in docs.iterdir()] == ["溪宁.md"]


def test_dash_is_standard_output_for_viz_and_refused_where_it_is_not(capsys, tmp_path,
                                                                    monkeypatch):
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as s:
        s.write_graph(small_graph())
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "viz", "-o", "-", "--db", db)
    assert code == 0 and out.startswith("<!DOCTYPE html>") and "新质生产力" in out
    doc = tmp_path / "岚州.txt"
    doc.write_text("恒拓集团推动岚州转型。", encoding="utf-8")
    for args in (["ask", "parts", "name=新质生产力", "--html", "-", "--db", db],
                 ["build", doc, "--json", "-", "--db", tmp_path / "new.db"],
                 ["build", doc, "--html", "-", "--db", tmp_path / "new.db"]):
        code, _out, err = run(capsys, *args)
        assert code == 1 and "not to standard output" in err and err.count("\n") == 1, err
    assert not (tmp_path / "-").exists() and not (tmp_path / "new.db").exists()


def test_an_extract_does_not_write_into_the_temporary_file_of_another(capsys, tmp_path):
    """Two extracts to one file at once wrote into the same FILE.tmp; each now has its own."""
    doc = tmp_path / "岚州.txt"
    doc.write_text("恒拓集团推动岚州转型。", encoding="utf-8")
    out = tmp_path / "g.jsonl"
    other = tmp_path / "g.jsonl.tmp"  # as another extract in progress left it
    other.write_text("{\"another\": 1}\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", doc, "-o", out)
    assert code == 0 and "1 extracted" in err
    assert other.read_text(encoding="utf-8") == "{\"another\": 1}\n"
    assert "恒拓集团" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.jsonl", "g.jsonl.tmp", "岚州.txt"]


def test_a_build_output_in_a_folder_that_cannot_be_written_is_refused_before_the_build(
        capsys, tmp_path, monkeypatch):
    import os

    doc = tmp_path / "岚州.txt"
    doc.write_text("恒拓集团推动岚州转型。", encoding="utf-8")
    locked = tmp_path / "只读"
    locked.mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == str(locked)
                        else real(p, mode, **kw))  # (as root, the mode bits would not stop it)
    for opt in ("--json", "--html"):
        code, _, err = run(capsys, "build", doc, opt, locked / "g.out", "--db",
                           tmp_path / "kg.db")
        assert code == 1 and "cannot write in" in err and err.count("\n") == 1, err
    assert not (tmp_path / "kg.db").exists()


def test_a_file_moved_to_another_folder_is_found_there_and_removed_by_its_new_path(capsys,
                                                                                   tmp_path):
    old, new, db = tmp_path / "a", tmp_path / "b", tmp_path / "kg.db"
    old.mkdir()
    (old / "x.md").write_text("溪宁市打造恒拓数字平台。\n", encoding="utf-8")
    assert run(capsys, "build", old, "--db", db, "-j", "1")[0] == 0
    old.rename(new)
    code, _, err = run(capsys, "build", new, "--db", db, "-j", "1")
    assert code == 0 and f"{new / 'x.md'}: moved from {(old / 'x.md').resolve()}" in err, err
    assert "0 built, 1 unchanged" in err
    code, _, err = run(capsys, "remove", new / "x.md", "--db", db)
    assert code == 0 and "same content" not in err and "1 document(s) removed" in err, err
