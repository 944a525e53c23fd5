"""Corrections applied to a store: the stored graph is read, corrected in memory, and only what
changed is written back, in one transaction (nodes first, then deleted edges and nodes, then
edges). Both stores run the same Cypher, so Neo4j and the embedded database end equal."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ..graph.batches import LazyBatches, batched
from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.rows import edge_to_row, node_to_row
from ..graph.store import GraphStore
from ..queries import cypher as q
from .apply import CurationReport, apply_curation
from .entries import Curation

__all__ = ["DOCUMENTS_MENTIONING", "apply_to_store", "check_store"]

log = logging.getLogger(__name__)

#: how many stored documents mention a name (for telling a rejection that holds from a stale one)
DOCUMENTS_MENTIONING = "MATCH (d:Document) WHERE d.text CONTAINS $name RETURN count(d) AS n"


def _same(x: Any) -> Any:
    return x


def _mentioned(store: GraphStore) -> Callable[[str], bool]:
    def mentioned(name: str) -> bool:
        return bool(store._run_read(DOCUMENTS_MENTIONING, {"name": name}).rows[0][0])
    return mentioned


def check_store(store: GraphStore, cur: Curation) -> CurationReport:
    """What each entry would do on the stored graph (nothing is written)."""
    return apply_curation(store.read_graph(with_text=False), cur, mentioned=_mentioned(store))


def apply_to_store(store: GraphStore, cur: Curation) -> CurationReport:
    """Apply ``cur`` to the stored graph; returns what each entry did. Stale entries are
    logged as warnings (once each)."""
    if not cur:
        return CurationReport()
    kg = store.read_graph(with_text=False)
    report = apply_curation(kg, cur, mentioned=_mentioned(store))
    if report.changes:
        _write_changes(store, kg, report)
    for r in report.stale:
        log.warning("correction matches nothing: %s (%s)", r.entry.describe(), r.detail)
    return report


def _write_changes(store: GraphStore, kg: KnowledgeGraph, report: CurationReport) -> None:
    ch = report.changes
    store.ensure_schema(sorted({k[1] for k in ch.edges}))
    plan: list[tuple[str, list[Any], Callable[[Any], Any]]] = []
    upsert: dict[str, list] = defaultdict(list)
    delete: dict[str, list[str]] = defaultdict(list)
    for nid in sorted(ch.nodes):
        if kg.has_node(nid):
            upsert[kg.node(nid).type].append(kg.node(nid))
        if nid in ch.node_labels and not kg.has_node(nid):
            delete[ch.node_labels[nid]].append(nid)
    for lab, nodes in sorted(upsert.items()):
        cy = q.UPSERT_NODES.format(label=q.label(lab))
        plan += [(cy, c, node_to_row) for c in batched(nodes, store.batch_size)]
    gone: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    new: dict[tuple[str, str, str], list] = defaultdict(list)
    for key in sorted(ch.edges):
        s, rel, t = key
        edge = kg.get_edge(s, rel, t) if kg.has_node(s) and kg.has_node(t) else None
        if edge is not None:
            new[(rel, kg.node(s).type, kg.node(t).type)].append(edge)
        elif key in ch.edge_labels:
            src, dst = ch.edge_labels[key]
            gone[(rel, src, dst)].append({"source": s, "target": t})
    for (rel, src, dst), rows in sorted(gone.items()):
        cy = q.DELETE_EDGES.format(rel=q.rel_type(rel), src=q.label(src), dst=q.label(dst))
        plan += [(cy, c, _same) for c in batched(rows, store.batch_size)]
    for lab, ids in sorted(delete.items()):
        cy = q.DELETE_NODES.format(label=q.label(lab))
        plan += [(cy, c, _same) for c in batched(ids, store.batch_size)]
    for (rel, src, dst), edges in sorted(new.items()):
        cy = q.UPSERT_EDGES.format(rel=q.rel_type(rel), src=q.label(src), dst=q.label(dst))
        plan += [(cy, c, edge_to_row) for c in batched(edges, store.batch_size)]
    log.debug("curation: writing %d nodes, %d edges", len(ch.nodes), len(ch.edges))
    store._run_write_atomic(LazyBatches(plan))
