"""User Cypher across the two stores: the Neo4j spellings the embedded store lacks, and
parameters that a query names but nobody passed.

LadybugDB (Kùzu) writes ``label(r)`` where Neo4j writes ``type(r)``; :func:`to_embedded`
rewrites the one into the other (outside strings and comments) and reports which result columns
to name back, so ``RETURN type(r)`` answers with a ``type(r)`` column on both stores.
:func:`missing_parameters` finds ``$name`` placeholders without a value: Neo4j refuses them, the
embedded store would silently match nothing, so the stores refuse them first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import QueryError

__all__ = ["assert_parameters_bound", "missing_parameters", "to_embedded"]

#: string literals, quoted identifiers and comments: left exactly as they are
_OPAQUE = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_TYPE_CALL = re.compile(r"(?<![\w.$])type(\s*)\(\s*([A-Za-z_]\w*)\s*\)", re.I)
_PARAM = re.compile(r"\$(\w+)")


def _code_parts(cypher: str) -> list[tuple[bool, str]]:
    """``cypher`` split into (is_code, text) pieces; strings and comments are not code."""
    parts, pos = [], 0
    for m in _OPAQUE.finditer(cypher):
        parts.append((True, cypher[pos:m.start()]))
        parts.append((False, m.group(0)))
        pos = m.end()
    parts.append((True, cypher[pos:]))
    return parts


def to_embedded(cypher: str) -> tuple[str, dict[str, str]]:
    """``cypher`` with ``type(x)`` calls written as ``label(x)``, and the column renames
    (``label(x)`` → ``type(x)``) that give the result the names the query asked for."""
    renames: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        renames[f"label({m.group(2)})"] = f"type({m.group(2)})"
        return f"label{m.group(1)}({m.group(2)})"

    out = "".join(_TYPE_CALL.sub(sub, text) if code else text
                  for code, text in _code_parts(cypher))
    return out, renames


def missing_parameters(cypher: str, given: Iterable[str]) -> list[str]:
    """Names of the ``$parameters`` in ``cypher`` (outside strings and comments) not in
    ``given``, in order of first use."""
    have, missing = set(given), []
    for code, text in _code_parts(cypher):
        if not code:
            continue
        for m in _PARAM.finditer(text):
            name = m.group(1)
            if name not in have and name not in missing:
                missing.append(name)
    return missing


def assert_parameters_bound(cypher: str, params: dict[str, object] | None) -> None:
    """A one-line :class:`QueryError` when the query uses a parameter that has no value."""
    missing = missing_parameters(cypher, params or {})
    if missing:
        names = ", ".join(f"${m}" for m in missing)
        hint = " ".join(f"--param {m}=VALUE" for m in missing)
        raise QueryError(f"no value for {names}; pass {hint}")
