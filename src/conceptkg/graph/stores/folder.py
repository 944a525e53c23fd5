"""Which folders may hold an embedded database: refusing the odd ones before the engine makes a
database where a user would not look for it (inside another database, in a folder of documents).
"""

from __future__ import annotations

from pathlib import Path

from ...errors import StoreError

__all__ = ["check_database_folder"]


def _enclosing_database(path: Path, dbfile: str) -> Path | None:
    """The nearest folder above ``path`` that holds a database (its file ``dbfile``); a file
    above it is a :class:`StoreError`."""
    try:
        absolute = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the engine's open says what is wrong
        return None
    for parent in absolute.parents:
        if parent.exists() and not parent.is_dir():
            raise StoreError(f"{path}: {parent} is a file, not a directory")
        if (parent / dbfile).is_file():
            return parent
    return None


def check_database_folder(path: Path, dbfile: str) -> None:
    """Raise :class:`StoreError` when ``path`` cannot be an embedded database folder: a file,
    a folder inside another database, or an existing folder that holds other things and no
    database (a database made there would mix with them)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: not a conceptkg database directory (it is a file); give a "
                         "new or empty directory")
    outer = _enclosing_database(path, dbfile)
    if outer is not None:
        raise StoreError(f"{path}: inside the database {outer}; give a directory outside it")
    if not path.is_dir() or (path / dbfile).exists():
        return
    try:
        # (hidden files, .DS_Store or .gitkeep, leave a folder as good as empty)
        others = sorted(e.name for e in path.iterdir()
                        if not e.name.startswith((dbfile, ".")))
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the directory: {exc.strerror}") from None
    if others:
        raise StoreError(f"{path}: not a conceptkg database directory (it holds other files, "
                         f"such as {others[0]!r}, and no database); give a new or empty "
                         "directory")
