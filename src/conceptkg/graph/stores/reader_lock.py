"""Readers of the embedded database wait for no writer, so they must notice one.

LadybugDB's writer holds a POSIX write lock on ``graph.lbdb``, but a read-only open takes no
lock: a ``push``, ``export`` or ``stats`` during a build would read the main file as it was
before the build (often empty: a build checkpoints once, at its end) and succeed with nothing.
A reader therefore takes a shared POSIX lock on the file for as long as it is open: it fails at
once while a writer holds the database, and a writer cannot start while it reads.

POSIX locks belong to the process, and closing *any* descriptor of the file drops all of them,
the engine's write lock included (the engine's own read-only open does, when it closes). So in a
process that holds the database for writing, a reader takes no shared lock; when it closes, it
takes the process's write lock again, and keeps that descriptor until the writer is closed.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ...errors import StoreLockedError

__all__ = ["ReaderLock", "writer_closed", "writer_opened"]

try:  # POSIX only; elsewhere the engine's own locking is all there is
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

#: database files this process holds open for writing (with how many stores)
_WRITERS: dict[str, int] = {}
#: descriptors whose closing waits for this process's writer of the file to close
_DEFERRED: dict[str, list[int]] = {}


def _key(dbfile: Path) -> str:
    return os.path.realpath(dbfile)


def writer_opened(dbfile: Path) -> None:
    """Record that this process opened ``dbfile`` for writing."""
    key = _key(dbfile)
    _WRITERS[key] = _WRITERS.get(key, 0) + 1


def writer_closed(dbfile: Path) -> None:
    """Record that a writer of ``dbfile`` in this process closed; the last one closes the
    descriptors of readers that closed meanwhile."""
    key = _key(dbfile)
    left = _WRITERS.get(key, 0) - 1
    if left > 0:
        _WRITERS[key] = left
        return
    _WRITERS.pop(key, None)
    for fd in _DEFERRED.pop(key, []):
        os.close(fd)


class ReaderLock:
    """A shared lock on ``dbfile`` held from construction to :meth:`release`; raises
    :class:`StoreLockedError` (naming ``db_dir``) when another process writes the database."""

    def __init__(self, dbfile: Path, db_dir: Path) -> None:
        self._key = _key(dbfile)
        self._fd: int | None = None
        self._dir = db_dir
        self._own_writer = self._key in _WRITERS
        if fcntl is None:
            return
        # (writable where it may be: should this process open the database for writing while
        # this reader is open, its write lock can be taken again when the reader closes)
        fd = None
        for mode in (os.O_RDWR, os.O_RDONLY):
            try:
                fd = os.open(dbfile, mode | getattr(os, "O_CLOEXEC", 0))
                break
            except OSError:
                continue
        if fd is None:  # the engine's open says what is wrong
            return
        self._fd = fd
        self.hold()

    def hold(self) -> None:
        """Take the lock (again: an engine open that completes a checkpoint in this process
        drops it)."""
        if self._fd is None or fcntl is None or self._own_writer:
            return
        try:
            fcntl.lockf(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as exc:
            fd, self._fd = self._fd, None
            os.close(fd)
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                raise StoreLockedError(
                    f"{self._dir}: the database is in use by another process (a build or "
                    "another write); wait for it to finish and run the command again"
                ) from None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self._key not in _WRITERS:
            os.close(fd)
            return
        try:  # the engine's read-only close dropped this process's write lock: take it again
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass
        _DEFERRED.setdefault(self._key, []).append(fd)  # closing it would drop it again
