"""Flat property rows for stores: how nodes, edges and documents are written as properties.

Both stores hold exactly these properties, so the same Cypher reads the same values on each.
Lists of maps are not valid Neo4j properties, so evidence and attributes travel as JSON text.
"""

from __future__ import annotations

import json
from typing import Any

from .models import Document, Edge, Evidence, Node

__all__ = [
    "node_to_row",
    "row_to_node",
    "edge_to_row",
    "row_to_edge",
    "document_to_row",
    "row_to_document",
    "DOCUMENT_FIELDS",
]


def _dumps(value: Any) -> str:
    if not value:  # the common case: no attributes
        return "{}" if isinstance(value, dict) else json.dumps(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _evidence_json(evidence: list[Evidence]) -> str:
    # keys in sorted order, as _dumps writes them; built by hand since this is the hot path
    return json.dumps(
        [{"document": e.document, "end": e.end, "rule": e.rule, "sentence": e.sentence,
          "start": e.start} for e in evidence],
        ensure_ascii=False, separators=(",", ":"))


def _counts_json(counts: dict[str, int]) -> str:
    return json.dumps(dict(sorted(counts.items())), separators=(",", ":"))


def node_to_row(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "name": node.name,
        "aliases": list(node.aliases),
        "attributes": _dumps(node.attributes),
        "evidence": _evidence_json(node.evidence),
        "documents": node.documents,
        "mentions": node.mentions,
        "counts": _counts_json(node.counts),
        "alias_docs": _dumps(node.alias_docs),
    }


def row_to_node(row: dict[str, Any], node_type: str) -> Node:
    return Node(
        id=row["id"],
        name=row["name"],
        type=node_type,
        aliases=list(row.get("aliases") or []),
        attributes=json.loads(row.get("attributes") or "{}"),
        evidence=[Evidence(**e) for e in json.loads(row.get("evidence") or "[]")],
        counts=json.loads(row.get("counts") or "{}"),
        alias_docs=json.loads(row.get("alias_docs") or "{}"),
    )


def edge_to_row(edge: Edge) -> dict[str, Any]:
    first = edge.evidence[0] if edge.evidence else None
    return {
        "source": edge.source,
        "target": edge.target,
        "confidence": float(edge.confidence),
        "evidence": _evidence_json(edge.evidence),
        "sentence": first.sentence if first else "",
        "rules": edge.rules,
        "documents": edge.documents,
        "mentions": edge.mentions,
        "counts": _counts_json(edge.counts),
        "attributes": _dumps(edge.attributes),
    }


def row_to_edge(row: dict[str, Any], edge_type: str) -> Edge:
    return Edge(
        source=row["source"],
        target=row["target"],
        type=edge_type,
        confidence=float(row.get("confidence") if row.get("confidence") is not None else 1.0),
        evidence=[Evidence(**e) for e in json.loads(row.get("evidence") or "[]")],
        attributes=json.loads(row.get("attributes") or "{}"),
        counts=json.loads(row.get("counts") or "{}"),
    )


#: the Document properties besides ``id``, ``text`` and ``chars`` (all strings but ``size``)
DOCUMENT_FIELDS = ("path", "resolved", "title", "date", "format", "original_encoding",
                   "extractor", "lexicon", "size", "built_at")


def document_to_row(doc: Document) -> dict[str, Any]:
    row: dict[str, Any] = {f: getattr(doc, f) for f in DOCUMENT_FIELDS}
    row.update(id=doc.id, text=doc.text, chars=len(doc.text))
    return row


def row_to_document(row: dict[str, Any]) -> Document:
    values = {f: row.get(f) for f in DOCUMENT_FIELDS if row.get(f) is not None}
    values["size"] = int(values.get("size") or 0)
    return Document(id=row["id"], text=row.get("text") or "", **values)
