"""The in-memory knowledge graph: a networkx MultiDiGraph of :class:`Node` and :class:`Edge`.

Adding a node or edge that is already there merges aliases and evidence; nothing is duplicated.
Parallel edges of different types between the same two nodes are kept apart (the edge key is the
edge type).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import networkx as nx

from .models import Document, Edge, Node
from .name_index import NameIndex

__all__ = ["KnowledgeGraph", "drop_metrics", "drop_weak_edges"]


class KnowledgeGraph:
    def __init__(self) -> None:
        self._g = nx.MultiDiGraph()
        self.documents: dict[str, Document] = {}
        self._names = NameIndex()

    # -- building -------------------------------------------------------------------------------
    def add_document(self, doc: Document) -> Document:
        return self.documents.setdefault(doc.id, doc)

    def add_node(self, node: Node, *, copy: bool = True) -> Node:
        """Add ``node`` or merge it into the node with the same id; returns the stored node.

        The graph stores a deep copy unless ``copy=False`` (for nodes the caller just made and
        hands over)."""
        if node.id in self._g:
            stored: Node = self._g.nodes[node.id]["data"]
            stored.merge(node)
            self._names.add(stored)
            return stored
        if copy:
            node = node.model_copy(deep=True)
        self._g.add_node(node.id, data=node)
        self._names.add(node)
        return node

    def add_edge(self, edge: Edge, *, copy: bool = True) -> Edge:
        """Add ``edge`` (both endpoints must exist) or merge it into the same-typed edge."""
        for end in (edge.source, edge.target):
            if end not in self._g:
                raise KeyError(f"edge endpoint {end!r} is not a node of the graph")
        if self._g.has_edge(edge.source, edge.target, key=edge.type):
            stored: Edge = self._g.edges[edge.source, edge.target, edge.type]["data"]
            stored.merge(edge)
            return stored
        if copy:
            edge = edge.model_copy(deep=True)
        self._g.add_edge(edge.source, edge.target, key=edge.type, data=edge)
        return edge

    def update(self, other: KnowledgeGraph, *, copy: bool = True) -> None:
        """Merge every document, node and edge of ``other`` into this graph. ``copy=False``
        takes other's items over without copies (for a graph the caller drops afterwards)."""
        for doc in other.documents.values():
            self.add_document(doc)
        for node in other.nodes():
            self.add_node(node, copy=copy)
        for edge in other.edges():
            self.add_edge(edge, copy=copy)

    def remove_node(self, node_id: str) -> None:
        self._g.remove_node(node_id)
        self._names.remove(node_id)

    def remove_edge(self, edge: Edge) -> None:
        self._g.remove_edge(edge.source, edge.target, key=edge.type)

    # -- reading --------------------------------------------------------------------------------
    def nodes(self) -> Iterator[Node]:
        for _, data in sorted(self._g.nodes(data="data"), key=lambda x: x[0]):
            yield data

    def edges(self) -> Iterator[Edge]:
        # (iter: sorted() would ask the view its length first, a walk over every edge)
        items = sorted(iter(self._g.edges(keys=True, data="data")), key=lambda x: x[:3])
        for *_, data in items:
            yield data

    def node(self, node_id: str) -> Node:
        return self._g.nodes[node_id]["data"]

    def has_node(self, node_id: str) -> bool:
        return node_id in self._g

    def get_edge(self, source: str, edge_type: str, target: str) -> Edge | None:
        if self._g.has_edge(source, target, key=edge_type):
            return self._g.edges[source, target, edge_type]["data"]
        return None

    def find(self, name: str) -> list[Node]:
        """Nodes whose name or one of whose aliases equals ``name`` (after normalization), in
        the order of their ids; looked up in an index, not by reading every node."""
        nodes = self._g.nodes
        return [nodes[i]["data"] for i in self._names.ids(
            name, (data for _, data in nodes(data="data"))) if i in nodes]

    def __len__(self) -> int:
        return self._g.number_of_nodes()

    @property
    def number_of_edges(self) -> int:
        return self._g.number_of_edges()

    def node_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(n.type for n in self.nodes()).items()))

    def edge_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(e.type for e in self.edges()).items()))

    @property
    def nx(self) -> nx.MultiDiGraph:
        """The underlying networkx graph (node/edge attribute ``data`` holds the model)."""
        return self._g

    @classmethod
    def from_parts(cls, nodes: Iterable[Node], edges: Iterable[Edge],
                   documents: Iterable[Document] = ()) -> KnowledgeGraph:
        kg = cls()
        for d in documents:
            kg.add_document(d)
        for n in nodes:
            kg.add_node(n)
        for e in edges:
            kg.add_edge(e)
        return kg


def drop_metrics(kg: KnowledgeGraph) -> int:
    """Remove statistics from ``kg`` in place: MEASURES edges and Metric nodes (with their
    edges). Returns how many nodes were removed."""
    from .models import EdgeType, NodeType

    for edge in [e for e in kg.edges() if e.type == EdgeType.MEASURES.value]:
        kg.remove_edge(edge)
    metric = [n.id for n in kg.nodes() if n.type == NodeType.METRIC.value]
    for nid in metric:
        kg.remove_node(nid)
    return len(metric)


def drop_weak_edges(kg: KnowledgeGraph, min_confidence: float) -> int:
    """Remove the edges of ``kg`` whose confidence is below ``min_confidence`` (a build's
    ``--min-confidence``). Returns how many were removed."""
    weak = [e for e in kg.edges() if e.confidence < min_confidence]
    for e in weak:
        kg.remove_edge(e)
    return len(weak)
