"""The embedded store: LadybugDB (the maintained fork of Kùzu), in-process and persistent.

A node table per node type and a rel table per edge type (from every node type to every node
type), so that ``MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative)`` reads as on Neo4j.
The database lives in a directory (default ``./conceptkg.db``) as the file ``graph.lbdb``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import QueryError, ReadOnlyViolation, StoreError, StoreLockedError
from ..queries import cypher as q
from ..queries.dialect import assert_parameters_bound, to_embedded
from ..queries.readonly import assert_read_only
from .models import CORE_EDGE_TYPES, Document, NodeType
from .store import GraphStore, QueryResult

__all__ = ["DB_FILENAME", "DEFAULT_BUFFER_POOL_MB", "EmbeddedStore"]

log = logging.getLogger(__name__)

DB_FILENAME = "graph.lbdb"
#: the database's page cache in MiB; 0 lets LadybugDB choose (a share of the machine's memory).
#: Set CONCEPTKG_BUFFER_POOL_MB to bound it; too small a cache fails large path queries.
DEFAULT_BUFFER_POOL_MB = int(os.environ.get("CONCEPTKG_BUFFER_POOL_MB", "0") or 0)


def _import_ladybug() -> Any:
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise StoreError("the embedded store needs the 'ladybug' package") from exc
    return ladybug


class EmbeddedStore(GraphStore):
    dialect = "kuzu"

    def __init__(self, path: str | Path = "conceptkg.db", *, read_only: bool = False,
                 create: bool = True, buffer_pool_mb: int = DEFAULT_BUFFER_POOL_MB) -> None:
        lb = _import_ladybug()
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a conceptkg database directory")
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no such database (run 'conceptkg build' first)")
            try:
                self.path.mkdir(parents=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot create database: {exc.strerror}") from exc
        dbfile = self.path / DB_FILENAME
        if read_only and not dbfile.exists():
            raise StoreError(f"{self.path}: no such database (run 'conceptkg build' first)")
        try:
            self._db = lb.Database(str(dbfile), read_only=read_only,
                                   buffer_pool_size=buffer_pool_mb * 1024 * 1024)
            self._conn = lb.Connection(self._db)
        except RuntimeError as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreLockedError(
                    f"{self.path}: the database is in use by another process; "
                    "wait for it to finish or use another --db"
                ) from exc
            raise StoreError(f"{self.path}: cannot open database: {msg.splitlines()[0]}") from exc
        self.read_only = read_only
        self._rel_tables: set[str] | None = None
        self._node_tables: set[str] | None = None
        self._migrated = False
        if not read_only:
            self.ensure_schema()

    # -- schema ---------------------------------------------------------------------------------
    def _tables(self) -> tuple[set[str], set[str]]:
        if self._node_tables is None or self._rel_tables is None:
            res = self._exec("CALL show_tables() RETURN name, type")
            self._node_tables = {n for n, t in res.rows if t == "NODE"}
            self._rel_tables = {n for n, t in res.rows if t == "REL"}
        return self._node_tables, self._rel_tables

    def document_ids(self) -> set[str]:
        if "Document" not in self._tables()[0]:
            return set()
        return super().document_ids()

    def documents(self) -> list[Document]:
        if "Document" not in self._tables()[0]:
            return []
        return super().documents()

    def stats(self) -> dict[str, Any]:
        if "Document" not in self._tables()[0]:
            return {"nodes": {}, "edges": {}, "documents": 0, "dates": {}}
        return super().stats()

    def _node_labels_present(self) -> set[str]:
        return self._tables()[0] & {t.value for t in NodeType}

    def _edge_types_present(self) -> list[str]:
        return sorted(self._tables()[1])

    def ensure_schema(self, edge_types: Iterable[str] = ()) -> None:
        if self.read_only:
            return
        nodes, rels = self._tables()
        wanted = sorted({*(t.value for t in CORE_EDGE_TYPES), *edge_types})
        statements = []
        for t in NodeType:
            if t.value not in nodes:
                statements.append(q.KUZU_NODE_TABLE.format(label=q.label(t.value)))
        if "Document" not in nodes:
            statements.append(q.KUZU_DOCUMENT_TABLE)
        pairs = ", ".join(f"FROM {a.value} TO {b.value}" for a in NodeType for b in NodeType)
        for rel in wanted:
            if rel not in rels:
                statements.append(q.KUZU_REL_TABLE.format(rel=q.rel_type(rel), pairs=pairs))
        for st in statements:
            self._exec(st)
        if statements:
            self._node_tables = self._rel_tables = None
        if not self._migrated:
            self._add_new_columns(nodes, rels)

    def _add_new_columns(self, nodes: set[str], rels: set[str]) -> None:
        """Columns added since a database was made (see ``KUZU_COLUMNS``) are added to it."""
        self._migrated = True
        kinds = [(t, "node") for t in sorted(nodes & {t.value for t in NodeType})]
        kinds += [("Document", "document")] if "Document" in nodes else []
        kinds += [(r, "rel") for r in sorted(rels)]
        for table, kind in kinds:
            name = q.label(table) if kind != "rel" else q.rel_type(table)
            have = {r[0] for r in self._exec(q.KUZU_TABLE_INFO.format(table=name)).rows}
            for column, typ in q.KUZU_COLUMNS[kind]:
                if column not in have:
                    self._exec(q.KUZU_ADD_COLUMN.format(table=name, column=column, type=typ))

    # -- primitives -----------------------------------------------------------------------------
    def _exec(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        try:
            res = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            raise QueryError(_first_line(str(exc))) from exc
        if isinstance(res, list):  # several statements: keep the last result
            res = res[-1]
        columns = res.get_column_names()
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return QueryResult([_clean_column(c) for c in columns], rows)

    def _run_read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._exec(cypher, params)

    def _run_write_batches(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
        if self.read_only:
            raise ReadOnlyViolation(f"{self.path}: the database was opened read-only")
        if not statements:
            return
        self._exec("BEGIN TRANSACTION")
        try:
            for cy, params in statements:
                self._exec(cy, params)
        except BaseException:
            self._exec("ROLLBACK")
            raise
        self._exec("COMMIT")

    def query(self, cypher: str, params: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        if not cypher.strip():
            raise QueryError("empty query")
        assert_parameters_bound(cypher, params)
        cypher, renames = to_embedded(cypher)
        if write:
            res = _renamed(self._exec(cypher, params), renames)
            self._node_tables = self._rel_tables = None
            return res
        assert_read_only(cypher)
        self._exec("BEGIN TRANSACTION READ ONLY")
        try:
            return _renamed(self._exec(cypher, params), renames)
        except QueryError as exc:
            if "read-only" in str(exc):
                raise ReadOnlyViolation(
                    "this query writes; pass --write to allow changes") from exc
            raise
        finally:
            try:
                self._exec("ROLLBACK")
            except QueryError:  # a failed statement has already ended the transaction
                pass

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        if conn is not None:
            conn.close()
            self._conn = None
        if db is not None:
            db.close()
            self._db = None


_LABEL_COL = re.compile(r"^LABEL\((\w+)\._ID.*\)$", re.S)


def _clean_column(name: str) -> str:
    """LadybugDB names a ``label(r)`` column after its internal expansion; show ``label(r)``."""
    m = _LABEL_COL.match(name)
    return f"label({m.group(1)})" if m else name


def _renamed(res: QueryResult, renames: dict[str, str]) -> QueryResult:
    """``res`` with its columns named as the user's query spelled them (``type(r)``)."""
    if renames:
        res.columns = [renames.get(c, c) for c in res.columns]
    return res


def _first_line(msg: str) -> str:
    return msg.strip().splitlines()[0] if msg.strip() else "query failed"
