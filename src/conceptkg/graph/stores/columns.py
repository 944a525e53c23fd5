"""Rows of a write passed to LadybugDB as columns: one list parameter per property instead of
one list of maps.

LadybugDB's Python binding converts a list of maps (``UNWIND $rows AS r``) field by field and
row by row, and works out the type of every row first: for a build, that conversion costs more
CPU than the engine's own writing. A list of plain values per property converts about eight
times faster. The statement itself is kept: ``UNWIND $rows AS r ...`` becomes
``UNWIND range(1, size($c_id)) AS _i WITH {id: $c_id[_i], ...} AS r ...`` (lists are indexed
from 1), so ``r`` holds the same map, with the same values, as before.

A column whose values say nothing of their type (every value null, or every list empty) would
leave a field of the map untyped, which the binder refuses to write (and an all-null list
trips an assertion in the engine): a column of empty lists for a list property of the schema
becomes the typed literal ``CAST([] AS STRING[])``; any other such batch is passed as rows,
as before.
"""

from __future__ import annotations

import re
from typing import Any

from .schema import DOCUMENT, EDGE, NODE

__all__ = ["LIST_PROPS", "as_columns"]

#: the list properties of the schema (name: stored type), the same in every kind
LIST_PROPS: dict[str, str] = {p.name: p.type.ladybug for k in (NODE, EDGE, DOCUMENT)
                              for p in k.props if p.type.ladybug.endswith("[]")}

_UNWIND_ROWS = re.compile(r"UNWIND \$rows AS (\w+) ")
_FIELD = re.compile(r"[A-Za-z_]\w*")


def _typed(column: list[Any]) -> bool:
    """Whether some value of ``column`` tells its type (not null, not an empty list)."""
    return any(v is not None and not (isinstance(v, list) and not v) for v in column)


def as_columns(cypher: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``cypher`` and ``params`` with the maps of ``$rows`` passed as columns; unchanged when
    ``$rows`` is not a non-empty list of maps with the same keys (in the same order), when a
    column is untyped (see above), or when the statement does not begin
    ``UNWIND $rows AS <var>``."""
    rows = params.get("rows")
    m = _UNWIND_ROWS.match(cypher)
    if m is None or len(params) != 1 or not rows or type(rows) is not list:
        return cypher, params
    first = rows[0]
    if type(first) is not dict or not first:
        return cypher, params
    keys = list(first)
    if not all(isinstance(k, str) and _FIELD.fullmatch(k) for k in keys):
        return cypher, params
    shape = first.keys()
    if not all(type(r) is dict and r.keys() == shape for r in rows):
        return cypher, params
    columns: dict[str, list[Any]] = {}
    fields = []
    for k in keys:
        column = [r[k] for r in rows]
        if _typed(column):
            columns[f"c_{k}"] = column
            fields.append(f"{k}: $c_{k}[_i]")
        elif k in LIST_PROPS and all(v == [] for v in column):
            fields.append(f"{k}: CAST([] AS {LIST_PROPS[k]})")
        else:
            return cypher, params
    if not columns or any(f"$c_{k}" in cypher for k in keys):
        return cypher, params
    size = next(iter(columns))
    struct = ", ".join(fields)
    head = f"UNWIND range(1, size(${size})) AS _i WITH {{{struct}}} AS {m.group(1)} "
    return head + cypher[m.end():], columns
