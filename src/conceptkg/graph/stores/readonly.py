"""Refusing user Cypher that could change data or reach outside the database, before it runs.

The query is first split into tokens in one left-to-right pass, the way the engines read it:
comments (``//`` and ``/* */``), string literals (with backslash escapes) and back-quoted names
are recognised wherever they start, so a quote inside a comment or a comment marker inside a
string cannot hide a clause. The decision is then made on the keywords that remain:

* clauses that write or touch files, the network or extensions are refused (``CREATE``, ``SET``,
  ``COPY``, ``LOAD CSV``/``LOAD FROM``, ``ATTACH``, ``INSTALL`` …), and so are admin commands
  (``SHOW USERS``, ``GRANT`` …) and transaction control;
* ``CALL`` and namespaced functions (``a.b(...)``) must name an allow-listed read procedure;
  anything in ``dbms.*`` is refused;
* one statement only.

The stores add a second guard where the engine has one (read transactions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...errors import QueryError, ReadOnlyViolation

__all__ = ["READ_PROCEDURES", "REFUSED_KEYWORDS", "WRITE_CLAUSES", "Token", "assert_read_only",
           "is_read_only", "tokenize"]

WRITE_CLAUSES = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY",
    "LOAD", "INSTALL", "IMPORT", "EXPORT", "ATTACH", "USE", "FOREACH",
)
#: admin commands, transaction control and engine settings: never in a read-only query
ADMIN_KEYWORDS = (
    "SHOW", "GRANT", "DENY", "REVOKE", "TERMINATE", "START", "STOP", "ENABLE", "RENAME",
    "BEGIN", "COMMIT", "ROLLBACK", "CHECKPOINT", "UNINSTALL", "UPDATE", "PROFILE",
)
REFUSED_KEYWORDS = frozenset(WRITE_CLAUSES + ADMIN_KEYWORDS)
#: procedures a read-only query may CALL (lower case; both dialects)
READ_PROCEDURES = frozenset({
    "show_tables", "table_info", "db.labels", "db.relationshiptypes", "db.propertykeys",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
})
_SCHEMA_SHOWS = frozenset({"CONSTRAINT", "CONSTRAINTS", "INDEX", "INDEXES"})
#: namespaces refused wherever they appear (server administration)
_REFUSED_NAMESPACES = frozenset({"dbms"})

_WORD = re.compile(r"[^\W\d]\w*|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", re.U)
_SPACE = re.compile(r"\s+", re.U)


@dataclass(frozen=True)
class Token:
    kind: str  # "word" | "name" (back-quoted) | "number" | "string" | "param" | "punct"
    text: str


def _end_of_string(cypher: str, i: int) -> int:
    quote, n = cypher[i], len(cypher)
    j = i + 1
    while j < n:
        ch = cypher[j]
        if ch == "\\":
            j += 2
            continue
        if ch == quote:
            return j + 1
        j += 1
    raise QueryError("unterminated string in the query")


def tokenize(cypher: str) -> list[Token]:
    """The tokens of ``cypher``, comments left out; raises :class:`QueryError` on a string,
    name or comment that is never closed."""
    out: list[Token] = []
    i, n = 0, len(cypher)
    while i < n:
        ch = cypher[i]
        m = _SPACE.match(cypher, i)
        if m:
            i = m.end()
        elif cypher.startswith("//", i):
            nl = cypher.find("\n", i)
            i = n if nl < 0 else nl + 1
        elif cypher.startswith("/*", i):
            end = cypher.find("*/", i + 2)
            if end < 0:
                raise QueryError("unterminated comment in the query")
            i = end + 2
        elif ch in "'\"":
            j = _end_of_string(cypher, i)
            out.append(Token("string", cypher[i:j]))
            i = j
        elif ch == "`":
            j = i + 1
            while True:
                j = cypher.find("`", j)
                if j < 0:
                    raise QueryError("unterminated `name` in the query")
                if cypher.startswith("``", j):
                    j += 2
                    continue
                break
            out.append(Token("name", cypher[i + 1:j].replace("``", "`")))
            i = j + 1
        elif ch == "$":
            m = _WORD.match(cypher, i + 1)
            j = m.end() if m else i + 1
            out.append(Token("param", cypher[i:j]))
            i = j
        else:
            m = _WORD.match(cypher, i)
            if m:
                out.append(Token("number" if m.group(0)[0].isdigit() else "word", m.group(0)))
                i = m.end()
            else:
                out.append(Token("punct", ch))
                i += 1
    return out


def _is_name(tok: Token) -> bool:
    return tok.kind in ("word", "name")


def _dotted(tokens: list[Token], i: int) -> tuple[str, int]:
    """The dotted name starting at ``tokens[i]`` (``a.b.c``) and the index after it."""
    parts = [tokens[i].text]
    j = i + 1
    while j + 1 < len(tokens) and tokens[j].text == "." and _is_name(tokens[j + 1]):
        parts.append(tokens[j + 1].text)
        j += 2
    return ".".join(parts), j


def _shows_schema(tokens: list[Token], i: int) -> bool:
    """``SHOW [kind] CONSTRAINTS|INDEXES``: schema introspection, a plain read."""
    words = []
    for tok in tokens[i + 1:]:
        if tok.kind != "word" or tok.text.upper() in ("YIELD", "WHERE", "RETURN"):
            break
        words.append(tok.text.upper())
    return bool(words) and words[-1] in _SCHEMA_SHOWS and len(words) <= 3


def _refusal(cypher: str) -> str | None:
    """Why ``cypher`` is not a read-only query, or None."""
    tokens = tokenize(cypher)
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1].text if i else ""
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if tok.kind == "punct" and tok.text == ";" and any(
                t.text != ";" for t in tokens[i + 1:]):
            return "more than one statement"
        if tok.kind != "word":
            continue
        word = tok.text.upper()
        # a property (n.set), a label (:Load) or a map key ({load: 1}) is not a clause
        owner = tokens[i - 2] if i > 1 else None
        is_property = prev == "." and owner is not None and (
            _is_name(owner) or owner.kind == "param" or owner.text in ")]}")
        is_clause = not is_property and prev != ":" and nxt != ":"
        if word == "SHOW" and is_clause and _shows_schema(tokens, i):
            continue
        if word in REFUSED_KEYWORDS and is_clause:
            return f"{word} {nxt}".strip() if word == "SHOW" else word
        if word == "CALL" and is_clause:
            if nxt == "{" or nxt == "(":  # a subquery: its clauses are checked like the rest
                continue
            if i + 1 >= len(tokens) or not _is_name(tokens[i + 1]):
                return "CALL"
            name, _ = _dotted(tokens, i + 1)
            if name.lower() not in READ_PROCEDURES:
                return f"CALL {name}"
    for i, tok in enumerate(tokens):  # namespaced functions: a.b(...), dbms.* anywhere
        if not _is_name(tok) or (i and tokens[i - 1].text == "."):
            continue
        name, j = _dotted(tokens, i)
        low = name.lower()
        if low.split(".")[0] in _REFUSED_NAMESPACES and "." in name:
            return name
        if "." in name and j < len(tokens) and tokens[j].text == "(" and (
                low not in READ_PROCEDURES):
            prev = tokens[i - 1].text.upper() if i else ""
            if prev != "CALL":
                return name
    return None


def is_read_only(cypher: str) -> bool:
    try:
        return _refusal(cypher) is None
    except QueryError:
        return False


def assert_read_only(cypher: str) -> None:
    """Raise :class:`ReadOnlyViolation` unless ``cypher`` is a read-only query."""
    why = _refusal(cypher)
    if why is not None:
        raise ReadOnlyViolation(f"refused: the query contains {why}, which can change data or "
                                "reach outside the database; pass write=True to allow it")
