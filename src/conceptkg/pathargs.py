"""Path arguments of the library functions: one path given alone is one path.

``build("reports", store)`` means the folder ``reports``; iterated as given, a string is its
characters (``r: no such file or directory``) and a :class:`~pathlib.Path` is no iterable at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

__all__ = ["PathArgs", "path_list"]

#: what the functions that read files take: one path, or any number of them
PathArgs = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def path_list(paths: PathArgs) -> list[str | os.PathLike[str]]:
    """``paths`` as a list: a single ``str`` or path-like object becomes a list of one."""
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)
