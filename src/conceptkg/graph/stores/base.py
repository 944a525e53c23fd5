"""The store interface: one writer/reader contract, several implementations (embedded, Neo4j).

:class:`GraphStore` holds the logic every store shares: merging an incoming graph with what the
store already has (aliases and evidence are united, nothing is duplicated), grouping rows by label
and relationship type, and writing them in batches (:mod:`.plan`). A store implements the few
primitives below and names its :class:`~.dialect.Dialect`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..batches import batched
from ..models import Document, Edge, Node, NodeType
from . import statements as st
from .dialect import Dialect
from .plan import WritePlan
from .replace import Removal, without_documents
from .schema import DOCUMENT, EDGE, NODE

if TYPE_CHECKING:
    from ..knowledge_graph import KnowledgeGraph

__all__ = ["GraphStore", "Progress", "QueryResult", "WriteReport"]

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=False)) for r in self.rows]


@dataclass
class WriteReport:
    nodes: int = 0
    edges: int = 0
    documents: int = 0
    batches: int = 0
    by_label: dict[str, int] = field(default_factory=dict)
    removed_nodes: int = 0
    removed_edges: int = 0
    removed_documents: int = 0
    #: what applying corrections afterwards did (a copy between stores: see
    #: :func:`conceptkg.transfer.merge_graph`), else None
    curation: Any = None


def _split(items: list[Any], stored: Callable[[Any], bool], create: bool
           ) -> tuple[list[Any], list[Any]]:
    """``items`` the store holds (to merge) and those it does not (to create); all of them to
    merge unless ``create``."""
    if not create:
        return items, []
    old, new = [], []
    for item in items:
        (old if stored(item) else new).append(item)
    return old, new


def _merge_into(items: list[Any], stored: dict[Any, Any], key: Callable[[Any], Any]) -> list[Any]:
    """Each incoming item merged into the stored item with the same key (which stays canonical),
    or the item itself when the store has none."""
    out = []
    for item in items:
        old = stored.get(key(item))
        if old is not None:
            old.merge(item)
            item = old
        out.append(item)
    return out


class GraphStore(ABC):
    """Common contract of the embedded and server stores."""

    #: the Cypher dialect of the engine (see :mod:`.dialect`)
    dialect: Dialect
    batch_size: int = 2000
    #: write nodes and edges the store did not hold with ``CREATE`` instead of ``MERGE``, and
    #: nodes it held with ``MATCH``: only a store with one writer may (what a write reads just
    #: before it is then still true when it runs, whether it commits at once or batch by batch)
    creates_new: bool = False

    # -- primitives each store implements -------------------------------------------------------
    @abstractmethod
    def ensure_schema(self, edge_types: Iterable[str] = ()) -> None: ...

    @abstractmethod
    def _run_read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult: ...

    @abstractmethod
    def _run_write_batches(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Run each (cypher, params) in its own transaction, retrying transient errors."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        """Run user Cypher; read-only unless ``write``."""

    @abstractmethod
    def close(self) -> None: ...

    def batch_writes(self) -> AbstractContextManager[None]:
        """A block of several writes (a build's chunks); a store may finish them together."""
        return nullcontext()

    def exclusive(self) -> AbstractContextManager[None]:
        """A read-modify-write that no other client may interleave with (the embedded database
        is locked by its engine; Neo4j holds a write lease on the server)."""
        return nullcontext()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- shared logic ---------------------------------------------------------------------------
    def document_ids(self) -> set[str]:
        return {r[0] for r in self._run_read(st.DOCUMENT_IDS).rows}

    def _edge_types_present(self) -> list[str]:
        return sorted(self.stats()["edges"])

    def documents(self) -> list[Document]:
        """The stored documents without their text (path, title, date, versions...)."""
        return [DOCUMENT.from_row(r, skip=("text",))
                for r in self._run_read(st.read_documents(with_text=False)).records()]

    def move_documents(self, moves: dict[str, tuple[str, str]]) -> None:
        """Record where stored documents live now: ``moves`` maps a document id to its path as
        given and its resolved path (a file moved, its content unchanged: nothing re-extracted)."""
        rows = [{"id": i, "path": p, "resolved": r} for i, (p, r) in sorted(moves.items())]
        if rows:
            self._run_write_atomic([(st.MOVE_DOCUMENTS, {"rows": rows})])

    def write_graph(self, kg: KnowledgeGraph, progress: Progress | None = None, *,
                    remove: Iterable[str] = ()) -> WriteReport:
        """Merge ``kg`` into the store: existing nodes and edges gain aliases and evidence.

        The documents in ``remove`` are taken out first: what only they supported is deleted
        (see :mod:`.replace`); a document of ``kg`` that is also in ``remove`` is replaced.
        The embedded store writes everything in one transaction, and so does Neo4j when
        ``remove`` is given; a plain Neo4j load runs batch by batch and writes the Document
        nodes last, so that a load that stops halfway has not recorded its documents yet and
        the next build completes it. ``kg`` itself is left unchanged."""
        kg_nodes, kg_edges = list(kg.nodes()), list(kg.edges())
        self.ensure_schema(sorted({e.type for e in kg_edges}))
        gone = without_documents(self, remove) if remove else Removal()
        nodes, known = self._merged_nodes(kg_nodes, gone)
        edges, stored_edges = self._merged_edges(
            kg_nodes, [e for e in kg_edges if e.source in known and e.target in known],
            kg_edges, gone)
        types = {n.id: n.type for n in nodes}
        incoming = set(types)
        for nid, (lab, after) in gone.nodes.items():
            if after is not None and nid not in incoming:
                nodes.append(after)
                types[nid] = lab
        deleted_nodes = gone.deleted_nodes - incoming
        keys = {e.key for e in edges}
        labels = {k: (s, d) for k, (s, d, _) in gone.edges.items()}
        for k, (_, _, after) in gone.edges.items():
            if after is not None and k not in keys and not {k[0], k[2]} & deleted_nodes:
                edges.append(after)
        deleted_edges = [k for k, (_, _, after) in gone.edges.items()
                         if k not in keys and (after is None or {k[0], k[2]} & deleted_nodes)]
        # what the store holds now: merged into; the rest is new to it
        held_nodes = known | gone.nodes.keys()
        held_edges = stored_edges | gone.edges.keys()
        plan = WritePlan(self.batch_size)
        report = WriteReport()

        by_label: dict[str, list[Node]] = defaultdict(list)
        for n in nodes:
            by_label[n.type].append(n)
        for lab, items in sorted(by_label.items()):
            old, new = _split(items, lambda n: n.id in held_nodes, self.creates_new)
            if old and self.creates_new:
                plan.update_nodes(lab, old)  # (held, and nobody else writes)
            elif old:
                plan.upsert_nodes(lab, old)
            if new:
                plan.create_nodes(lab, new)
            report.by_label[lab] = len(items)
            report.nodes += len(items)

        by_rel: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
        for e in edges:
            src, dst = labels.get(e.key) or (types[e.source], types[e.target])
            by_rel[(e.type, src, dst)].append(e)
        for (rel, src, dst), items in sorted(by_rel.items()):
            old, new = _split(items, lambda e: e.key in held_edges, self.creates_new)
            if old:
                plan.upsert_edges(rel, src, dst, old)
            if new:
                plan.create_edges(rel, src, dst, new)
            report.edges += len(items)

        self._deletions(plan, deleted_edges, labels, deleted_nodes, gone, report)
        dropped = sorted(gone.documents - set(kg.documents))
        if dropped:
            plan.delete_documents(dropped)
            report.removed_documents = len(dropped)
        # documents last: a document in the store means its nodes and edges are there too, so a
        # load that stopped halfway is completed by running it again (stores that commit batch
        # by batch, like Neo4j, skip only documents already present)
        replaced, merged = _split(list(kg.documents.values()), lambda d: d.id in gone.documents,
                                  True)
        if replaced:
            plan.upsert_documents(replaced)
        if merged:
            plan.merge_documents(merged)
        report.documents = len(kg.documents)

        statements = plan.batches()
        report.batches = len(statements)
        if gone.documents:  # a replacement: all or nothing, where the store allows
            self._run_write_atomic(statements)
        else:
            self._run_write_batches_with_progress(statements, progress)
        log.debug("wrote %d nodes, %d edges in %d batches", report.nodes, report.edges,
                  report.batches)
        return report

    def _deletions(self, plan: WritePlan, edges: list[tuple[str, str, str]],
                   labels: dict[tuple[str, str, str], tuple[str, str]], nodes: set[str],
                   gone: Removal, report: WriteReport) -> None:
        by_rel: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
        for k in sorted(edges):
            src, dst = labels[k]
            by_rel[(k[1], src, dst)].append((k[0], k[2]))
        for (rel, src, dst), ends in sorted(by_rel.items()):
            plan.delete_edges(rel, src, dst, ends)
        by_label: dict[str, list[str]] = defaultdict(list)
        for nid in sorted(nodes):
            by_label[gone.nodes[nid][0]].append(nid)
        for lab, ids in sorted(by_label.items()):
            plan.delete_nodes(lab, ids)
        report.removed_edges, report.removed_nodes = len(edges), len(nodes)

    def _run_write_atomic(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Run every statement in one transaction (the embedded store always does)."""
        self._run_write_batches(statements)

    def _run_write_batches_with_progress(self, statements: Sequence[tuple[str, dict[str, Any]]],
                                         progress: Progress | None) -> None:
        if progress is None:
            self._run_write_batches(statements)
            return
        for statement in statements:
            self._run_write_batches([statement])
            progress(len(statement[1].get("rows", ())))

    def _merged_nodes(self, kg_nodes: list[Node], gone: Removal
                      ) -> tuple[list[Node], set[str]]:
        """The nodes of ``kg``, each merged into the stored node of the same id if there is one
        (the stored name stays canonical), and the ids the store already had. Nodes new to the
        store are used as they are."""
        ids_by_label: dict[str, list[str]] = defaultdict(list)
        for n in kg_nodes:
            ids_by_label[n.type].append(n.id)
        stored = {n.id: n for lab, ids in ids_by_label.items()
                  for n in self.fetch_nodes(lab, ids)}
        known = set(stored)
        for nid in gone.nodes.keys() & known:
            after = gone.node_after(nid)
            if after is None:
                del stored[nid]
            else:
                stored[nid] = after
        return _merge_into(kg_nodes, stored, lambda n: n.id), known

    def _merged_edges(self, kg_nodes: list[Node], candidates: list[Edge],
                      kg_edges: list[Edge], gone: Removal
                      ) -> tuple[list[Edge], set[tuple[str, str, str]]]:
        """Like :meth:`_merged_nodes`, for edges (keyed by source, type and target), with the
        keys the store already had. Only ``candidates`` (edges between nodes the store already
        had) can exist in the store."""
        types = {n.id: n.type for n in kg_nodes}
        pairs: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
        for e in candidates:
            pairs[(e.type, types[e.source], types[e.target])].append(
                {"source": e.source, "target": e.target})
        present = set(self._edge_types_present()) if pairs else set()
        stored: dict[tuple[str, str, str], Edge] = {}
        for (rel, src, dst), ps in pairs.items():
            if rel not in present:
                continue
            cy = st.fetch_edges(rel, src, dst)
            for chunk in batched(ps, self.batch_size):
                for rec in self._run_read(cy, {"pairs": chunk}).records():
                    old = EDGE.from_row(rec, rel)
                    stored[old.key] = old
        present = set(stored)
        for key in gone.edges.keys() & stored.keys():
            after = gone.edges[key][2]
            if after is None:
                del stored[key]
            else:
                stored[key] = after
        return _merge_into(kg_edges, stored, lambda e: e.key), present

    def read_graph(self, with_text: bool = True) -> KnowledgeGraph:
        """The whole stored graph as a :class:`KnowledgeGraph`."""
        from ..knowledge_graph import KnowledgeGraph  # networkx: only when a graph is read

        kg = KnowledgeGraph()
        skip = () if with_text else ("text",)
        for rec in self._run_read(st.read_documents(with_text)).records():
            kg.add_document(DOCUMENT.from_row(rec, skip=skip))
        present = self._node_labels_present()
        for t in NodeType:
            if t.value in present:
                for node in self.read_nodes(t.value):
                    kg.add_node(node)
        for rec in self._run_read(st.read_edges(self.dialect)).records():
            if kg.has_node(rec["source"]) and kg.has_node(rec["target"]):
                kg.add_edge(EDGE.from_row(rec, rec["type"]))
        return kg

    def read_nodes(self, label: str) -> list[Node]:
        """Every stored node of ``label``, by id."""
        return [NODE.from_row(r, label) for r in self._run_read(st.read_nodes(label)).records()]

    def fetch_nodes(self, label: str, ids: Iterable[str]) -> Iterator[Node]:
        """The stored nodes of ``label`` among ``ids``."""
        cy = st.fetch_nodes(label)
        for chunk in batched(list(ids), self.batch_size):
            for rec in self._run_read(cy, {"ids": chunk}).records():
                yield NODE.from_row(rec, label)

    def _node_labels_present(self) -> set[str]:
        return {t.value for t in NodeType}

    def stats(self) -> dict[str, Any]:
        """Counts of nodes by label, edges by type, and documents; the documents' dates."""
        nodes: dict[str, int] = {}
        for lab in sorted(self._node_labels_present()):
            n = self._run_read(st.count_nodes(lab)).rows[0][0]
            if n:
                nodes[lab] = int(n)
        count_edges = st.count_edges(self.dialect)
        edges = {str(t): int(n) for t, n in self._run_read(count_edges).rows if n}
        docs = int(self._run_read(st.COUNT_DOCUMENTS).rows[0][0])
        return {"nodes": nodes, "edges": dict(sorted(edges.items())), "documents": docs,
                "dates": self._date_range()}

    def _date_range(self) -> dict[str, Any]:
        """First and last document date, and how many documents have none."""
        rows = self._run_read(st.DOCUMENT_DATES).rows
        dated = sorted(str(d) for (d,) in rows if d)
        out: dict[str, Any] = {"first": dated[0], "last": dated[-1]} if dated else {}
        if len(dated) < len(rows):
            out["undated"] = len(rows) - len(dated)
        return out

