"""Whole-graph comparison for store tests: every field of every node, edge and document."""

from __future__ import annotations

from typing import Any

from conceptkg.graph import KnowledgeGraph
from conceptkg.graph.io_json import graph_to_dict


def canonical(kg: KnowledgeGraph) -> dict[str, Any]:
    """The graph as plain data in a fixed order (with document texts), every field but the
    time a document was built (two builds of the same files differ only there)."""
    data = graph_to_dict(kg, with_text=True)
    for doc in data["documents"]:
        doc.pop("built_at", None)
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["type"], e["target"]))
    return data
