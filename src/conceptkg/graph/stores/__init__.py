"""The stores: the embedded LadybugDB database (:mod:`.embedded`) and Neo4j (:mod:`.neo4j`),
with what they share (:mod:`.base`). Storage owns all of its Cypher: one property schema
(:mod:`.schema`), the statements made from it (:mod:`.statements`), the two dialects
(:mod:`.dialect`) and the read-only check of user Cypher (:mod:`.readonly`).

The store classes themselves are imported from their modules (or ``conceptkg.graph``), so that
using one does not load the driver of the other.
"""

from .base import GraphStore, QueryResult, WriteReport

__all__ = ["GraphStore", "QueryResult", "WriteReport"]
