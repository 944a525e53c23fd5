"""Waiting for a server with a limit: the Neo4j driver has no read timeout of its own, so a
server that stops answering (stalled, SIGSTOP, a dead link that still ACKs) would hang a load for
minutes. :func:`call_with_timeout` runs one server operation in a daemon thread and gives up on it
after ``timeout`` seconds; the caller then drops the connection."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["DEFAULT_TIMEOUT_S", "Stalled", "call_with_timeout", "timeout_from_env"]

T = TypeVar("T")

#: seconds one server operation (a batch, a read, a query) may take before the server is
#: considered stalled; CONCEPTKG_NEO4J_TIMEOUT overrides it
DEFAULT_TIMEOUT_S = 30.0


class Stalled(Exception):
    """The operation did not finish in time."""


def timeout_from_env(default: float = DEFAULT_TIMEOUT_S) -> float:
    raw = os.environ.get("CONCEPTKG_NEO4J_TIMEOUT", "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 else default


def call_with_timeout(timeout: float, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``, or :class:`Stalled` when it has not returned after ``timeout`` seconds
    (it goes on in the background; nothing waits for it)."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # handed over to the caller
            box["error"] = exc

    worker = threading.Thread(target=target, name="conceptkg-server-call", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise Stalled
    if "error" in box:
        raise box["error"]
    return box["value"]
