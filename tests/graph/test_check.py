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
        kg.update(small_graph(f"第{i}号科技创新推动产业创新。新质生产力包括劳动、数据等要素。"
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
    assert "\n" not in str(info.value) and "--db NEW_DIR" in str(info.value)
    code, _, err = run(capsys, "check", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


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
