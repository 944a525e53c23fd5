"""Keeping the embedded database openable whatever happens to a write.

* An interrupted write (SIGKILL, power loss, a full disk) can leave a torn last record in the
  write-ahead log. LadybugDB then refuses to open the database; :func:`open_database` opens it
  again replaying the log's intact prefix, i.e. every transaction committed before the
  interruption, and says so once.
* A write the disk (or the ``ulimit -f`` file-size limit) cannot hold makes the engine abort the
  whole process; :func:`check_space` refuses such a write beforehand with one line instead.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ..errors import DiskFullError, StoreError

__all__ = ["MARGIN_BYTES", "WRITE_FACTOR", "ample_room", "check_space", "is_disk_full",
           "is_engine_fault", "is_wal_failure", "open_database", "payload_bytes"]

log = logging.getLogger(__name__)

#: bytes written to disk (log, then checkpoint into the main file) per byte of row data, bounded
#: from above (measured: under 3)
WRITE_FACTOR = 4
#: room always kept free for the engine's own pages and the checkpoint
MARGIN_BYTES = 4 * 1024 * 1024
#: row data held in memory never takes more than this many times its memory as UTF-8 JSON (a
#: Chinese character: 2 bytes in memory, 3 in UTF-8; a string shared by many rows is counted once
#: in memory but once per row in JSON; 16 leaves room for that)
JSON_PER_MEMORY_BYTE = 16


def is_wal_failure(exc: BaseException) -> bool:
    """Whether an error opening the database comes from replaying its write-ahead log."""
    text = str(exc).lower()
    if "wal" not in text:
        return False
    # a log cut inside a record fails its checksum; one cut between two records makes the
    # engine read past the end of the file
    return any(k in text for k in ("corrupt", "replay", "checksum", "reading past the end"))


def is_engine_fault(exc: BaseException) -> bool:
    """Whether an engine error means damaged storage rather than a bad query."""
    text = str(exc)
    return any(k in text for k in ("Storage exception", "Assertion", "assertion", "corrupt",
                                   "Checksum", "unordered_map", "Internal exception"))


def is_disk_full(exc: BaseException) -> bool:
    """Whether an engine error says the disk or the file-size limit ran out."""
    text = str(exc)
    return "No space left" in text or "File too large" in text


_PROBE = (  # open as the store does, and count every table's rows
    "import sys, ladybug\n"
    "try:\n"
    "    db = ladybug.Database(sys.argv[1], read_only=True, throw_on_wal_replay_failure=False)\n"
    "    conn = ladybug.Connection(db)\n"
    "    for name, kind in conn.execute('CALL show_tables() RETURN name, type').get_all():\n"
    "        pattern = '(n:`%s`)' % name if kind == 'NODE' else '()-[n:`%s`]->()' % name\n"
    "        conn.execute('MATCH %s RETURN count(*)' % pattern).get_all()\n"
    "except RuntimeError:\n"
    "    pass\n"
)


def _opens_without_crash(dbfile: Path) -> bool:
    """Whether the engine survives opening ``dbfile`` (tried in a child process)."""
    try:
        done = subprocess.run([sys.executable, "-c", _PROBE, str(dbfile)],
                              capture_output=True, timeout=600, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode >= 0


def _guard_against_crashing_log(dbfile: Path) -> None:
    """After an unclean stop (a log is left), make sure opening cannot crash this process: a
    log whose replay crashes the engine is set aside (with the one write in flight in it)."""
    wal = dbfile.with_name(dbfile.name + ".wal")
    try:
        if wal.stat().st_size == 0:
            return
    except OSError:
        return
    if _opens_without_crash(dbfile):
        return
    aside = wal.with_name(f"{wal.name}.crashed-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        wal.rename(aside)
    except OSError as exc:
        raise StoreError(f"{dbfile.parent}: the log of an interrupted write crashes the "
                         f"database engine, and it cannot be set aside: {exc.strerror}"
                         ) from None
    log.warning("%s: the log of an interrupted write crashed the database engine; set it "
                "aside as %s: the database holds every write checkpointed before it",
                dbfile.parent, aside.name)
    if not _opens_without_crash(dbfile):
        raise StoreError(f"{dbfile.parent}: damaged: the database engine crashes opening it; "
                         "restore a copy, or rebuild it into a new directory")


def open_database(lb: Any, dbfile: Path, **kwargs: Any) -> tuple[Any, bool]:
    """``lb.Database(dbfile, **kwargs)``; when the log's last write is torn, the database with
    every transaction committed before it. Returns (database, whether it was recovered).

    A read-only open of a database whose checkpoint was interrupted first completes the
    checkpoint with a short read-write open (which fails cleanly if another process holds it)."""
    _guard_against_crashing_log(dbfile)
    try:
        return lb.Database(str(dbfile), **kwargs), False
    except RuntimeError as exc:
        if kwargs.get("read_only") and "recovery is pending" in str(exc):
            db, _ = open_database(lb, dbfile, **{**kwargs, "read_only": False})
            db.close()
            log.warning("%s: completed a checkpoint that was interrupted", dbfile.parent)
            return open_database(lb, dbfile, **kwargs)
        if not is_wal_failure(exc):
            raise
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "torn log"
    db = lb.Database(str(dbfile), throw_on_wal_replay_failure=False, **kwargs)
    log.warning("%s: the last write was interrupted (%s); recovered every write committed "
                "before it", dbfile.parent, reason)
    return db, True


def payload_bytes(params: dict[str, Any] | None) -> int:
    """Size of a statement's parameters as UTF-8 JSON: a measure of what it writes."""
    if not params:
        return 0
    return len(json.dumps(params, ensure_ascii=False, default=str).encode("utf-8"))


def ample_room(directory: Path) -> bool:
    """Whether the disk and the file-size limit leave room for any write this process can make,
    so that :func:`check_space` need not measure it: the row data is in this process's memory,
    and takes at most :data:`JSON_PER_MEMORY_BYTE` times the most memory the process has used
    (measuring costs as much as a tenth of the write)."""
    bound = WRITE_FACTOR * JSON_PER_MEMORY_BYTE * _peak_memory() + MARGIN_BYTES
    return _room(directory) >= bound


def _peak_memory() -> int:
    """The most memory (resident bytes) this process has used."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _room(directory: Path) -> int:
    """Bytes the next write may add: free disk space, within the file-size limit."""
    room = _free_bytes(directory)
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft != resource.RLIM_INFINITY:
        room = min(room, soft - _largest_file(directory))
    return room


def _free_bytes(directory: Path) -> int:
    st = os.statvfs(directory)
    return st.f_bavail * st.f_frsize


def _largest_file(directory: Path) -> int:
    sizes = [p.stat().st_size for p in directory.iterdir() if p.is_file()]
    return max(sizes, default=0)


def check_space(directory: Path, payload: int) -> None:
    """Raise :class:`DiskFullError` unless the disk and the file-size limit leave room for a
    write of ``payload`` bytes of row data into the database in ``directory``."""
    need = WRITE_FACTOR * payload + MARGIN_BYTES
    free = _free_bytes(directory)
    hint = "free some space and run the command again; everything written before is kept"
    if free < need:
        raise DiskFullError(f"{directory}: disk full: {_mb(free)} free, about {_mb(need)} "
                            f"needed for the next write; {hint}")
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft != resource.RLIM_INFINITY and _largest_file(directory) + need > soft:
        raise DiskFullError(f"{directory}: the file-size limit (ulimit -f, {_mb(soft)}) cannot "
                            "hold the next write; raise it and run the command again; "
                            "everything written before is kept")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"
