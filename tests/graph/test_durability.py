"""The embedded store after an interrupted write: a torn write-ahead log is cut back to what was
committed (read-write and read-only opens), a write the disk cannot hold is refused in one line
before the engine sees it, and the database opens afterwards."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import uuid

import pytest

from conceptkg.errors import DiskFullError, StoreError
from conceptkg.graph import EmbeddedStore
from conceptkg.graph import durability as dur
from conceptkg.graph.stores import embedded
from conceptkg.graph.stores.embedded import DB_FILENAME
from tests.graph.graph_compare import canonical
from tests.helpers import small_graph

OTHER = "第二篇：数据要素推动数字经济。某某研究院实施算力行动。"


def _torn_copy(tmp_path, monkeypatch):
    """A database holding small_graph() committed and checkpointed, then a second write
    committed to the log only, whose last bytes are torn off (as by a kill mid-write)."""
    src, torn = tmp_path / "src.db", tmp_path / "torn.db"
    with EmbeddedStore(src) as store:
        store.write_graph(small_graph())
        expected = canonical(store.read_graph())
        exec_ = store._exec
        monkeypatch.setattr(store, "_exec",
                            lambda cy, params=None: None if cy == "CHECKPOINT" else
                            exec_(cy, params))
        store.write_graph(small_graph(OTHER))
        wal = src / (DB_FILENAME + ".wal")
        assert wal.stat().st_size > 100
        shutil.copytree(src, torn)
    torn_wal = torn / (DB_FILENAME + ".wal")
    with open(torn_wal, "r+b") as f:
        f.truncate(torn_wal.stat().st_size - 10)
    return torn, expected


@pytest.mark.parametrize("read_only", [False, True])
def test_a_torn_log_is_cut_back_to_what_was_committed(tmp_path, monkeypatch, caplog,
                                                      read_only):
    torn, expected = _torn_copy(tmp_path, monkeypatch)
    with caplog.at_level(logging.WARNING, logger="conceptkg.graph.durability"):
        with EmbeddedStore(torn, read_only=read_only) as store:
            assert canonical(store.read_graph()) == expected
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "last write was interrupted" in warnings[0]
    if not read_only:  # the recovered state was checkpointed: the next open is a plain one
        caplog.clear()
        with EmbeddedStore(torn) as store:
            store.write_graph(small_graph(OTHER))
            assert store.stats()["documents"] == 2
        assert not caplog.records


def test_a_write_the_disk_cannot_hold_is_refused_and_the_database_opens(tmp_path,
                                                                        monkeypatch):
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as store:
        store.write_graph(small_graph())
        before = canonical(store.read_graph())
        monkeypatch.setattr(dur, "_free_bytes", lambda directory: 1024 * 1024)
        with pytest.raises(DiskFullError, match="disk full") as info:
            store.write_graph(small_graph(OTHER))
        assert "\n" not in str(info.value) and "everything written before is kept" in str(
            info.value)
        assert canonical(store.read_graph()) == before
    with EmbeddedStore(db) as store:
        assert canonical(store.read_graph()) == before


def test_a_file_size_limit_is_refused_in_one_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(80):
        (docs / f"d{i}.txt").write_text(f"第{i}号文件：数据要素推动数字经济发展。" * 50,
                                        encoding="utf-8")
    db = tmp_path / "kg.db"
    script = ("import resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (2 << 20, 2 << 20))\n"
              "from conceptkg.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", script, "build", str(docs), "--db", str(db),
                           "-j", "1"], capture_output=True, text=True, timeout=300)
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert done.returncode == 1 and len(lines) == 1, done.stderr[-800:]
    assert "file-size limit" in lines[0]
    with EmbeddedStore(db) as store:  # opens; the build completes once the limit is gone
        store.stats()
    done = subprocess.run([sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--db",
                           str(db)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def small_tmpfs(tmp_path):
    mnt = tmp_path / f"tmpfs-{uuid.uuid4().hex[:8]}"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
                         capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {res.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_a_full_disk_is_one_line_and_the_database_opens_after(tmp_path, small_tmpfs):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(120):
        (docs / f"d{i}.txt").write_text(f"第{i}号文件：数据要素推动数字经济发展。" * 60,
                                        encoding="utf-8")
    db = small_tmpfs / "kg.db"
    done = subprocess.run([sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--db",
                           str(db), "-j", "1"], capture_output=True, text=True, timeout=300)
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert done.returncode == 1 and len(lines) == 1, done.stderr[-800:]
    assert "disk full" in lines[0] and "Traceback" not in done.stderr
    with EmbeddedStore(db) as store:
        kept = store.stats()["documents"]
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_tmpfs)], check=True)
    done = subprocess.run([sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--db",
                           str(db), "-j", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{120 - kept} built, {kept} unchanged" in done.stderr


def test_a_log_that_crashes_the_engine_is_set_aside(tmp_path, monkeypatch, caplog):
    torn, expected = _torn_copy(tmp_path, monkeypatch)
    probes = iter([False, True])  # the first probe crashed (as seen once in ~50 kills)
    monkeypatch.setattr(dur, "_opens_without_crash", lambda dbfile: next(probes))
    with caplog.at_level(logging.WARNING, logger="conceptkg.graph.durability"):
        with EmbeddedStore(torn) as store:
            assert canonical(store.read_graph()) == expected
    assert any("crashed the database engine" in r.getMessage() for r in caplog.records)
    assert list(torn.glob(DB_FILENAME + ".wal.crashed-*"))


def test_the_probe_runs_the_engine_in_a_child(tmp_path, monkeypatch):
    torn, _ = _torn_copy(tmp_path, monkeypatch)
    assert dur._opens_without_crash(torn / DB_FILENAME)  # a torn log is recovered, no crash


def test_a_database_that_always_crashes_the_engine_is_one_line(tmp_path, monkeypatch):
    torn, _ = _torn_copy(tmp_path, monkeypatch)
    monkeypatch.setattr(dur, "_opens_without_crash", lambda dbfile: False)
    with pytest.raises(StoreError, match="damaged: the database engine crashes") as info:
        EmbeddedStore(torn)
    assert "\n" not in str(info.value)


def test_the_size_of_a_write_is_measured_only_when_the_disk_could_be_short(tmp_path,
                                                                            monkeypatch):
    measured: list[int] = []
    real = dur.payload_bytes

    def counting(params):
        measured.append(1)
        return real(params)

    monkeypatch.setattr(dur, "payload_bytes", counting)
    monkeypatch.setattr(embedded, "payload_bytes", counting)
    monkeypatch.setattr(dur, "_free_bytes", lambda directory: 1 << 50)
    assert dur.ample_room(tmp_path)
    with EmbeddedStore(tmp_path / "kg.db") as store:
        store.write_graph(small_graph())  # room for any write this process can hold
        assert measured == []
        monkeypatch.setattr(dur, "_free_bytes", lambda directory: 64 * 1024 * 1024)
        assert not dur.ample_room(tmp_path)
        store.write_graph(small_graph(OTHER))  # tight: measured, and this small write fits
        assert measured
        assert store.stats()["documents"] == 2


def test_a_log_cut_between_two_records_is_recovered(tmp_path, monkeypatch, caplog):
    """A kill between two records of the log leaves it whole but short: the engine then reads
    past its end (not a checksum failure) and the database opens with what was committed."""
    torn, expected = _torn_copy(tmp_path, monkeypatch)
    real = embedded._import_ladybug()
    wal = torn / (DB_FILENAME + ".wal")

    class Engine:
        Connection = real.Connection

        @staticmethod
        def Database(path, **kwargs):
            if kwargs.get("throw_on_wal_replay_failure", True):
                size = wal.stat().st_size
                raise RuntimeError(f"Runtime exception: Reading past the end of the file {wal} "
                                   f"with size {size} at offset {size}")
            return real.Database(path, **kwargs)

    monkeypatch.setattr(embedded, "_import_ladybug", lambda: Engine)
    with caplog.at_level(logging.WARNING, logger="conceptkg.graph.durability"):
        with EmbeddedStore(torn) as store:
            assert canonical(store.read_graph()) == expected
    assert any("last write was interrupted" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("message, wal", [
    ("Reading past the end of the file /d/graph.lbdb.wal with size 9 at offset 9", True),
    ("Corrupted wal file: checksum mismatch", True),
    ("Reading past the end of the file /d/graph.lbdb with size 9 at offset 9", False),
    ("Binder exception: table X does not exist", False),
])
def test_which_open_errors_come_from_the_log(message, wal):
    assert dur.is_wal_failure(RuntimeError(message)) is wal
