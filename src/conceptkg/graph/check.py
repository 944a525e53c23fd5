"""``conceptkg check``: read every page of an embedded database in a child process, so that an
engine crash on damaged pages (even a segfault) becomes one line here and loses nothing.

Run as ``python -m conceptkg.graph.check DIR`` it is the child: it reads the whole graph and
prints its counts as JSON.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError, StoreLockedError

__all__ = ["CheckReport", "check_database"]

RECOVERY = ("restore a copy, or rebuild it from the documents into a new directory "
            "(conceptkg build DOCS --db NEW_DIR)")


@dataclass
class CheckReport:
    documents: int
    nodes: int
    edges: int


def check_database(path: str | Path, timeout: float = 3600) -> CheckReport:
    """Read the whole database at ``path``; :class:`StoreError` with one line if it cannot."""
    from .stores.embedded import DB_FILENAME

    if not Path(path).is_dir() or not (Path(path) / DB_FILENAME).is_file():
        what = "not a conceptkg database directory" if Path(path).exists() and not \
            Path(path).is_dir() else "no such database (run 'conceptkg build' first)"
        raise StoreError(f"{path}: {what}")
    try:
        done = subprocess.run([sys.executable, "-m", "conceptkg.graph.check", str(path)],
                              capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise StoreError(f"{path}: reading the database took over {timeout:g} s") from None
    if done.returncode < 0:
        name = signal.Signals(-done.returncode).name
        raise StoreError(f"{path}: damaged: the database engine crashed ({name}) reading it; "
                         f"{RECOVERY}")
    if done.returncode == _LOCKED:
        raise StoreLockedError(f"{path}: the database is in use by another process; wait for "
                               "it to finish and check again")
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit status {done.returncode}"
        raise StoreError(f"{path}: damaged or unreadable ({reason}); {RECOVERY}")
    data = json.loads(done.stdout)
    return CheckReport(**data)


_LOCKED = 75  # the child's exit status for a database in use


def _reason(exc: BaseException) -> str:
    """What went wrong, in a few words: the engine's own message (the cause of a store error,
    whose text names the path and hints at this very check), without a closing full stop."""
    cause = exc.__cause__ if isinstance(exc, StoreError) and exc.__cause__ else exc
    lines = str(cause).strip().splitlines()
    text = lines[0].strip() if lines else ""
    if cause is not exc and not isinstance(cause, RuntimeError):
        text = f"{type(cause).__name__}: {text}" if text else type(cause).__name__
    return text.rstrip(" .;:") or type(cause).__name__


def _child(path: str) -> int:
    from .stores.embedded import EmbeddedStore

    try:
        with EmbeddedStore(path, read_only=True, create=False) as store:
            kg = store.read_graph()
    except StoreLockedError:
        return _LOCKED
    except Exception as exc:  # reported by the parent as one line
        print(_reason(exc), file=sys.stderr)
        return 1
    print(json.dumps({"documents": len(kg.documents), "nodes": len(kg),
                      "edges": kg.number_of_edges}))
    return 0


if __name__ == "__main__":  # pragma: no cover - run as the child of check_database
    sys.exit(_child(sys.argv[1]))
