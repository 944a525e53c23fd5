"""Hostile names and data through the CLI: file names that are not UTF-8 or hold escape
sequences, and data that looks like rich markup or :emoji: codes, all shown literally."""

from __future__ import annotations

import json
import os

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore, KnowledgeGraph, Node
from tests.test_cli import run

TEXTS = ["数字经济推动高质量发展。", "科技创新带动产业升级。", "新质生产力包括劳动、数据等要素。",
         "改革创新驱动绿色发展。"]


@pytest.fixture
def odd_names(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    names = [b"\xff\xfe.txt", "数据要素".encode("gbk") + b".txt", b"esc\x1b[31mred.txt",
             b"ok.txt"]
    for name, text in zip(names, TEXTS, strict=True):
        with open(os.path.join(os.fsencode(d), name), "wb") as f:
            f.write(text.encode("utf-8"))
    return d


def test_a_batch_with_non_utf8_names_builds_every_file(capsys, odd_names, tmp_path):
    db = tmp_path / "kg.db"
    code, _, err = run(capsys, "build", odd_names, "--db", db)
    assert code == 0, err
    assert "4 built" in err and "\x1b[31m" not in err
    with EmbeddedStore(db, read_only=True) as store:
        paths = sorted(d.path for d in store.read_graph().documents.values())
    names = sorted(p.rsplit("/", 1)[1] for p in paths)
    assert names[0] == "\\xca\\xfd\\xbe\\xddҪ\\xcb\\xd8.txt"  # bytes shown, not lost
    assert "\\xff\\xfe.txt" in names and "esc\\x1b[31mred.txt" in names and "ok.txt" in names
    code, out, _ = run(capsys, "query", "MATCH (d:Document) RETURN d.path AS p", "--db", db)
    assert code == 0 and "\x1b[31m" not in out
    code, out, _ = run(capsys, "query", "MATCH (d:Document) RETURN d.path AS p", "--db", db,
                       "-f", "json")
    assert code == 0 and any(r["p"].endswith("\\xff\\xfe.txt") for r in json.loads(out))


def test_remove_finds_files_and_directories_with_non_utf8_names(capsys, odd_names, tmp_path):
    db = tmp_path / "kg.db"
    odd_dir = os.path.join(os.fsencode(tmp_path), b"\xfe\xffdir")
    os.mkdir(odd_dir)
    with open(os.path.join(odd_dir, b"x\xff.txt"), "wb") as f:
        f.write(("又一句。" + TEXTS[1]).encode("utf-8"))
    assert run(capsys, "build", odd_names, os.fsdecode(odd_dir), "--db", db)[0] == 0
    code, _, err = run(capsys, "remove", os.fsdecode(os.path.join(os.fsencode(odd_names),
                                                                  b"\xff\xfe.txt")), "--db", db)
    assert code == 0 and "removed " in err and "\\xff\\xfe.txt" in err, err
    code, _, err = run(capsys, "remove", os.fsdecode(odd_dir), "--db", db)
    assert code == 0 and "1 document(s) removed" in err, err
    code, _, err = run(capsys, "remove", os.fsdecode(os.path.join(os.fsencode(odd_names),
                                                                  b"\xff\xfe.txt")), "--db", db)
    assert code == 1 and "\\xff\\xfe.txt" in err and "\udcff" not in err, err


def test_extract_handles_non_utf8_names_and_leaves_no_temporary_file(capsys, odd_names,
                                                                    tmp_path):
    out = tmp_path / "g.jsonl"
    code, _, err = run(capsys, "extract", odd_names, "-o", out)
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert not list(tmp_path.glob("*.tmp"))


def test_an_unreadable_odd_name_is_reported_escaped(capsys, tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    with open(os.path.join(os.fsencode(d), b"bad\xff\x1b[2J.txt"), "wb") as f:
        f.write(b"\x01\x02\x03\x04" * 100)  # binary: skipped with a message naming it
    (d / "ok.txt").write_text(TEXTS[0], encoding="utf-8")
    code, _, err = run(capsys, "build", d, "--db", tmp_path / "kg.db")
    assert code == 3
    assert "bad\\xff\\x1b[2J.txt" in err and "\x1b[2J" not in err and "Traceback" not in err


LITERAL = "a:x:b :smile: [bold red]z[/bold red] \\[x]"


@pytest.fixture
def db_with_odd_data(tmp_path):
    kg = KnowledgeGraph()
    kg.add_node(Node(name=LITERAL, type="Concept"))
    kg.add_node(Node(name="bell\x07and\x1b[2Jclear", type="Concept"))
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(kg)
    return path


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_data_is_printed_literally(capsys, db_with_odd_data, fmt):
    code, out, _ = run(capsys, "query", "MATCH (n:Concept) RETURN n.name AS name ORDER BY name",
                       "--db", db_with_odd_data, "-f", fmt)
    assert code == 0
    assert "😄" not in out and "❌" not in out
    if fmt == "json":
        assert LITERAL in [r["name"] for r in json.loads(out)]
    else:
        assert LITERAL in out.replace("\n", "") or LITERAL in out
    if fmt == "table":
        assert "\x1b[2J" not in out and "\x07" not in out and "bell\\x07and\\x1b[2Jclear" in out


def test_error_lines_escape_control_characters(capsys, tmp_path):
    code = main(["stats", "--db", str(tmp_path / "no\x1b[31msuch.db")])
    err = capsys.readouterr().err
    assert code == 1 and "\x1b[31m" not in err and "no\\x1b[31msuch.db" in err
