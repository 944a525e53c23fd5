"""Writing an export file whole or not at all.

An export written in place and stopped halfway (Ctrl-C, SIGTERM, a full disk, an error in the
middle) would leave a truncated file where the last good export was; one written to a fixed
``FILE.tmp`` and stopped would leave that behind, and two exports to the same file at once
would write into one temporary file. :func:`atomic_path` gives each writer a temporary file of
its own beside the target, renamed over it when the write completes and removed otherwise.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_path"]


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A new temporary file beside ``path`` (its folder made when missing) to write in the
    block; it becomes ``path`` when the block ends, and is removed if the block fails or is
    interrupted. An error creating it names ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
