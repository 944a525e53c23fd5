"""Refusing write clauses in user Cypher before it reaches a store.

Literals and comments are blanked out first, so a name such as ``'x' CREATE`` inside a string
does not count as a clause. The stores add a second guard (read transactions).
"""

from __future__ import annotations

import re

from ..errors import ReadOnlyViolation

__all__ = ["WRITE_CLAUSES", "is_read_only", "assert_read_only"]

WRITE_CLAUSES = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY",
    "LOAD", "INSTALL", "IMPORT", "EXPORT", "ATTACH", "DETACH", "USE", "FOREACH",
)
_STRINGS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`", re.S)
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_CLAUSE = re.compile(r"\b(" + "|".join(sorted(set(WRITE_CLAUSES))) + r")\b", re.I)
_CALL = re.compile(r"\bCALL\s+(?!show_tables|table_info|db\.labels|db\.relationshipTypes"
                   r"|db\.propertyKeys|db\.schema)", re.I)


def _strip(cypher: str) -> str:
    return _COMMENTS.sub(" ", _STRINGS.sub("''", cypher))


def is_read_only(cypher: str) -> bool:
    text = _strip(cypher)
    return not (_CLAUSE.search(text) or _CALL.search(text))


def assert_read_only(cypher: str) -> None:
    text = _strip(cypher)
    m = _CLAUSE.search(text) or _CALL.search(text)
    if m:
        word = m.group(0).split()[0].upper()
        raise ReadOnlyViolation(f"refused: the query contains {word}, which can change data; "
                                "pass --write to allow it")
