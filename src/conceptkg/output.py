"""Formatting query results for the terminal and files: table, JSON (a list of row objects), CSV."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from .errors import ParameterError
from .graph.stores import QueryResult

__all__ = ["FORMATS", "KEPT_KEYS", "cell", "check_output_file", "format_result", "to_plain"]

FORMATS = ("table", "json", "csv")


#: the internal keys of node, relationship and path values that results keep: a node's label,
#: a relationship's type, a path's nodes and relationships (internal ids differ between stores)
KEPT_KEYS = ("_LABEL", "_NODES", "_RELS")


def to_plain(value: Any) -> Any:
    """Values as JSON-ready Python data (dicts, lists, str, numbers, None). A node or
    relationship keeps its ``_LABEL`` (label or type) and its properties that have a value."""
    if isinstance(value, dict):
        graph_value = "_LABEL" in value
        return {str(k): to_plain(v) for k, v in value.items()
                if (not str(k).startswith("_") or k in KEPT_KEYS)
                and not (graph_value and v is None)}
    if isinstance(value, list | tuple | set):
        return [to_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def cell(value: Any) -> str:
    value = to_plain(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result``; ``table`` is plain aligned text (rich renders it in the CLI)."""
    if fmt == "json":
        rows = [{c: to_plain(v) for c, v in zip(result.columns, r, strict=False)}
                for r in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for r in result.rows:
            w.writerow([cell(v) for v in r])
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}")
    cells = [[cell(v) for v in r] for r in result.rows]
    return "\n".join("\t".join(row) for row in [result.columns, *cells])


def check_output_file(path: str | Path, option: str = "", *, directory: bool = False) -> None:
    """Refuse, before any work, an output file that cannot be written where it is named: an
    existing directory, below a file, in a directory this user cannot write in, or ``-``
    where standard output is not an option
    (:class:`ParameterError` naming ``option``)."""
    path = Path(path)
    what = f"{option} {path}" if option else str(path)
    if str(path) == "-":  # (it would be a file named "-" in the working directory)
        raise ParameterError(f"{what}: this output is written to a file, not to standard "
                             "output; give a file name")
    if path.is_dir():
        raise ParameterError(f"{what}: is a directory; give a file name")
    parent = path if directory else path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        raise ParameterError(f"{what}: {parent} is not a directory")
    if parent.is_dir() and not os.access(parent, os.W_OK | os.X_OK):
        # (found only when the file is written: after a whole build)
        raise ParameterError(f"{what}: cannot write in {parent} (permission denied)")
