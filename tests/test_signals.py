"""Stopping a build: Ctrl-C and SIGTERM say what was kept and leave a database that a re-run
completes; worker processes end with the main process, even when it is SIGKILLed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conceptkg.graph import EmbeddedStore

pytestmark = pytest.mark.slow

TEXT = "第{i}号文件指出，数字经济推动高质量发展。某某{i}集团公司打造工业互联网平台{i}号。" * 40


def _corpus(d: Path, n: int = 300) -> Path:
    d.mkdir()
    for i in range(n):
        (d / f"doc{i:04d}.txt").write_text(TEXT.format(i=i), encoding="utf-8")
    return d


def _build(docs: Path, db: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--db", str(db),
            "-j", str(jobs)]


def _wait_for_documents(db: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Until the first chunk is in the database or its log (a build checkpoints once, at its
    end), so that the stop lands mid-build."""
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        if any(f.exists() and f.stat().st_size > 300_000
               for f in (db / "graph.lbdb", db / "graph.lbdb.wal")):
            return
        time.sleep(0.1)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_stopped_build_says_what_was_kept_and_a_rerun_completes(tmp_path, sig):
    docs, db = _corpus(tmp_path / "docs"), tmp_path / "kg.db"
    proc = subprocess.Popen(_build(docs, db, 1), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    _wait_for_documents(db, proc)
    assert proc.poll() is None, "the build ended before it could be stopped"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err  # 130 for Ctrl-C, 143 for SIGTERM
    assert "interrupted: every write completed before the interruption is kept" in err
    assert "Traceback" not in err
    with EmbeddedStore(db) as store:
        kept = store.stats()["documents"]
    assert 0 < kept < 300
    done = subprocess.run(_build(docs, db, 2), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{300 - kept} built, {kept} unchanged" in done.stderr


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry.name))
    return out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc and prctl")
def test_workers_end_when_the_main_process_is_killed(tmp_path):
    docs, db = _corpus(tmp_path / "docs", 600), tmp_path / "kg.db"
    proc = subprocess.Popen(_build(docs, db, 2), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    workers: list[int] = []
    while time.time() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.2)
        workers = _children(proc.pid)
    assert len(workers) >= 2, "no worker processes seen"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    deadline = time.time() + 10
    alive = workers
    while alive and time.time() < deadline:
        time.sleep(0.1)
        alive = [w for w in workers if Path(f"/proc/{w}").exists()
                 and "(Z)" not in _state(w)]
    assert not alive, f"workers still running: {alive}"


def _state(pid: int) -> str:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "(Z)"
    return f"({stat.rsplit(')', 1)[1].split()[0]})"
