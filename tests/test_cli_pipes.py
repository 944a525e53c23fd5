"""Standard output closed early (``conceptkg … | head``): every command ends quietly, exit 0."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph

SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pipes") / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(small_graph())
    return path


def _closed_stdout(*args):
    """Run the command with a standard output whose reader has already gone."""
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen([sys.executable, "-m", "conceptkg", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    return proc.wait(timeout=120), err


@pytest.mark.parametrize("args", [
    ["export", "-o", "-", "-f", "jsonl"],
    ["export", "-o", "-", "-f", "json"],
    ["export", "-o", "-", "-f", "graphml"],
    ["viz", "-o", "-"],
    ["stats"],
    ["ask", "stats", "-f", "csv"],
    ["query", "MATCH (n) RETURN n.name"],
])
def test_a_closed_pipe_on_standard_output_ends_quietly_with_exit_0(db, args):
    code, err = _closed_stdout(*args, "--db", db)
    assert (code, err) == (0, "")


def test_extract_to_a_closed_pipe_ends_quietly(tmp_path):
    (tmp_path / "a.txt").write_text("恒拓集团推动岚州数字平台建设。", encoding="utf-8")
    code, err = _closed_stdout("extract", tmp_path / "a.txt", "-o", "-")
    assert (code, err) == (0, "")
