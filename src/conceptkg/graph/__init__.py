"""Graph data model, in-memory graph, exchange formats and stores.

The names below are imported on first use (PEP 562), so that ``import conceptkg.graph.models``
or a command that needs only the embedded store does not pay for networkx and the rest. The
stores and their Cypher live in :mod:`.stores`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .stores.base import GraphStore, QueryResult, WriteReport
    from .stores.embedded import EmbeddedStore

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

_MODULES = {"EmbeddedStore": "stores.embedded", "KnowledgeGraph": "knowledge_graph",
            "GraphStore": "stores.base", "QueryResult": "stores.base", "WriteReport": "stores.base"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_MODULES.get(name, 'models')}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
