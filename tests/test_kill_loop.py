"""The kill loop: builds into the embedded store killed (SIGKILL, or SIGTERM) at random points,
many of them inside a write; after each kill the database opens, and running the build again
gives exactly the graph of a clean build (every node, edge, evidence and document)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conceptkg.build import build
from conceptkg.graph import EmbeddedStore
from conceptkg.graph.stores.embedded import DB_FILENAME
from tests.graph.graph_compare import canonical

pytestmark = pytest.mark.slow

KILLS = int(os.environ.get("CONCEPTKG_KILLS", "24"))
DOCS = 160
TEMPLATES = [
    "第{i}号文件指出，数字经济推动高质量发展，科技创新带动产业升级第{i}期。",
    "某某{i}集团公司打造工业互联网平台{i}号，推进智能制造示范工程{i}期建设。",
    "新质生产力包括劳动、资本、数据等生产要素，以改革创新驱动绿色发展。",
    "甲乙{i}研究院实施数据要素{i}行动计划，带动产业链协同创新。",
]


OPEN_AND_COUNT = (
    "import sys\n"
    "from conceptkg.graph import EmbeddedStore\n"
    "with EmbeddedStore(sys.argv[1]) as store:\n"
    "    print(store.stats()['documents'])\n")


def _corpus(d: Path) -> None:
    d.mkdir()
    for i in range(DOCS):
        text = "".join(t.format(i=i % 97) for t in TEMPLATES) * (2 + i % 4)
        (d / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")


def _cmd(docs: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--db", str(db), *extra]


def _wal_size(db: Path) -> int:
    try:
        return (db / (DB_FILENAME + ".wal")).stat().st_size
    except OSError:
        return -1


def _run_and_kill(cmd: list[str], db: Path, rng: random.Random) -> tuple[bool, bool]:
    """Start ``cmd`` and kill it: at a random time, or as a random write is being logged.
    Returns (killed before it ended, killed while the log was growing)."""
    sig = signal.SIGTERM if rng.random() < 0.25 else signal.SIGKILL
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    in_write = False
    if rng.random() < 0.5:
        time.sleep(rng.uniform(0.3, 2.5))
    else:  # the n-th growth of the write-ahead log seen: the kill lands inside a commit
        target, seen, last = rng.randint(1, 12), 0, _wal_size(db)
        deadline = time.time() + 60
        while proc.poll() is None and time.time() < deadline:
            time.sleep(0.0002)
            size = _wal_size(db)
            if size != last and size > 20_000:
                seen += 1
                if seen >= target:
                    in_write = True
                    break
            last = size
    alive = proc.poll() is None
    if alive:
        if not in_write:
            before = _wal_size(db)
            time.sleep(0.0002)
            in_write = _wal_size(db) != before
        proc.send_signal(sig)
    proc.wait(60)
    return alive, alive and in_write


def test_kill_loop_every_kill_recovers_to_the_clean_graph(tmp_path):
    docs = tmp_path / "docs"
    _corpus(docs)
    with EmbeddedStore(tmp_path / "ref.db") as ref:
        build([docs], ref, jobs=1)
        expected = canonical(ref.read_graph())
    assert len(expected["documents"]) == DOCS

    rng = random.Random(int(os.environ.get("CONCEPTKG_KILL_SEED", "17")))
    db = tmp_path / "kg.db"
    kills = inside = 0
    for i in range(KILLS):
        extra = ["-j", "1"] if i % 2 else ["-j", "2"]
        if i % 3 == 0:  # from scratch; otherwise --force over the complete database
            shutil.rmtree(db, ignore_errors=True)
        else:
            extra.append("--force")
        killed, in_write = _run_and_kill(_cmd(docs, db, *extra), db, rng)
        kills += killed
        inside += in_write
        # opens (in a child: an engine crash would show as a failure, not end the test run)
        opened = subprocess.run([sys.executable, "-c", OPEN_AND_COUNT, str(db)],
                                capture_output=True, text=True, timeout=120)
        assert opened.returncode == 0, (i, opened.returncode, opened.stderr[-500:])
        assert 0 <= int(opened.stdout) <= DOCS
        done = subprocess.run(_cmd(docs, db, "-j", "2"), capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        with EmbeddedStore(db, read_only=True) as store:
            assert canonical(store.read_graph()) == expected, f"kill {i}"
    print(f"\nkill loop: {kills} kills, {inside} inside a write, all recovered")
    assert kills >= 20 and inside >= 5
