"""The embedded store: LadybugDB (the maintained fork of Kùzu), in-process and persistent.

A node table per node type and a rel table per edge type (from every node type to every node
type), so that ``MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative)`` reads as on Neo4j.
The database lives in a directory (default ``./conceptkg.db``) as the file ``graph.lbdb``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ...errors import DiskFullError, QueryError, ReadOnlyViolation, StoreError, StoreLockedError
from ..durability import (
    ample_room,
    check_space,
    is_disk_full,
    is_engine_fault,
    open_database,
    payload_bytes,
)
from ..models import CORE_EDGE_TYPES, Document, NodeType
from .base import GraphStore, QueryResult
from .columns import as_columns
from .dialect import LADYBUG, embedded_hint, return_items
from .folder import check_database_folder
from .reader_lock import ReaderLock, writer_closed, writer_opened
from .readonly import assert_read_only

__all__ = ["BATCH_LOG_LIMIT", "BUILD_BUFFER_POOL_MB", "DB_FILENAME", "DEFAULT_BUFFER_POOL_MB",
           "EmbeddedStore"]

log = logging.getLogger(__name__)

DB_FILENAME = "graph.lbdb"
#: within a batch of writes (:meth:`EmbeddedStore.batch_writes`) the log goes into the main file
#: once, at the end, unless it grows past this: a checkpoint costs much the same whatever the log
#: holds (a build of a hundred news days checkpoints 15 MB), but the log must stay bounded
BATCH_LOG_LIMIT = 128 * 1024 * 1024


def _build_buffer_pool_mb() -> int:
    """A quarter of the machine's memory, at most 1 GiB (but at least 256 MiB)."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not POSIX
        return 0
    return max(256, min(1024, total // 4))


#: the database's page cache in MiB; 0 lets LadybugDB choose (a share of the machine's memory,
#: which large path queries may need). Set CONCEPTKG_BUFFER_POOL_MB to bound it.
DEFAULT_BUFFER_POOL_MB = int(os.environ.get("CONCEPTKG_BUFFER_POOL_MB", "0") or 0)
#: the page cache of a build: bounded (a quarter of memory, at most 1 GiB), so that a build of
#: a large corpus stays within its memory; CONCEPTKG_BUFFER_POOL_MB sets it too.
BUILD_BUFFER_POOL_MB = int(os.environ.get("CONCEPTKG_BUFFER_POOL_MB", "")
                           or _build_buffer_pool_mb())


def _import_ladybug() -> Any:
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise StoreError("the embedded store needs the 'ladybug' package") from exc
    return ladybug


class EmbeddedStore(GraphStore):
    dialect = LADYBUG
    creates_new = True  # one writer; a write is one transaction

    def __init__(self, path: str | Path = "conceptkg.db", *, read_only: bool = False,
                 create: bool = True, buffer_pool_mb: int = DEFAULT_BUFFER_POOL_MB) -> None:
        lb = _import_ladybug()
        self.path = Path(path)
        check_database_folder(self.path, DB_FILENAME)
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no such database (run 'conceptkg build' first)")
            try:
                self.path.mkdir(parents=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot create database: {exc.strerror}") from exc
        dbfile = self.path / DB_FILENAME
        if (read_only or not create) and not dbfile.exists():
            raise StoreError(f"{self.path}: no such database (run 'conceptkg build' first)")
        self._reader = ReaderLock(dbfile, self.path) if read_only else None
        self._writer_file = None if read_only else dbfile
        try:
            self._db, recovered = open_database(lb, dbfile, read_only=read_only,
                                                buffer_pool_size=buffer_pool_mb * 1024 * 1024)
            self._conn = lb.Connection(self._db)
        except RuntimeError as exc:
            self._release_locks()
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreLockedError(
                    f"{self.path}: the database is in use by another process; "
                    "wait for it to finish or use another --db"
                ) from exc
            raise StoreError(f"{self.path}: cannot open database: {msg.splitlines()[0]}") from exc
        except (ValueError, AssertionError, LookupError, SystemError, MemoryError) as exc:
            self._release_locks()
            raise self._fault(exc) from exc
        except BaseException:
            self._release_locks()
            raise
        if self._writer_file is not None:
            writer_opened(self._writer_file)
        elif self._reader is not None:
            try:
                self._reader.hold()  # (completing an interrupted checkpoint may drop it)
            except StoreLockedError:
                self.close()
                raise
        self.read_only = read_only
        self._batching = self._unsaved = False
        self._rel_tables: set[str] | None = None
        self._node_tables: set[str] | None = None
        self._migrated = False
        if not read_only:
            if recovered:  # the recovered state goes into the main file; the log starts anew
                self._exec("CHECKPOINT")
            self.ensure_schema()

    def _release_locks(self, opened: bool = False) -> None:
        """Let go of the reader's shared lock; ``opened``: also record that the writer
        this store opened is closed."""
        reader, self._reader = getattr(self, "_reader", None), None
        if reader is not None:
            reader.release()
        writer, self._writer_file = getattr(self, "_writer_file", None), None
        if writer is not None and opened:
            writer_closed(writer)

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
        d = self.dialect
        statements = [d.node_table(lab) for lab in [*(t.value for t in NodeType), "Document"]
                      if lab not in nodes]
        statements += [d.rel_table(rel) for rel in wanted if rel not in rels]
        for statement in statements:
            self._exec(statement)
        if statements:
            self._node_tables = self._rel_tables = None
        if not self._migrated:
            self._add_new_columns(nodes, rels)

    def _add_new_columns(self, nodes: set[str], rels: set[str]) -> None:
        """Properties added to the schema since a database was made become columns of it."""
        self._migrated = True
        d = self.dialect
        tables = [(t, False) for t in sorted(nodes & {*(t.value for t in NodeType), "Document"})]
        tables += [(r, True) for r in sorted(rels)]
        for table, rel in tables:
            have = {r[0] for r in self._exec(d.table_columns(table, rel)).rows}
            for prop in d.table_kind(table, rel).props:
                if prop.name not in have:
                    self._exec(d.add_column(table, prop, rel))

    # -- primitives -----------------------------------------------------------------------------
    def _exec(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        if getattr(self, "_conn", None) is None:
            raise StoreError(f"{self.path}: the store is closed (open it again: "
                             "EmbeddedStore(path), or use it inside its 'with' block)")
        try:
            res = self._conn.execute(cypher, params or {})
            if isinstance(res, list):  # several statements: keep the last result
                res = res[-1]
            columns = res.get_column_names()
            rows = []
            while res.has_next():
                rows.append(res.get_next())
        except RuntimeError as exc:
            if is_disk_full(exc):
                raise DiskFullError(f"{self.path}: disk full ({_first_line(str(exc))}); free "
                                    "some space and run the command again") from exc
            if is_engine_fault(exc):
                raise self._fault(exc) from exc
            raise QueryError(_first_line(str(exc))) from exc
        except (ValueError, AssertionError, LookupError, SystemError, MemoryError) as exc:
            raise self._fault(exc) from exc  # damaged pages decode to garbage
        return QueryResult([_clean_column(c) for c in columns], rows)

    def _fault(self, exc: BaseException) -> StoreError:
        return StoreError(f"{self.path}: the database engine failed ({type(exc).__name__}: "
                          f"{_first_line(str(exc))}); the database may be damaged: run "
                          f"'conceptkg check --db {self.path}' (see README, Recovery)")

    def _run_read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._exec(cypher, params)

    def _run_write_batches(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
        if self.read_only:
            raise ReadOnlyViolation(f"{self.path}: the database was opened read-only")
        if not statements:
            return
        self._exec("BEGIN TRANSACTION")
        try:
            measure = not ample_room(self.path)
            payload = 0
            for cy, params in statements:
                if measure:
                    payload += payload_bytes(params)
                self._exec(*as_columns(cy, params))
            if measure:
                # the engine writes its log at commit; a log left from earlier writes of a
                # batch goes into the main file too
                check_space(self.path, payload + self._log_size())
        except BaseException:
            try:
                self._exec("ROLLBACK")
            except QueryError:  # the failed statement has already ended the transaction
                pass
            raise
        self._exec("COMMIT")
        if self._batching and not measure and self._log_size() <= BATCH_LOG_LIMIT:
            self._unsaved = True  # checkpointed once, when the batch of writes ends
        elif self._batching:
            # a large log, or a disk that could be short of room for a late checkpoint: into
            # the main file now, while the check above still holds
            self._exec("CHECKPOINT")
            self._unsaved = False
        else:
            # into the main file: the log never holds more than the write in progress
            self._exec("CHECKPOINT")

    @contextmanager
    def batch_writes(self) -> Iterator[None]:
        """Within the block, committed writes stay in the log and go into the main file once,
        at the end (a build writes chunk after chunk), unless the log grows past
        :data:`BATCH_LOG_LIMIT` or the disk could be short of room for it (then after each
        write, as outside a batch). After a crash the log is replayed: each
        committed chunk is kept, and a chunk lost with a torn log is rebuilt by the next build
        (documents are written last, so a document in the store has all its nodes and edges)."""
        if self._batching or self.read_only:
            yield
            return
        self._exec("CALL auto_checkpoint=false")  # (see BATCH_LOG_LIMIT)
        self._batching, self._unsaved = True, False
        try:
            yield
        finally:
            self._batching = False
            try:
                if self._unsaved and self._conn is not None:
                    self._unsaved = False
                    self._exec("CHECKPOINT")
            finally:
                if self._conn is not None:
                    self._exec("CALL auto_checkpoint=true")

    def _log_size(self) -> int:
        try:
            return (self.path / (DB_FILENAME + ".wal")).stat().st_size
        except OSError:
            return 0

    def query(self, cypher: str, params: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        cypher, renames = self.dialect.prepare(cypher, params)
        if write:
            res = _renamed(self._exec(cypher, params), renames, cypher)
            self._node_tables = self._rel_tables = None
            return res
        assert_read_only(cypher)
        self._exec("BEGIN TRANSACTION READ ONLY")
        try:
            return _renamed(self._exec(cypher, params), renames, cypher)
        except QueryError as exc:
            if "read-only" in str(exc):
                raise ReadOnlyViolation(
                    "this query writes; pass write=True to allow changes") from exc
            hint = embedded_hint(cypher)
            if hint:
                raise QueryError(f"{exc} (hint: {hint})") from exc
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
            self._release_locks(opened=True)


_LABEL_COL = re.compile(r"^LABEL\((\w+)\._ID.*\)$", re.S)


def _clean_column(name: str) -> str:
    """LadybugDB names a ``label(r)`` column after its internal expansion; show ``label(r)``."""
    m = _LABEL_COL.match(name)
    return f"label({m.group(1)})" if m else name


#: a column the engine named after its own expansion of the expression (``COUNT(n._ID)``,
#: ``COUNT_STAR()``, ``label(r)`` for ``LABEL(r._ID, …)``)
_EXPANDED = re.compile(r"\._ID\b|^COUNT_STAR\(\)$|^label\(\w+\)$")


def _renamed(res: QueryResult, renames: dict[str, str], cypher: str = "") -> QueryResult:
    """``res`` with its columns named as the user's query spelled them (``count(n)`` rather
    than the engine's ``COUNT(n._ID)``, ``type(r)``), as Neo4j names them."""
    items = return_items(cypher) if cypher else None
    if items is not None and len(items) == len(res.columns):
        res.columns = [it if it is not None and (_EXPANDED.search(c) or c.lower() == it.lower())
                       else c
                       for c, it in zip(res.columns, items, strict=True)]
    if renames:
        res.columns = [renames.get(c, c) for c in res.columns]
    return res


def _first_line(msg: str) -> str:
    return msg.strip().splitlines()[0] if msg.strip() else "query failed"
