"""Cypher used by the stores to create the schema, load and read the graph.

Values always travel as parameters. Labels and relationship types cannot be parameters in Cypher:
they are formatted in only after :func:`label` has checked them against the known node types or
the upper-case identifier form of edge types.
"""

from __future__ import annotations

import re

from ..graph.models import NodeType

__all__ = [
    "label",
    "rel_type",
    "KUZU_NODE_TABLE",
    "KUZU_DOCUMENT_TABLE",
    "KUZU_REL_TABLE",
    "NEO4J_NODE_CONSTRAINT",
    "NEO4J_DOCUMENT_CONSTRAINT",
    "NEO4J_CONSTRAINT_NAME",
    "NEO4J_LABELS",
    "NEO4J_REL_TYPES",
    "NEO4J_SHOW_CONSTRAINTS",
    "NEO4J_PING",
    "FETCH_NODES",
    "FETCH_EDGES",
    "UPSERT_NODES",
    "UPSERT_EDGES",
    "UPSERT_DOCUMENTS",
    "READ_NODES",
    "READ_EDGES_KUZU",
    "READ_EDGES_NEO4J",
    "READ_DOCUMENTS",
    "DOCUMENT_IDS",
    "COUNT_NODES",
    "COUNT_EDGES_KUZU",
    "COUNT_EDGES_NEO4J",
    "COUNT_DOCUMENTS",
    "NODE_PROPS",
    "EDGE_PROPS",
]

_REL = re.compile(r"[A-Z][A-Z0-9_]{0,40}")
_NODE_LABELS = {t.value for t in NodeType} | {"Document"}


def label(name: str) -> str:
    """``name`` if it is a known node label, else ValueError (never formatted in unchecked)."""
    if name not in _NODE_LABELS:
        raise ValueError(f"unknown node label {name!r}")
    return name


def rel_type(name: str) -> str:
    if not _REL.fullmatch(name):
        raise ValueError(f"invalid relationship type {name!r}")
    return name


NODE_PROPS = ("id", "name", "aliases", "attributes", "evidence", "documents", "mentions")
EDGE_PROPS = ("confidence", "evidence", "sentence", "rules", "documents", "attributes")

# -- schema -------------------------------------------------------------------------------------
KUZU_NODE_TABLE = (
    "CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, name STRING, aliases STRING[], "
    "attributes STRING, evidence STRING, documents STRING[], mentions INT64)"
)
KUZU_DOCUMENT_TABLE = (
    "CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, path STRING, title STRING, "
    "format STRING, text STRING, chars INT64)"
)
KUZU_REL_TABLE = (
    "CREATE REL TABLE IF NOT EXISTS {rel}({pairs}, confidence DOUBLE, evidence STRING, "
    "sentence STRING, rules STRING[], documents STRING[], attributes STRING)"
)
NEO4J_NODE_CONSTRAINT = (
    "CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
)
NEO4J_DOCUMENT_CONSTRAINT = NEO4J_NODE_CONSTRAINT
#: name of the uniqueness constraint on ``id`` for a label (formatted with the checked label)
NEO4J_CONSTRAINT_NAME = "conceptkg_{label}_id"
NEO4J_LABELS = "CALL db.labels() YIELD label RETURN label"
NEO4J_REL_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"
NEO4J_SHOW_CONSTRAINTS = (
    "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
    "RETURN name, type, labelsOrTypes, properties ORDER BY name"
)
NEO4J_PING = "RETURN 1 AS ok"

# -- loading ------------------------------------------------------------------------------------
FETCH_NODES = (
    "UNWIND $ids AS x MATCH (n:{label} {{id: x}}) "
    "RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.attributes AS attributes, "
    "n.evidence AS evidence"
)
FETCH_EDGES = (
    "UNWIND $pairs AS p MATCH (a:{src} {{id: p.source}})-[e:{rel}]->(b:{dst} {{id: p.target}}) "
    "RETURN a.id AS source, b.id AS target, e.confidence AS confidence, e.evidence AS evidence, "
    "e.attributes AS attributes"
)
UPSERT_NODES = (
    "UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) "
    "SET n.name = r.name, n.aliases = r.aliases, n.attributes = r.attributes, "
    "n.evidence = r.evidence, n.documents = r.documents, n.mentions = r.mentions"
)
UPSERT_EDGES = (
    "UNWIND $rows AS r MATCH (a:{src} {{id: r.source}}), (b:{dst} {{id: r.target}}) "
    "MERGE (a)-[e:{rel}]->(b) "
    "SET e.confidence = r.confidence, e.evidence = r.evidence, e.sentence = r.sentence, "
    "e.rules = r.rules, e.documents = r.documents, e.attributes = r.attributes"
)
UPSERT_DOCUMENTS = (
    "UNWIND $rows AS r MERGE (d:Document {id: r.id}) "
    "SET d.path = r.path, d.title = r.title, d.format = r.format, d.text = r.text, "
    "d.chars = r.chars"
)

# -- reading ------------------------------------------------------------------------------------
READ_NODES = (
    "MATCH (n:{label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
    "n.attributes AS attributes, n.evidence AS evidence ORDER BY id"
)
_READ_EDGES = (
    "MATCH (a)-[e]->(b) WHERE NOT a:Document RETURN a.id AS source, b.id AS target, "
    "{fn}(e) AS type, e.confidence AS confidence, e.evidence AS evidence, "
    "e.attributes AS attributes ORDER BY source, type, target"
)
READ_EDGES_KUZU = _READ_EDGES.replace("{fn}", "label").replace("WHERE NOT a:Document ", "")
READ_EDGES_NEO4J = _READ_EDGES.replace("{fn}", "type")
READ_DOCUMENTS = (
    "MATCH (d:Document) RETURN d.id AS id, d.path AS path, d.title AS title, "
    "d.format AS format, d.text AS text ORDER BY id"
)
DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id"
COUNT_NODES = "MATCH (n:{label}) RETURN count(n) AS n"
COUNT_EDGES_KUZU = "MATCH ()-[e]->() RETURN label(e) AS type, count(e) AS n"
COUNT_EDGES_NEO4J = "MATCH ()-[e]->() RETURN type(e) AS type, count(e) AS n"
COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS n"
