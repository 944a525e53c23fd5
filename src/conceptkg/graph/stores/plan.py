"""A write to a store, planned statement by statement: nodes, edges and documents to upsert and
what to delete, grouped by label and relationship type and cut into batches. The rows of a batch
are made only when it is written (:class:`..batches.LazyBatches`), so a large write never holds
every row at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..batches import LazyBatches, batched
from ..models import Document, Edge, Node
from . import statements as st
from .schema import DOCUMENT, EDGE, NODE

__all__ = ["DOCUMENTS_PER_BATCH", "WritePlan"]

#: documents carry their whole text: fewer of them go in one batch
DOCUMENTS_PER_BATCH = 50


def _same(x: Any) -> Any:
    return x


class WritePlan:
    """Statements in the order they are added; :meth:`batches` gives them to a store."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size
        # each step: (cypher, items, converter from item to row)
        self.steps: list[tuple[str, list[Any], Callable[[Any], Any]]] = []

    def _add(self, cypher: str, items: Iterable[Any], row: Callable[[Any], Any],
             size: int | None = None) -> None:
        self.steps += [(cypher, chunk, row) for chunk in batched(list(items),
                                                                 size or self.batch_size)]

    def upsert_nodes(self, label: str, nodes: Iterable[Node]) -> None:
        self._add(st.upsert_nodes(label), nodes, NODE.to_row)

    def update_nodes(self, label: str, nodes: Iterable[Node]) -> None:
        """Nodes the store holds, written over (no ``MERGE``)."""
        self._add(st.update_nodes(label), nodes, NODE.to_row)

    def create_nodes(self, label: str, nodes: Iterable[Node]) -> None:
        """Nodes the store does not hold yet (a plain ``CREATE``: no lookup by id)."""
        self._add(st.create_nodes(label), nodes, NODE.to_row)

    def create_edges(self, rel: str, src: str, dst: str, edges: Iterable[Edge]) -> None:
        """Edges the store does not hold yet."""
        self._add(st.create_edges(rel, src, dst), edges, EDGE.to_row)

    def upsert_edges(self, rel: str, src: str, dst: str, edges: Iterable[Edge]) -> None:
        """Edges of type ``rel`` from ``src`` nodes to ``dst`` nodes."""
        self._add(st.upsert_edges(rel, src, dst), edges, EDGE.to_row)

    def upsert_documents(self, docs: Iterable[Document]) -> None:
        """Documents that replace what the store holds under their ids."""
        self._add(st.UPSERT_DOCUMENTS, docs, DOCUMENT.to_row, DOCUMENTS_PER_BATCH)

    def merge_documents(self, docs: Iterable[Document]) -> None:
        """Documents new to the store, or held already and not replaced: those keep the file
        they were recorded from (see :data:`.statements.DOCUMENT_FILE_FIELDS`)."""
        self._add(st.MERGE_DOCUMENTS, docs, DOCUMENT.to_row, DOCUMENTS_PER_BATCH)

    def delete_nodes(self, label: str, ids: Iterable[str]) -> None:
        self._add(st.delete_nodes(label), ids, _same)

    def delete_edges(self, rel: str, src: str, dst: str,
                     ends: Iterable[tuple[str, str]]) -> None:
        """The edges of type ``rel`` between each (source id, target id) of ``ends``."""
        self._add(st.delete_edges(rel, src, dst),
                  ({"source": s, "target": t} for s, t in ends), _same)

    def delete_documents(self, ids: Iterable[str]) -> None:
        self._add(st.DELETE_DOCUMENTS, ids, _same)

    def batches(self) -> LazyBatches:
        return LazyBatches(self.steps)
