"""What a set of stored documents supports, and what is left of it without them.

Removing a document (because it was removed, or because a new version of it is built) takes its
counts, evidence and aliases out of every node and edge it supports; a node or edge that nothing
else supports is deleted. :func:`without_documents` reads the affected items and returns them as
they will be; :meth:`GraphStore.write_graph` writes the result together with any new content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import Edge, Node
from . import statements as st
from .schema import EDGE, NODE

if TYPE_CHECKING:
    from .base import GraphStore

__all__ = ["Removal", "user_curated", "user_note", "without_documents"]


@dataclass
class Removal:
    """Affected nodes (id → label and the node left, or None to delete) and edges (key →
    source label, target label and the edge left, or None)."""

    documents: set[str] = field(default_factory=set)
    nodes: dict[str, tuple[str, Node | None]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], tuple[str, str, Edge | None]] = field(
        default_factory=dict)

    def node_after(self, node_id: str) -> Node | None:
        return self.nodes[node_id][1]

    @property
    def deleted_nodes(self) -> set[str]:
        return {i for i, (_, n) in self.nodes.items() if n is None}


def user_note(note: object) -> bool:
    """Whether a ``curated`` note records a user's correction (not an automatic merge or
    split)."""
    return isinstance(note, dict) and not str(note.get("op", "")).startswith("auto-")


def user_curated(node: Node) -> bool:
    """Whether a user's correction touched ``node``."""
    return any(map(user_note, node.attributes.get("curated") or []))


def without_documents(store: GraphStore, documents: Iterable[str]) -> Removal:
    """The nodes and edges ``documents`` support, each as it is without them."""
    docs = set(documents)
    out = Removal(documents=docs)
    if not docs:
        return out
    params = {"docs": sorted(docs)}
    for lab in sorted(store._node_labels_present()):
        for rec in store._run_read(st.nodes_of_documents(lab), params).records():
            node = NODE.from_row(rec, lab)
            if not node.documents and user_curated(node):
                continue  # (a node a user's split or added edge made: kept, not swept)
            out.nodes[node.id] = (lab, node.without_documents(docs))
    for rel in store._edge_types_present():
        for rec in store._run_read(st.edges_of_documents(store.dialect, rel), params).records():
            edge = EDGE.from_row(rec, rel)
            out.edges[edge.key] = (rec["src_label"], rec["dst_label"],
                                   edge.without_documents(docs))
    return out
