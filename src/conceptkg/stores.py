"""Opening a store from command-line style options: ``--db DIR`` or ``--neo4j URI``."""

from __future__ import annotations

from .graph.embedded import EmbeddedStore
from .graph.store import GraphStore

__all__ = ["open_store"]


def open_store(db: str | None = "conceptkg.db", neo4j: str | None = None,
               database: str | None = None, *, read_only: bool = False,
               create: bool = False) -> GraphStore:
    """The Neo4j store when ``neo4j`` is given (credentials from the environment), else the
    embedded store in directory ``db``. ``create`` allows making a new embedded database."""
    if neo4j:
        from .graph.neo4j_store import Neo4jStore

        return Neo4jStore.from_env(neo4j, database=database)
    return EmbeddedStore(db or "conceptkg.db", read_only=read_only, create=create)
