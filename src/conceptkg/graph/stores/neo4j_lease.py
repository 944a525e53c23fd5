"""One writer at a time on a Neo4j database: a lease held on the server.

A load reads the stored nodes and edges, merges the incoming graph into them and writes the
result back (and curation does the same with its corrections). Two clients doing that at once
would each write back what it read before the other wrote, and the later one would take the
earlier one's counts, evidence and aliases away. The embedded database is locked by its engine;
on Neo4j, each read-modify-write holds this lease: one ``ConceptKGLock`` node (unique ``id``)
naming its holder and when the lease expires. Another client waits until it is released (the
node is deleted) or has expired: a thread renews it while it is held, so a holder that was
killed or lost the server blocks the others for :data:`LEASE_TTL_S` at most, and one killed on
this machine (its process is gone) not at all.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from ...errors import StoreError, StoreLockedError

__all__ = ["LEASE_LABEL", "LEASE_TTL_S", "WriterLease", "lease_wait_from_env"]

log = logging.getLogger(__name__)

LEASE_LABEL = "ConceptKGLock"
#: seconds a lease lasts without renewal (a killed holder blocks the others this long at most);
#: the holder renews it every quarter of that
LEASE_TTL_S = 30.0
#: seconds a writer waits for another one to finish (CONCEPTKG_NEO4J_LOCK_WAIT to change it)
DEFAULT_WAIT_S = 600.0

_ACQUIRE = (f"MERGE (l:{LEASE_LABEL} {{id: 'writer'}}) "
            "WITH l, timestamp() AS now "
            "WHERE l.owner IS NULL OR l.owner = $me OR l.expires < now "
            "SET l.owner = $me, l.holder = $holder, l.expires = now + $ttl "
            "RETURN l.owner")
_HOLDER = f"MATCH (l:{LEASE_LABEL} {{id: 'writer'}}) RETURN l.holder, l.owner"
_TAKE_OVER = (f"MATCH (l:{LEASE_LABEL} {{id: 'writer', owner: $old}}) "
              "SET l.owner = $me, l.holder = $holder, l.expires = timestamp() + $ttl "
              "RETURN l.owner")
_RENEW = (f"MATCH (l:{LEASE_LABEL} {{id: 'writer', owner: $me}}) "
          "SET l.expires = timestamp() + $ttl RETURN l.owner")
_RELEASE = f"MATCH (l:{LEASE_LABEL} {{id: 'writer', owner: $me}}) DELETE l"


def lease_wait_from_env(default: float = DEFAULT_WAIT_S) -> float:
    raw = os.environ.get("CONCEPTKG_NEO4J_LOCK_WAIT", "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return value if value >= 0 else default


class WriterLease:
    """The lease of one store; ``run(cypher, params)`` runs a managed write transaction and
    returns its rows. Re-entrant: nested holds share one lease."""

    def __init__(self, run: Callable[[str, dict[str, Any]], list[list[Any]]], where: str, *,
                 ttl: float = LEASE_TTL_S, wait: float | None = None,
                 poll: float = 0.25) -> None:
        self._run = run
        self._where = where
        self.ttl = ttl
        self.wait = lease_wait_from_env() if wait is None else wait
        self.poll = poll
        self.me = secrets.token_hex(8)
        self.holder = f"{socket.gethostname()} pid {os.getpid()}"
        self.depth = 0
        self._lost = False
        self._stop = threading.Event()

    def _params(self) -> dict[str, Any]:
        return {"me": self.me, "holder": self.holder, "ttl": int(self.ttl * 1000)}

    def acquire(self) -> None:
        if self.depth:
            self.depth += 1
            return
        deadline = time.monotonic() + self.wait
        said = False
        while not self._run(_ACQUIRE, self._params()):
            rows = self._run(_HOLDER, {})
            other = rows[0][0] if rows else "another client"
            if rows and _gone(other) and self._run(_TAKE_OVER, {**self._params(),
                                                                 "old": rows[0][1]}):
                log.debug("took over the write lease of %s (no such process)", other)
                break
            if time.monotonic() >= deadline:
                raise StoreLockedError(
                    f"{self._where}: another conceptkg process ({other}) is writing to this "
                    f"database; waited {self.wait:g} s (CONCEPTKG_NEO4J_LOCK_WAIT to wait "
                    "longer), try again when it has finished")
            if not said:
                log.warning("waiting for another conceptkg process (%s) writing to %s",
                            other, self._where)
                said = True
            time.sleep(self.poll)
        self.depth = 1
        self._lost = False
        self._stop = threading.Event()
        threading.Thread(target=self._keep, args=(self._stop,), daemon=True,
                         name="conceptkg-lease").start()

    def _keep(self, stop: threading.Event) -> None:
        while not stop.wait(self.ttl / 4):
            try:
                if not self._run(_RENEW, self._params()):
                    self._lost = True
                    return
            except Exception as exc:  # the server is gone: the writes fail on their own
                log.debug("could not renew the write lease on %s: %s", self._where, exc)

    def renew(self) -> None:
        """Before a write: fail when the lease was lost (another client took it after it had
        expired: this process could not reach the server for too long)."""
        if self.depth and self._lost:
            raise StoreError(f"{self._where}: the write lease expired and another process took "
                             "it; run the command again")

    def release(self) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if self.depth:
            return
        self._stop.set()
        try:
            self._run(_RELEASE, {"me": self.me})
        except Exception as exc:  # the server went away: the lease expires by itself
            log.debug("could not release the write lease on %s: %s", self._where, exc)


def _gone(holder: str) -> bool:
    """Whether ``holder`` (``HOST pid N``) is a process of this machine that no longer runs."""
    host, _, pid = str(holder).rpartition(" pid ")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists (another user's process)
        return False
    return False
