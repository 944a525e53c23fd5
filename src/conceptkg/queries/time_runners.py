"""Runners of the named queries that read evidence and counts: ``evidence``, ``timeline`` and
``documents``. Each takes ``since``/``until``/``doc`` (see :mod:`.corpus`)."""

from __future__ import annotations

from typing import Any

from ..graph.stores import GraphStore, QueryResult
from . import named
from .common import NamedResult, cypher_for, ids_of, read, resolve, sort_key
from .corpus import doc_index, documents_rows, file_name, parse_json, timeline_rows
from .params import DocumentsParams, EvidenceParams, TimelineParams

__all__ = ["run_evidence", "run_timeline", "run_documents", "narrow_direct"]

EVIDENCE_COLUMNS = ["source", "type", "target", "sentence", "document", "title", "date",
                    "start", "end", "rule", "doc_id"]


def _edges_between(store: GraphStore, query: str, source: str, target: str
                   ) -> tuple[list[dict[str, Any]], list[str]]:
    src = resolve(store, query, source)
    dst = resolve(store, query, target)
    res = read(store, cypher_for(store, named.EVIDENCE),
               {"source": ids_of(src), "target": ids_of(dst)})
    return res.records(), list(dict.fromkeys([*ids_of(src), *ids_of(dst)]))


def run_evidence(store: GraphStore, query: str, p: EvidenceParams) -> NamedResult:
    """The sentences behind the edges between two nodes, with the documents' names and dates."""
    recs, node_ids = _edges_between(store, query, p.source, p.target)
    index = doc_index(store, query, p)
    rows: set[tuple[Any, ...]] = set()
    for r in recs:
        head = (r["source"], r["type"], r["target"])
        items = parse_json(r["evidence"], [], f"edge {head}")
        notes = parse_json(r.get("attributes") or "{}", {}, f"edge {head}").get("curated", [])
        if not items and not notes and not p.filtered:
            rows.add((*head, "", "", "", "", None, None, "", ""))
        if not p.filtered:  # corrections by hand or by entity resolution, with their reason
            for n in notes:
                why = " — ".join(x for x in (n.get("note", ""), n.get("author", "")) if x)
                rows.add((*head, f"[{n.get('op', '')}] {n.get('what', '')}"
                          + (f": {why}" if why else ""), "", "", "", None, None, "curated", ""))
        for e in items:
            doc = e.get("document", "")
            if index.admits(doc):
                rows.add((*head, e.get("sentence", ""), *index.describe(doc), e.get("start"),
                          e.get("end"), e.get("rule", ""), doc))
    order = [0, 1, 2, 6, 4, 7, 8, 9, 3, 10]  # by edge, then date, document and offsets
    ordered = sorted(rows, key=lambda row: tuple(sort_key(row[i]) for i in order))
    return NamedResult(EVIDENCE_COLUMNS, [list(r) for r in ordered], query=query,
                       node_ids=node_ids)


def narrow_direct(store: GraphStore, query: str, p: Any, res: QueryResult) -> QueryResult:
    """Rows of a direct-relation query without their ``evidence`` column; with time
    parameters, only the edges found in the admitted documents, each shown with its first
    sentence from one of them."""
    columns = [c for c in res.columns if c != "evidence"]
    recs = res.records()
    if p.filtered:
        index = doc_index(store, query, p)
        kept = []
        for r in recs:
            items = [e for e in parse_json(r["evidence"], [], "edge")
                     if index.admits(e.get("document", ""))]
            if items:
                first = min(items, key=lambda e: (e.get("document", ""), e.get("start", 0),
                                                  e.get("end", 0), e.get("rule", "")))
                r["sentence"] = first.get("sentence", "")
                kept.append(r)
        recs = kept
    return QueryResult(columns, [[r[c] for c in columns] for r in recs])


def _node_counts(store: GraphStore, query: str, name: str
                 ) -> tuple[list[str], list[tuple[dict[str, Any], dict[str, int]]]]:
    """The ids of the nodes ``name`` stands for, and each one's record with its mentions per
    document."""
    found = resolve(store, query, name)
    res = read(store, cypher_for(store, named.NODE_COUNTS), {"ids": ids_of(found)})
    return ids_of(found), [(r, parse_json(r["counts"], {}, f"node {r['id']}"))
                           for r in res.records()]


def run_timeline(store: GraphStore, query: str, p: TimelineParams) -> NamedResult:
    """Mentions and documents of a node per month (or year), first and last seen in each, and
    how many documents the corpus has in that period (months without a mention included)."""
    node_ids, recs = _node_counts(store, query, p.name)
    index = doc_index(store, query, p)
    rows = [[r["name"], r["type"], *row]
            for r, counts in recs for row in timeline_rows(counts, index, p.by)]
    columns = ["name", "type", "period", "mentions", "documents", "first_seen", "last_seen",
               "corpus_documents"]
    return NamedResult(columns, rows, query=query, node_ids=node_ids)


def run_documents(store: GraphStore, query: str, p: DocumentsParams) -> NamedResult:
    """The documents (all, those mentioning a node, or those supporting the edges between
    two nodes), with titles, dates and exact counts."""
    index = doc_index(store, query, p)
    if p.name is not None:
        node_ids, recs = _node_counts(store, query, p.name)
        rows = [[r["name"], r["type"], *row]
                for r, counts in recs for row in documents_rows(counts, index)]
        columns = ["name", "type", "document", "title", "date", "mentions", "doc_id"]
        return NamedResult(columns, rows, query=query, node_ids=node_ids)
    if p.source is not None and p.target is not None:
        recs, node_ids = _edges_between(store, query, p.source, p.target)
        rows = []
        for r in sorted(recs, key=lambda x: (x["source"], x["type"], x["target"])):
            counts = parse_json(r["counts"], {}, "edge")
            rows += [[r["source"], r["type"], r["target"], *row]
                     for row in documents_rows(counts, index)]
        columns = ["source", "type", "target", "document", "title", "date", "count", "doc_id"]
        return NamedResult(columns, rows, query=query, node_ids=node_ids)
    docs = [d for d in index.docs.values() if index.admits(d.id)]
    docs.sort(key=lambda d: (d.date == "", d.date, file_name(d), d.id))
    rows = [[file_name(d), d.title, d.date, d.format, d.size, d.path, d.id] for d in docs]
    return NamedResult(["document", "title", "date", "format", "size", "path", "doc_id"], rows,
                       query=query)
