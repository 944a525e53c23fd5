"""The Cypher the stores run on their own data: writes, reads, counts and deletions, made from
the property schema (:mod:`.schema`) and, where the engines differ, a dialect (:mod:`.dialect`).

Values always travel as parameters. Labels and relationship types cannot be parameters in Cypher:
they are formatted in only after :func:`.schema.checked_label` (a known node type, or Document)
or :func:`.schema.checked_rel_type` (an upper-case identifier) has accepted them.

A row's two end nodes are matched by two ``MATCH`` clauses, never by one comma pattern:
LadybugDB plans ``MATCH (a:X {id: r.source}), (b:Y {id: r.target})`` as a cross product of both
tables, whose cost grows with the square of the graph (a hundred times slower than two clauses
on a graph of 20,000 nodes); two clauses are two joins on the key. Neo4j runs both alike.
"""

from __future__ import annotations

from .dialect import Dialect
from .schema import DOCUMENT, EDGE, NODE
from .schema import checked_label as _label
from .schema import checked_rel_type as _rel

__all__ = [
    "COUNT_DOCUMENTS",
    "DELETE_DOCUMENTS",
    "DOCUMENT_DATES",
    "DOCUMENT_FILE_FIELDS",
    "DOCUMENT_IDS",
    "MERGE_DOCUMENTS",
    "MOVE_DOCUMENTS",
    "UPSERT_DOCUMENTS",
    "count_edges",
    "count_nodes",
    "create_edges",
    "create_nodes",
    "delete_edges",
    "delete_nodes",
    "edges_at_nodes",
    "edges_of_documents",
    "fetch_edges",
    "fetch_nodes",
    "nodes_of_documents",
    "read_documents",
    "read_edges",
    "read_nodes",
    "update_nodes",
    "upsert_edges",
    "upsert_nodes",
]

_NODE = NODE.returns("n")
_EDGE = EDGE.returns("e")  # with the end ids: a.id AS source, b.id AS target


def _ends(src: str, dst: str, row: str) -> str:
    """``MATCH`` clauses for the two end nodes ``a`` and ``b`` a row names."""
    return (f"MATCH (a:{_label(src)} {{id: {row}.source}}) "
            f"MATCH (b:{_label(dst)} {{id: {row}.target}})")


def _between(rel: str, src: str, dst: str, row: str) -> str:
    """``MATCH`` clauses for the relationship ``e`` of type ``rel`` between the two nodes a
    row names."""
    return (f"MATCH (a:{_label(src)} {{id: {row}.source}}) "
            f"MATCH (a)-[e:{_rel(rel)}]->(b:{_label(dst)}) WHERE b.id = {row}.target")


# -- writing --------------------------------------------------------------------------------------
def upsert_nodes(label: str) -> str:
    return f"UNWIND $rows AS r MERGE (n:{_label(label)} {{id: r.id}}) SET {NODE.sets('n')}"


def update_nodes(label: str) -> str:
    """Nodes the store is known to hold (a ``MATCH``: a ``MERGE`` costs six times as much)."""
    return f"UNWIND $rows AS r MATCH (n:{_label(label)} {{id: r.id}}) SET {NODE.sets('n')}"


def create_nodes(label: str) -> str:
    """Nodes the store is known not to hold yet (see :meth:`GraphStore.write_graph`)."""
    return f"UNWIND $rows AS r CREATE (n:{_label(label)} {{{NODE.fields()}}})"


def create_edges(rel: str, src: str, dst: str) -> str:
    """Edges the store is known not to hold yet."""
    return (f"UNWIND $rows AS r {_ends(src, dst, 'r')} "
            f"CREATE (a)-[e:{_rel(rel)} {{{EDGE.fields()}}}]->(b)")


def upsert_edges(rel: str, src: str, dst: str) -> str:
    return (f"UNWIND $rows AS r {_ends(src, dst, 'r')} MERGE (a)-[e:{_rel(rel)}]->(b) "
            f"SET {EDGE.sets('e')}")


#: a document merged without its text (an export made without it) keeps the stored text
UPSERT_DOCUMENTS = (f"UNWIND $rows AS r MERGE (d:Document {{id: r.id}}) "
                    f"SET {DOCUMENT.sets('d', keep_when_empty=('text', 'chars'))}")


#: what a document knows of the file it was read from: stays as stored when the document is
#: merged again without replacing it (the same text built from another file by a concurrent
#: build, or copied from another store): its provenance stays that of the file recorded first,
#: as when a build finds the content stored already and leaves it unchanged
DOCUMENT_FILE_FIELDS = ("path", "resolved", "title", "date", "format", "original_encoding",
                        "size", "built_at")

#: documents merged into a store that may hold them already, not replacing them
_ON_MATCH = DOCUMENT.sets("d", keep_when_empty=("text", "chars"), skip=DOCUMENT_FILE_FIELDS)
MERGE_DOCUMENTS = (f"UNWIND $rows AS r MERGE (d:Document {{id: r.id}}) "
                   f"ON CREATE SET {DOCUMENT.sets('d')} ON MATCH SET {_ON_MATCH}")


def delete_nodes(label: str) -> str:
    return f"UNWIND $rows AS x MATCH (n:{_label(label)} {{id: x}}) DETACH DELETE n"


def delete_edges(rel: str, src: str, dst: str) -> str:
    return f"UNWIND $rows AS r {_between(rel, src, dst, 'r')} DELETE e"


DELETE_DOCUMENTS = "UNWIND $rows AS x MATCH (d:Document {id: x}) DELETE d"


# -- reading what a write merges into or replaces -------------------------------------------------
def fetch_nodes(label: str) -> str:
    return f"UNWIND $ids AS x MATCH (n:{_label(label)} {{id: x}}) RETURN {_NODE}"


def fetch_edges(rel: str, src: str, dst: str) -> str:
    return f"UNWIND $pairs AS p {_between(rel, src, dst, 'p')} RETURN {_EDGE}"


def nodes_of_documents(label: str) -> str:
    """The nodes of a label that ``$docs`` support, and those no document supports (left
    behind by an earlier version's curation: a removal takes them away too)."""
    return (f"WITH $docs AS ds MATCH (n:{_label(label)}) "
            f"WHERE any(d IN n.documents WHERE d IN ds) OR size(n.documents) = 0 "
            f"RETURN {_NODE}")


def _labelled_edges(dialect: Dialect, match: str) -> str:
    return (f"{match} RETURN {_EDGE}, {dialect.node_label('a')} AS src_label, "
            f"{dialect.node_label('b')} AS dst_label")


def edges_of_documents(dialect: Dialect, rel: str) -> str:
    """The edges of a type that ``$docs`` support, with the labels of their ends."""
    return _labelled_edges(dialect, f"WITH $docs AS ds MATCH (a)-[e:{_rel(rel)}]->(b) "
                                    "WHERE any(d IN e.documents WHERE d IN ds)")


def edges_at_nodes(dialect: Dialect, rel: str) -> str:
    """The edges of a type with an end among ``$ids``, with the labels of their ends."""
    return _labelled_edges(dialect, f"MATCH (a)-[e:{_rel(rel)}]->(b) "
                                    "WHERE a.id IN $ids OR b.id IN $ids")


# -- reading the whole graph, and counting --------------------------------------------------------
def read_nodes(label: str) -> str:
    return f"MATCH (n:{_label(label)}) RETURN {_NODE} ORDER BY id"


def read_edges(dialect: Dialect) -> str:
    return (f"MATCH (a)-[e]->(b) WHERE {dialect.not_document('a')} "
            f"RETURN {_EDGE}, {dialect.rel_type('e')} AS type ORDER BY source, type, target")


def read_documents(with_text: bool = True) -> str:
    skip = () if with_text else ("text",)
    return f"MATCH (d:Document) RETURN {DOCUMENT.returns('d', skip=skip)} ORDER BY id"


DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id"
#: new paths of stored documents whose files moved (rows: id, path, resolved)
MOVE_DOCUMENTS = ("UNWIND $rows AS r MATCH (d:Document {id: r.id}) "
                  "SET d.path = r.path, d.resolved = r.resolved")
DOCUMENT_DATES = "MATCH (d:Document) RETURN d.date AS date"
COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS n"


def count_nodes(label: str) -> str:
    return f"MATCH (n:{_label(label)}) RETURN count(n) AS n"


def count_edges(dialect: Dialect) -> str:
    return f"MATCH ()-[e]->() RETURN {dialect.rel_type('e')} AS type, count(e) AS n"
