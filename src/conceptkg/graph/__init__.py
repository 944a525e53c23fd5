"""Graph data model, in-memory graph, exchange formats and stores."""

from .embedded import EmbeddedStore
from .knowledge_graph import KnowledgeGraph
from .models import (
    CORE_EDGE_TYPES,
    CORE_NODE_TYPES,
    Document,
    Edge,
    EdgeType,
    Evidence,
    Node,
    NodeType,
    document_id,
    edge_id,
    node_id,
    normalize_name,
)
from .store import GraphStore, QueryResult, WriteReport

__all__ = [
    "CORE_EDGE_TYPES",
    "CORE_NODE_TYPES",
    "Document",
    "Edge",
    "EdgeType",
    "EmbeddedStore",
    "Evidence",
    "GraphStore",
    "KnowledgeGraph",
    "Node",
    "NodeType",
    "QueryResult",
    "WriteReport",
    "document_id",
    "edge_id",
    "node_id",
    "normalize_name",
]
