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
    "DOCUMENT_DATES",
    "NODE_PROPS",
    "EDGE_PROPS",
    "KUZU_COLUMNS",
    "KUZU_ADD_COLUMN",
    "KUZU_TABLE_INFO",
    "NODES_OF_DOCUMENTS",
    "EDGES_OF_DOCUMENTS_KUZU",
    "EDGES_OF_DOCUMENTS_NEO4J",
    "DELETE_NODES",
    "DELETE_EDGES",
    "DELETE_DOCUMENTS",
    "READ_DOCUMENT_META",
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


NODE_PROPS = ("id", "name", "aliases", "attributes", "evidence", "documents", "mentions",
              "counts", "alias_docs")
EDGE_PROPS = ("confidence", "evidence", "sentence", "rules", "documents", "mentions", "counts",
              "attributes")

# -- schema -------------------------------------------------------------------------------------
KUZU_NODE_TABLE = (
    "CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, name STRING, aliases STRING[], "
    "attributes STRING, evidence STRING, documents STRING[], mentions INT64, counts STRING, "
    "alias_docs STRING)"
)
KUZU_DOCUMENT_TABLE = (
    "CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, path STRING, title STRING, "
    "format STRING, text STRING, chars INT64, resolved STRING, date STRING, "
    "original_encoding STRING, extractor STRING, lexicon STRING, size INT64, built_at STRING)"
)
KUZU_REL_TABLE = (
    "CREATE REL TABLE IF NOT EXISTS {rel}({pairs}, confidence DOUBLE, evidence STRING, "
    "sentence STRING, rules STRING[], documents STRING[], attributes STRING, mentions INT64, "
    "counts STRING)"
)
#: columns added since the first release, by kind of table: a database made before them gains
#: them when opened for writing (its documents are then stale and rebuilt by the next build)
KUZU_COLUMNS = {
    "node": (("counts", "STRING"), ("alias_docs", "STRING")),
    "document": (("resolved", "STRING"), ("date", "STRING"), ("original_encoding", "STRING"),
                 ("extractor", "STRING"), ("lexicon", "STRING"), ("size", "INT64"),
                 ("built_at", "STRING")),
    "rel": (("mentions", "INT64"), ("counts", "STRING")),
}
#: formatted only with a checked table name and a column of :data:`KUZU_COLUMNS`
KUZU_ADD_COLUMN = "ALTER TABLE {table} ADD IF NOT EXISTS {column} {type}"
#: the columns of a table (formatted only with a checked table name)
KUZU_TABLE_INFO = "CALL table_info('{table}') RETURN name"
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
_NODE_FIELDS = (
    "n.id AS id, n.name AS name, n.aliases AS aliases, n.attributes AS attributes, "
    "n.evidence AS evidence, n.counts AS counts, n.alias_docs AS alias_docs"
)
_EDGE_FIELDS = (
    "a.id AS source, b.id AS target, e.confidence AS confidence, e.evidence AS evidence, "
    "e.attributes AS attributes, e.counts AS counts"
)
FETCH_NODES = "UNWIND $ids AS x MATCH (n:{label} {{id: x}}) RETURN " + _NODE_FIELDS
FETCH_EDGES = (
    "UNWIND $pairs AS p MATCH (a:{src} {{id: p.source}})-[e:{rel}]->(b:{dst} {{id: p.target}}) "
    "RETURN " + _EDGE_FIELDS
)
UPSERT_NODES = (
    "UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) "
    "SET n.name = r.name, n.aliases = r.aliases, n.attributes = r.attributes, "
    "n.evidence = r.evidence, n.documents = r.documents, n.mentions = r.mentions, "
    "n.counts = r.counts, n.alias_docs = r.alias_docs"
)
UPSERT_EDGES = (
    "UNWIND $rows AS r MATCH (a:{src} {{id: r.source}}), (b:{dst} {{id: r.target}}) "
    "MERGE (a)-[e:{rel}]->(b) "
    "SET e.confidence = r.confidence, e.evidence = r.evidence, e.sentence = r.sentence, "
    "e.rules = r.rules, e.documents = r.documents, e.attributes = r.attributes, "
    "e.mentions = r.mentions, e.counts = r.counts"
)
_DOC_META = ("path", "resolved", "title", "date", "format", "original_encoding", "extractor",
             "lexicon", "size", "built_at")
UPSERT_DOCUMENTS = (
    "UNWIND $rows AS r MERGE (d:Document {id: r.id}) SET "
    + ", ".join(f"d.{f} = r.{f}" for f in (*_DOC_META, "text", "chars"))
)
# -- replacing and removing documents: what they support, and deleting what nothing supports -----
NODES_OF_DOCUMENTS = (
    "WITH $docs AS ds MATCH (n:{label}) WHERE any(d IN n.documents WHERE d IN ds) "
    "RETURN " + _NODE_FIELDS
)
_EDGES_OF_DOCUMENTS = (
    "WITH $docs AS ds MATCH (a)-[e:{rel}]->(b) WHERE any(d IN e.documents WHERE d IN ds) "
    "RETURN " + _EDGE_FIELDS + ", {src} AS src_label, {dst} AS dst_label"
)
EDGES_OF_DOCUMENTS_KUZU = _EDGES_OF_DOCUMENTS.replace("{src}", "label(a)").replace(
    "{dst}", "label(b)")
EDGES_OF_DOCUMENTS_NEO4J = _EDGES_OF_DOCUMENTS.replace(
    "{src}", "head([l IN labels(a) WHERE l <> 'Document'])").replace(
    "{dst}", "head([l IN labels(b) WHERE l <> 'Document'])")
DELETE_NODES = "UNWIND $rows AS x MATCH (n:{label} {{id: x}}) DETACH DELETE n"
DELETE_EDGES = (
    "UNWIND $rows AS r MATCH (a:{src} {{id: r.source}})-[e:{rel}]->(b:{dst} {{id: r.target}}) "
    "DELETE e"
)
DELETE_DOCUMENTS = "UNWIND $rows AS x MATCH (d:Document {id: x}) DELETE d"

# -- reading ------------------------------------------------------------------------------------
READ_NODES = "MATCH (n:{label}) RETURN " + _NODE_FIELDS + " ORDER BY id"
_READ_EDGES = (
    "MATCH (a)-[e]->(b) WHERE NOT a:Document RETURN a.id AS source, b.id AS target, "
    "{fn}(e) AS type, e.confidence AS confidence, e.evidence AS evidence, "
    "e.attributes AS attributes, e.counts AS counts ORDER BY source, type, target"
)
READ_EDGES_KUZU = _READ_EDGES.replace("{fn}", "label").replace("WHERE NOT a:Document ", "")
READ_EDGES_NEO4J = _READ_EDGES.replace("{fn}", "type")
READ_DOCUMENT_META = (
    "MATCH (d:Document) RETURN d.id AS id, "
    + ", ".join(f"d.{f} AS {f}" for f in _DOC_META) + ", d.chars AS chars ORDER BY id"
)
READ_DOCUMENTS = READ_DOCUMENT_META.replace(" ORDER BY id", ", d.text AS text ORDER BY id")
DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id"
COUNT_NODES = "MATCH (n:{label}) RETURN count(n) AS n"
COUNT_EDGES_KUZU = "MATCH ()-[e]->() RETURN label(e) AS type, count(e) AS n"
COUNT_EDGES_NEO4J = "MATCH ()-[e]->() RETURN type(e) AS type, count(e) AS n"
COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS n"
DOCUMENT_DATES = "MATCH (d:Document) RETURN d.date AS date"
