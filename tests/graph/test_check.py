"""Damaged databases: ``check`` reads every page in a child process and reports one line;
commands on damaged pages fail with one line and a hint, never a traceback."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from conceptkg.errors import StoreError
from conceptkg.graph import EmbeddedStore
from conceptkg.graph.check import check_database
from conceptkg.graph.stores.embedded import DB_FILENAME
from tests.helpers import small_graph
from tests.test_cli import run


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kg.db"
    kg = small_graph()
    for i in range(1, 30):
        kg.update(small_graph(f"第{i}号科技创新带动产业创新。新质生产力包括劳动、数据等要素。"
                              f"某某{i}集团打造数字平台。"))
    with EmbeddedStore(path) as store:
        store.write_graph(kg)
    return path


def _damage(path, seed=3):
    f = path / DB_FILENAME
    size = f.stat().st_size
    rng = random.Random(seed)
    with open(f, "r+b") as fh:
        for _ in range(400):
            fh.seek(rng.randrange(4096, size))
            fh.write(rng.randbytes(64))


def test_check_reads_an_intact_database(capsys, db):
    rep = check_database(db)
    assert rep.documents == 30 and rep.nodes > 0 and rep.edges > 0
    code, _, err = run(capsys, "check", "--db", db)
    assert code == 0 and err.startswith("ok: 30 documents")


def test_check_reports_a_damaged_database_in_one_line(capsys, db):
    _damage(db)
    with pytest.raises(StoreError, match="damaged") as info:
        check_database(db)
    message = str(info.value)
    assert "\n" not in message and "--db NEW_DIR" in message
    assert message.count(str(db)) == 1 and ".;" not in message and "conceptkg check" not in message
    code, _, err = run(capsys, "check", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_check_of_a_missing_database_says_so_only(capsys, tmp_path):
    for where in (tmp_path / "nope", tmp_path):  # no folder; a folder without a database
        code, _, err = run(capsys, "check", "--db", where)
        assert code == 1 and err.startswith(f"error: {where}: no such database"), err
        assert err.count("\n") == 1 and "damaged" not in err and err.count(str(where)) == 1


def test_check_reads_the_database_the_environment_names(capsys, db, tmp_path, monkeypatch):
    # CONCEPTKG_DB stands for --db on every command; NEO4J_URI names no embedded database
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("CONCEPTKG_DB", str(db))
    code, _, err = run(capsys, "check")
    assert code == 0 and err.startswith("ok: 30 documents"), err
    monkeypatch.delenv("CONCEPTKG_DB")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    code, _, err = run(capsys, "check")
    assert code == 1 and err.count("\n") == 1, err
    assert "embedded database" in err and "NEO4J_URI" in err and "--db" in err
    assert "run 'conceptkg build' first" not in err
    code, _, err = run(capsys, "check", "--db", db)  # the option wins
    assert code == 0, err


def test_the_reason_of_a_failure_is_the_engine_s_words():
    from conceptkg.graph.check import _reason

    try:
        try:
            raise RuntimeError("IO exception: the file is corrupted.\nmore")
        except RuntimeError as exc:
            raise StoreError("kg.db: cannot open database: …; run 'conceptkg check'") from exc
    except StoreError as exc:
        assert _reason(exc) == "IO exception: the file is corrupted"
    assert _reason(StoreError("x: ValueError")) == "x: ValueError"


def test_commands_on_damaged_pages_fail_in_one_line(db):
    _damage(db)
    for cmd in (["stats"], ["export", "-o", str(db.parent / "x.json")]):
        done = subprocess.run([sys.executable, "-m", "conceptkg.cli", *cmd, "--db", str(db)],
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "COLUMNS": "200"})
        assert done.returncode == 1, (cmd, done.returncode, done.stderr[-300:])
        lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and "unexpected" not in lines[0], lines
        assert "conceptkg check" in lines[0] or "damaged" in lines[0] or \
            "cannot open" in lines[0]
