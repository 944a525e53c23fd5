"""The two Cypher dialects the stores speak, and user Cypher across them.

A :class:`Dialect` holds what differs between LadybugDB (the Kùzu fork of the embedded store) and
Neo4j in the Cypher conceptkg writes itself: the type of a relationship (``label(r)`` vs
``type(r)``), the label of a node (``label(n)`` vs the first known label of ``labels(n)``),
leaving out Document nodes, the schema (tables and columns vs uniqueness constraints), and how
user Cypher is prepared. Its ``name`` keys the dialect's variant of each named query
(:mod:`conceptkg.queries.named`, where path patterns differ too).

User Cypher: LadybugDB writes ``label(r)`` where Neo4j writes ``type(r)``; :func:`to_embedded`
rewrites the one into the other (outside strings and comments) and reports which result columns
to name back, so ``RETURN type(r)`` answers with a ``type(r)`` column on both stores.
:func:`missing_parameters` finds ``$name`` placeholders without a value: Neo4j refuses them, the
embedded store would silently match nothing, so the stores refuse them first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...errors import QueryError
from ..models import NodeType
from .neo4j_lease import LEASE_LABEL
from .schema import DOCUMENT, EDGE, NODE, Kind, Prop, checked_label, checked_rel_type

__all__ = ["LADYBUG", "NEO4J", "Dialect", "LadybugDialect", "Neo4jDialect",
           "assert_parameters_bound", "embedded_hint", "missing_parameters", "return_items",
           "to_embedded"]

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


_RETURN = re.compile(r"\bRETURN\b", re.I)
_RETURN_END = re.compile(r"\b(?:ORDER\s+BY|SKIP|LIMIT|UNION)\b|;", re.I)
_ALIASED = re.compile(r"\sAS\s+(?:\w+|`[^`]*`)\s*$", re.I)
_OPEN, _CLOSE = "([{", ")]}"


def _depths(text: str) -> list[int]:
    """The bracket depth at each character of ``text``."""
    depth, out = 0, []
    for ch in text:
        if ch in _CLOSE:
            depth = max(depth - 1, 0)
        out.append(depth)
        if ch in _OPEN:
            depth += 1
    return out


def return_items(cypher: str) -> list[str | None] | None:
    """The items of the query's last ``RETURN`` as written (``count(n)``), None for an item
    with ``AS``; None when there is no such clause or it returns ``*``. Strings and comments
    are masked while the clause is found, so that a ``RETURN`` inside them is not one."""
    masked = "".join(t if code else "_" * len(t) for code, t in _code_parts(cypher))
    depth = _depths(masked)
    starts = [m.end() for m in _RETURN.finditer(masked) if depth[m.start()] == 0]
    if not starts:
        return None
    start = starts[-1]
    end = next((m.start() for m in _RETURN_END.finditer(masked, start)
                if depth[m.start()] == 0), len(masked))
    body = masked[start:end]
    lead = re.match(r"\s*(?:DISTINCT\b)?", body, re.I)
    pos = start + (lead.end() if lead else 0)
    items, cut = [], pos
    for i in range(pos, end + 1):
        if i == end or (masked[i] == "," and depth[i] == 0):
            items.append(cypher[cut:i].strip())
            cut = i + 1
    if not items or "*" in items:
        return None
    return [None if _ALIASED.search(it) else it for it in items]


#: Neo4j spellings LadybugDB does not parse, and what to write there instead
_HINTS = (
    (re.compile(r"\bCOUNT\s*\{(?!\s*MATCH\b)", re.I),
     "write a count subquery as COUNT { MATCH (n)-->() } on the embedded store"),
    (re.compile(r"\b(?:WHERE|AND|OR|NOT)\s+[A-Za-z_]\w*\s*:\s*[A-Za-z_]", re.I),
     "test a label with label(n) = 'Concept' on the embedded store (n:Concept only in "
     "patterns)"),
)


def embedded_hint(cypher: str) -> str:
    """What to write instead, when user Cypher that LadybugDB refused holds a Neo4j spelling
    it does not know; "" otherwise. Strings and comments are not looked at."""
    code = " ".join(t for is_code, t in _code_parts(cypher) if is_code)
    return next((hint for pattern, hint in _HINTS if pattern.search(code)), "")


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


# -- the dialects ---------------------------------------------------------------------------------
class Dialect:
    """What the stores' own Cypher needs to know about the engine it runs on."""

    #: "kuzu" or "neo4j": the key of this dialect's variant in the named-query catalogue
    name: str = ""
    #: the expressions below, with ``{v}`` for the variable
    _REL_TYPE = _NODE_LABEL = _NOT_DOCUMENT = ""

    def rel_type(self, var: str) -> str:
        """The expression for the type of relationship ``var``."""
        return self._REL_TYPE.format(v=var)

    def node_label(self, var: str) -> str:
        """The expression for the node type (label) of node ``var``."""
        return self._NODE_LABEL.format(v=var)

    def not_document(self, var: str) -> str:
        """The condition that node ``var`` is not a Document."""
        return self._NOT_DOCUMENT.format(v=var)

    def prepare(self, cypher: str, params: dict[str, object] | None
                ) -> tuple[str, dict[str, str]]:
        """User Cypher as the engine runs it, and the result columns to name back; refuses an
        empty query and parameters without a value (one-line :class:`QueryError`)."""
        if not cypher.strip():
            raise QueryError("empty query")
        assert_parameters_bound(cypher, params)
        return cypher, {}

    def __repr__(self) -> str:
        return f"<{self.name} dialect>"


class LadybugDialect(Dialect):
    """The embedded store: a node table per label, a rel table per relationship type."""

    name = "kuzu"
    _REL_TYPE = _NODE_LABEL = "label({v})"
    _NOT_DOCUMENT = "label({v}) <> 'Document'"

    def prepare(self, cypher: str, params: dict[str, object] | None
                ) -> tuple[str, dict[str, str]]:
        cypher, _ = super().prepare(cypher, params)
        return to_embedded(cypher)

    @staticmethod
    def _column(p: Prop) -> str:
        return f"{p.name} {p.type.ladybug}" + (" PRIMARY KEY" if p.name == "id" else "")

    def node_table(self, label: str) -> str:
        """The table of a node label, or of Documents (``label`` "Document")."""
        kind = DOCUMENT if label == "Document" else NODE
        columns = ", ".join(self._column(p) for p in kind.props)
        return f"CREATE NODE TABLE IF NOT EXISTS {checked_label(label)}({columns})"

    def rel_table(self, rel: str) -> str:
        """The table of a relationship type, from every node type to every node type."""
        pairs = ", ".join(f"FROM {a.value} TO {b.value}" for a in NodeType for b in NodeType)
        columns = ", ".join(self._column(p) for p in EDGE.props)
        return f"CREATE REL TABLE IF NOT EXISTS {checked_rel_type(rel)}({pairs}, {columns})"

    @staticmethod
    def table_kind(table: str, rel: bool) -> Kind:
        return EDGE if rel else DOCUMENT if table == "Document" else NODE

    def table_columns(self, table: str, rel: bool = False) -> str:
        """The names of a table's columns (``RETURN name``)."""
        name = checked_rel_type(table) if rel else checked_label(table)
        return f"CALL table_info('{name}') RETURN name"

    def add_column(self, table: str, prop: Prop, rel: bool = False) -> str:
        """A column added to a table made before its property existed (``prop`` is one of the
        schema's, see :meth:`table_kind`)."""
        name = checked_rel_type(table) if rel else checked_label(table)
        return f"ALTER TABLE {name} ADD IF NOT EXISTS {prop.name} {prop.type.ladybug}"


_KNOWN = ", ".join(f"'{t.value}'" for t in NodeType)


class Neo4jDialect(Dialect):
    """The server store: labels and relationship types need no schema; ids are unique."""

    name = "neo4j"
    _REL_TYPE = "type({v})"
    #: the first label that is a node type (a node may carry labels of its own)
    _NODE_LABEL = "head([l IN labels({v}) WHERE l IN [" + _KNOWN + "]])"
    _NOT_DOCUMENT = "NOT {v}:Document"
    LABELS = "CALL db.labels() YIELD label RETURN label"
    REL_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"
    SHOW_CONSTRAINTS = ("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
                        "RETURN name, type, labelsOrTypes, properties ORDER BY name")
    PING = "RETURN 1 AS ok"

    def constraint(self, label: str) -> str:
        """The uniqueness constraint on ``id`` of a node label (Documents and the write
        lease's node included)."""
        label = _constrained(label)
        return (f"CREATE CONSTRAINT {self.constraint_name(label)} IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")

    @staticmethod
    def constraint_name(label: str) -> str:
        return f"conceptkg_{_constrained(label).lower()}_id"

    def constraints(self) -> list[str]:
        return [statement for _, statement in self.named_constraints()]

    def named_constraints(self) -> list[tuple[str, str]]:
        """(name, CREATE statement) of every constraint the store needs."""
        labels = [*(t.value for t in NodeType), "Document", LEASE_LABEL]
        return [(self.constraint_name(lab), self.constraint(lab)) for lab in labels]


def _constrained(label: str) -> str:
    return label if label == LEASE_LABEL else checked_label(label)


LADYBUG = LadybugDialect()
NEO4J = Neo4jDialect()
