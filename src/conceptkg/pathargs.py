"""Path arguments of the library functions: one path given alone is one path.

``build("reports", store)`` means the folder ``reports``; iterated as given, a string is its
characters (``r: no such file or directory``) and a :class:`~pathlib.Path` is no iterable at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from .errors import InputError

__all__ = ["PathArgs", "path_list"]

#: what the functions that read files take: one path, or any number of them
PathArgs = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def path_list(paths: PathArgs) -> list[str | os.PathLike[str]]:
    """``paths`` as a list: a single ``str`` or path-like object becomes a list of one. An
    empty string is an :class:`InputError` (``Path('')`` is the working directory: ``remove``
    would take out every document under it)."""
    items = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    if any(isinstance(p, str) and not p.strip() for p in items):
        raise InputError("an empty path: name a file or directory (an unset variable?)")
    return items
