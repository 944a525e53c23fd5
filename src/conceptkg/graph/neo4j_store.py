"""The documented import path of the Neo4j store (``conceptkg.graph.neo4j_store.Neo4jStore``);
the store lives in :mod:`conceptkg.graph.stores.neo4j`."""

from .stores.neo4j import CONNECTION_TIMEOUT_S, Neo4jStore, display_uri

__all__ = ["CONNECTION_TIMEOUT_S", "Neo4jStore", "display_uri"]
