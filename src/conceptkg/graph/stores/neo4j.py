"""The server store: a Neo4j 5 database reached through the official ``neo4j`` driver.

It holds the same labels, relationship types and properties as the embedded store (the
statements of :mod:`.statements` are shared), so the same Cypher reads the same answers on both.
Loading runs each batch (``UNWIND $rows ... MERGE`` on ``id``) in its own managed write
transaction, which the driver retries on transient errors; a load that stops halfway can simply
be run again and ends complete, with nothing duplicated. User Cypher runs in read transactions
unless ``write`` is asked for, so the server itself refuses writes.

Connection failures and refused credentials raise :class:`StoreConnectionError` with one line
that never contains the credentials.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from ...errors import QueryError, ReadOnlyViolation, StoreConnectionError, StoreError
from ..models import NodeType
from ..neo4j_values import plain
from ..watchdog import Stalled, call_with_timeout, timeout_from_env
from .base import GraphStore, Progress, QueryResult
from .dialect import NEO4J
from .neo4j_lease import WriterLease
from .neo4j_uri import check_path, check_port, display_uri, split_credentials
from .readonly import assert_read_only

__all__ = ["Neo4jStore", "CONNECTION_TIMEOUT_S", "display_uri"]

log = logging.getLogger(__name__)

#: seconds to wait for a TCP connection (and the Bolt handshake) before giving up
CONNECTION_TIMEOUT_S = 5.0
#: seconds the driver keeps retrying a transaction that failed transiently
MAX_RETRY_TIME_S = 15.0
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"


def _first_line(text: str, default: str = "failed") -> str:
    lines = [ln.strip() for ln in str(text).strip().splitlines() if ln.strip()]
    return lines[0] if lines else default


_RESOLVED = re.compile(r"Resolved(?:IPv[46])?Address\(\('([^']*)', (\d+)[^)]*\)\)")


def _unreachable(exc: BaseException) -> str:
    """Why the driver could not connect, in its last and most specific words (``Connection
    refused``), without its address tuples and error numbers."""
    text = str(exc).strip()
    found = re.search(r"\(reason (.+)\)\s*$", text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    reason = found.group(1) if found else lines[-1] if lines else "unavailable"
    reason = _RESOLVED.sub(r"\1:\2", reason)
    reason = re.sub(r"\s*\(resolved to [^)]*\)\)?", "", reason)
    reason = re.sub(r"\[Errno -?\d+\]\s*", "", reason)
    return reason.strip().rstrip(":").strip() or "unavailable"


def _import_driver() -> Any:
    try:
        import neo4j
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise StoreError("the Neo4j store needs the 'neo4j' package") from exc
    return neo4j


def _collect(tx: Any, cypher: str, params: dict[str, Any]) -> QueryResult:
    result = tx.run(cypher, params)
    columns = list(result.keys())
    rows = [[plain(v) for v in record.values()] for record in result]
    return QueryResult(columns, rows)


def _consume(tx: Any, cypher: str, params: dict[str, Any]) -> None:
    tx.run(cypher, params).consume()


def _consume_all(tx: Any, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
    for cypher, params in statements:
        tx.run(cypher, params).consume()


class Neo4jStore(GraphStore):
    """A graph store on a Neo4j 5 server (``bolt://`` or ``neo4j://`` URI)."""

    dialect = NEO4J
    #: rows per UNWIND batch: Neo4j handles large batches well (see bench_neo4j_load.py)
    batch_size = 10_000

    def __init__(self, uri: str, *, database: str | None = None,
                 auth: tuple[str, str] | None = None, read_only: bool = False,
                 timeout: float | None = None) -> None:
        neo4j = _import_driver()
        self._exc = neo4j.exceptions
        uri, uri_auth = split_credentials(uri.strip())
        scheme = urlsplit(uri).scheme
        if scheme not in _SCHEMES:
            raise StoreConnectionError(
                f"{uri}: not a Neo4j URI; use bolt://HOST:7687 or neo4j://HOST:7687")
        check_port(uri)
        check_path(uri)
        self.uri = uri
        self.database = database or None
        self.read_only = read_only
        #: seconds one server operation may take before the server counts as stalled
        self.timeout = timeout if timeout and timeout > 0 else timeout_from_env()
        self._stalled = False
        self._schema_ready = False
        self._driver: Any = None
        self._lease = WriterLease(self._lease_rows, self._where())
        try:
            # credentials written in the URI name this server's user: they win over the
            # environment's (which may be another server's), and these are not sent here
            self._connect(neo4j, uri, uri_auth or auth, quiet=True)
        except self._exc.ConfigurationError:
            # servers before 5.7 cannot filter notifications: connect without the filter
            try:
                self._connect(neo4j, uri, uri_auth or auth, quiet=False)
            except self._exc.ConfigurationError as exc:
                raise StoreConnectionError(f"{self._where()}: {_first_line(exc)}") from exc
        log.debug("connected to %s", self._where())

    def _connect(self, neo4j: Any, uri: str, auth: tuple[str, str] | None, *,
                 quiet: bool) -> None:
        """Open the driver and check the server, the credentials and the database at once."""
        config: dict[str, Any] = {
            "connection_timeout": CONNECTION_TIMEOUT_S,
            "connection_acquisition_timeout": 2 * CONNECTION_TIMEOUT_S,
            "max_transaction_retry_time": MAX_RETRY_TIME_S,
            "user_agent": "conceptkg",
        }
        if quiet:  # no "property key does not exist" warnings from the loader's reads
            config["notifications_min_severity"] = "OFF"
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth, **config)
        except ValueError as exc:
            raise StoreConnectionError(
                f"{self._where()}: invalid Neo4j URI: {_first_line(exc)}") from exc
        def check() -> None:
            self._driver.verify_connectivity()
            with self._session(write=False) as session:
                session.execute_read(_collect, NEO4J.PING, {})

        try:
            try:
                self._guarded(check)
            except self._exc.ConfigurationError:
                raise
            except (self._exc.Neo4jError, self._exc.DriverError) as exc:
                raise self._translate(exc) from exc
        except BaseException:
            self.close()
            raise

    @classmethod
    def from_env(cls, uri: str, database: str | None = None, *,
                 read_only: bool = False) -> Neo4jStore:
        """Open ``uri`` with NEO4J_USERNAME / NEO4J_PASSWORD (no auth when both are unset);
        ``database`` falls back to NEO4J_DATABASE, then to the server's default database."""
        user = os.environ.get("NEO4J_USERNAME")
        password = os.environ.get("NEO4J_PASSWORD")
        auth = None
        if user is not None or password is not None:
            auth = (user or "neo4j", password or "")
        database = database or os.environ.get("NEO4J_DATABASE") or None
        return cls(uri, database=database, auth=auth, read_only=read_only)

    def _where(self) -> str:
        return f"{self.uri} (database {self.database})" if self.database else self.uri

    # -- errors ---------------------------------------------------------------------------------
    def _translate(self, exc: Exception) -> Exception:
        """One ConceptKGError with a one-line message for a driver exception."""
        e, where = self._exc, self._where()
        if isinstance(exc, e.AuthError):
            return StoreConnectionError(
                f"{where}: the server refused the credentials "
                "(check NEO4J_USERNAME and NEO4J_PASSWORD)")
        if isinstance(exc, (e.ServiceUnavailable, e.SessionExpired)):
            reason = _unreachable(exc)
            scheme = urlsplit(self.uri).scheme
            tls = "SSL" in str(exc) or "encrypt" in str(exc).lower()
            if "+" in scheme and (tls or "routing information" in reason):
                # bolt+s, neo4j+ssc… to a server that may not speak TLS at all
                reason = "the TLS handshake failed" if tls else reason
                plain = scheme.split("+", 1)[0]
                reason += f"; for a server without TLS use {plain}:// instead of {scheme}://"
            return StoreConnectionError(f"{where}: cannot reach the Neo4j server ({reason})")
        if isinstance(exc, e.Neo4jError):
            code = exc.code or ""
            msg = _first_line(exc.message or str(exc))
            if code == _ACCESS_MODE:
                return ReadOnlyViolation("refused: the query writes while the session is "
                                         "read-only; pass write=True to allow it")
            if code.endswith("DatabaseNotFound"):
                return StoreConnectionError(f"{where}: no such database on the server")
            if code.endswith("AuthenticationRateLimit"):
                return StoreConnectionError(
                    f"{where}: the server locked the login after repeated wrong passwords; "
                    "wait a few seconds, then check NEO4J_USERNAME and NEO4J_PASSWORD")
            if code.startswith("Neo.ClientError.Security."):
                return StoreConnectionError(f"{where}: access refused: {msg}")
            if code.startswith(("Neo.ClientError.Statement.", "Neo.ClientError.Procedure.",
                                "Neo.ClientError.Schema.")):
                return QueryError(msg)
            return StoreError(f"{where}: {msg}")
        if isinstance(exc, e.DriverError):
            return StoreError(f"{where}: {_first_line(exc, type(exc).__name__)}")
        return exc

    def _guarded(self, fn: Any, *args: Any) -> Any:
        """``fn(*args)`` within :attr:`timeout`; a stalled server raises one clear line."""
        try:
            return call_with_timeout(self.timeout, fn, *args)
        except Stalled:
            self._stalled = True
            raise StoreConnectionError(
                f"{self._where()}: the server did not answer within {self.timeout:g} s "
                "(stalled or overloaded); set CONCEPTKG_NEO4J_TIMEOUT to wait longer") from None

    def _session(self, write: bool) -> Any:
        neo4j = _import_driver()
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    # -- schema ---------------------------------------------------------------------------------
    def ensure_schema(self, edge_types: Iterable[str] = ()) -> None:
        """Uniqueness constraints on ``id`` for every node label and Document (relationship
        types need no schema on Neo4j)."""
        if self.read_only or self._schema_ready:
            return
        def create() -> None:
            # only the missing ones: CREATE CONSTRAINT takes the label's schema lock even when
            # the constraint exists; each in a managed transaction, so that two clients creating
            # them at once (two builds on a fresh database) are retried after a deadlock
            with self._session(write=True) as session:
                have = {r[0] for r in session.execute_read(
                    _collect, "SHOW CONSTRAINTS YIELD name RETURN name", {}).rows}
                for name, statement in self.dialect.named_constraints():
                    if name not in have:
                        session.execute_write(_consume, statement, {})

        try:
            self._guarded(create)
        except (self._exc.Neo4jError, self._exc.DriverError) as exc:
            raise self._translate(exc) from exc
        self._schema_ready = True

    def _node_labels_present(self) -> set[str]:
        labels = {r[0] for r in self._run_read(NEO4J.LABELS).rows}
        return labels & {t.value for t in NodeType}

    def _edge_types_present(self) -> list[str]:
        return sorted(r[0] for r in self._run_read(NEO4J.REL_TYPES).rows)

    # -- primitives -----------------------------------------------------------------------------
    def _run_read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        try:
            return self._guarded(self._read, cypher, params or {})
        except (self._exc.Neo4jError, self._exc.DriverError) as exc:
            raise self._translate(exc) from exc

    def _read(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        with self._session(write=False) as session:
            return session.execute_read(_collect, cypher, params)

    # -- one writer at a time -----------------------------------------------------------------
    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the server's write lease (see :mod:`.neo4j_lease`): no other conceptkg client
        writes between this block's reads and its writes."""
        if self.read_only:
            yield
            return
        self.ensure_schema()  # the lease node's id is unique: two clients never make two
        self._lease.acquire()
        try:
            yield
        finally:
            self._lease.release()

    def write_graph(self, kg: Any, progress: Progress | None = None, *,
                    remove: Iterable[str] = ()) -> Any:
        with self.exclusive():
            return super().write_graph(kg, progress, remove=remove)

    def _lease_rows(self, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        def run() -> list[list[Any]]:
            with self._session(write=True) as session:
                return session.execute_write(_collect, cypher, params).rows

        try:
            return self._guarded(run)
        except (self._exc.Neo4jError, self._exc.DriverError) as exc:
            raise self._translate(exc) from exc

    def _write_batch(self, session: Any, cypher: str, params: dict[str, Any]) -> None:
        """One batch in its own managed write transaction (retried on transient errors)."""
        session.execute_write(_consume, cypher, params)

    def _write_in_session(self, cypher: str, params: dict[str, Any]) -> None:
        with self._session(write=True) as session:
            self._write_batch(session, cypher, params)

    def _run_write_batches(self, statements: Sequence[tuple[str, dict[str, Any]]],
                           progress: Progress | None = None) -> None:
        if self.read_only:
            raise ReadOnlyViolation(f"{self._where()}: the store was opened read-only")
        done = 0
        try:
            for cypher, params in statements:
                self._lease.renew()
                self._guarded(self._write_in_session, cypher, params)
                done += 1
                if progress is not None:
                    progress(len(params.get("rows", ())))
        except (self._exc.Neo4jError, self._exc.DriverError, StoreConnectionError) as exc:
            err = exc if isinstance(exc, StoreConnectionError) else self._translate(exc)
            log.debug("load stopped after %d of %d batches; run it again to complete it",
                        done, len(statements))
            raise type(err)(f"{err} (after {done} of {len(statements)} batches; "
                            "run the load again to complete it)") from exc

    def _run_write_atomic(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """A replacement of documents in one managed write transaction: a failure or a kill
        leaves the old version whole (retried on transient errors)."""
        if self.read_only:
            raise ReadOnlyViolation(f"{self._where()}: the store was opened read-only")
        try:
            with self._session(write=True) as session:
                session.execute_write(_consume_all, list(statements))
        except (self._exc.Neo4jError, self._exc.DriverError) as exc:
            raise self._translate(exc) from exc

    def _run_write_batches_with_progress(self, statements: Sequence[tuple[str, dict[str, Any]]],
                                         progress: Progress | None) -> None:
        # one session for the whole load, and the batch count in the message stays right
        self._run_write_batches(statements, progress)

    def query(self, cypher: str, params: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        cypher, _ = self.dialect.prepare(cypher, params)
        try:
            if write:
                if self.read_only:
                    raise ReadOnlyViolation(f"{self._where()}: the store was opened read-only")
                res = self._guarded(self._autocommit, cypher, params or {})
                self._schema_ready = False
                return res
            assert_read_only(cypher)
            return self._guarded(self._read, cypher, params or {})
        except (self._exc.Neo4jError, self._exc.DriverError) as exc:
            raise self._translate(exc) from exc

    def _autocommit(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        with self._session(write=True) as session:
            return _collect(session, cypher, params)

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        self._driver = None
        if driver is None:
            return
        if getattr(self, "_stalled", False):  # closing talks to the server: do not wait for it
            try:
                call_with_timeout(1.0, driver.close)
            except Stalled:
                log.debug("left a stalled connection to %s behind", self._where())
        else:
            driver.close()
