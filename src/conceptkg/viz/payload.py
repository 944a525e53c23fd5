"""The data embedded in the HTML page: vis-network nodes/edges plus escaped tooltip material.

Safety rules, relied upon by ``assets/page.js``:

* every string that ends up in a tooltip (names, types, aliases, sentences, document titles and
  ids, rules) is HTML-escaped here with :func:`html.escape`, so the page may build tooltips as
  HTML;
* node labels and the search index stay raw: they are drawn on the canvas or set with
  ``textContent``, never parsed as HTML;
* the whole payload is serialized by :func:`script_json`, which cannot close the ``<script>``
  element that holds it.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import Document, Evidence, NodeType, normalize_name

from .style import EDGE_STYLES, edge_style, node_size, node_style

__all__ = [
    "MAX_ALIASES",
    "MAX_EVIDENCE",
    "MAX_SENTENCE_CHARS",
    "MAX_LABEL_CHARS",
    "script_json",
    "esc",
    "clip_text",
    "build_payload",
]

MAX_ALIASES = 12
MAX_EVIDENCE = 3
MAX_SENTENCE_CHARS = 160
MAX_LABEL_CHARS = 48

_SCRIPT_UNSAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def script_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript
    line terminators U+2028/U+2029 are written as ``\\uXXXX`` escapes (so ``</script>`` and
    ``<!--`` cannot occur), which every JSON parser reads back as the same characters."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _SCRIPT_UNSAFE:  # str.replace: C speed on multi-megabyte payloads
        text = text.replace(char, escape)
    return text


def esc(text: object) -> str:
    """HTML-escape any value for use in tooltip HTML (quotes included)."""
    return html.escape(str(text), quote=True)


def clip_text(text: str, limit: int) -> str:
    """``text`` with its whitespace collapsed, cut to ``limit`` characters (ending in …)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Evidence:
    """Interns documents and sentences so that a sentence shared by many nodes and edges is
    embedded once."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self._documents = documents
        self.docs: list[list[str]] = []
        self.sentences: list[list[Any]] = []
        self._doc_index: dict[str, int] = {}
        self._sent_index: dict[tuple[str, int, int], int] = {}

    def _doc(self, doc_id: str) -> int:
        if doc_id not in self._doc_index:
            doc = self._documents.get(doc_id)
            title = (doc.title or doc.path) if doc is not None else ""
            if doc is not None and doc.date:
                title = f"{title} · {doc.date}"
            self._doc_index[doc_id] = len(self.docs)
            self.docs.append([esc(doc_id), esc(clip_text(title, 120))])
        return self._doc_index[doc_id]

    def refs(self, evidence: list[Evidence]) -> list[list[Any]]:
        """Up to MAX_EVIDENCE ``[sentence index, escaped rule]`` pairs, distinct documents
        first."""
        chosen: list[Evidence] = []
        seen_docs: set[str] = set()
        for ev in evidence:
            if ev.document not in seen_docs:
                chosen.append(ev)
                seen_docs.add(ev.document)
            if len(chosen) == MAX_EVIDENCE:
                break
        for ev in evidence:
            if len(chosen) == MAX_EVIDENCE:
                break
            if ev not in chosen:
                chosen.append(ev)
        out = []
        for ev in chosen:
            key = (ev.document, ev.start, ev.end)
            if key not in self._sent_index:
                self._sent_index[key] = len(self.sentences)
                self.sentences.append([self._doc(ev.document), ev.start, ev.end,
                                       esc(clip_text(ev.sentence, MAX_SENTENCE_CHARS))])
            out.append([self._sent_index[key], esc(ev.rule)])
        return out


def _node_legend(present: dict[str, int]) -> list[dict[str, Any]]:
    """Every node type (the known ones first), its style and how many nodes it has."""
    names = dict.fromkeys([*(t.value for t in NodeType), *sorted(present)])
    return [{"name": n, "count": present.get(n, 0), "color": node_style(n).color,
             "border": node_style(n).border, "shape": node_style(n).shape,
             "dashed": node_style(n).dashed} for n in names]


def _edge_legend(present: dict[str, int]) -> list[dict[str, Any]]:
    """Every edge type (the styled ones first), its style and how many edges it has."""
    names = dict.fromkeys([*EDGE_STYLES, *sorted(present)])
    return [{"name": n, "count": present.get(n, 0), "color": edge_style(n).color,
             "arrow": edge_style(n).arrow, "dashes": edge_style(n).dashes} for n in names]


def _curated(attributes: dict[str, Any]) -> list[str]:
    """The corrections made to a node or edge (by hand or by entity resolution), escaped."""
    out = []
    for n in (attributes.get("curated") or [])[:MAX_ALIASES]:
        why = " — ".join(str(x) for x in (n.get("note", ""), n.get("author", "")) if x)
        out.append(esc(clip_text(f"{n.get('what', '')}" + (f" ({why})" if why else ""), 160)))
    return out


def build_payload(kg: KnowledgeGraph, *, title: str,
                  positions: dict[str, tuple[float, float]] | None,
                  physics: bool = True, focus: Iterable[str] = ()) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able data. ``positions``: initial node
    positions (fixed ones when ``physics`` is off)."""
    g = kg.nx
    node_list, edge_list = list(kg.nodes()), list(kg.edges())
    degrees = {nid: g.degree(nid) for nid in g.nodes}
    max_deg = max(degrees.values(), default=0)
    interned = _Evidence(kg.documents)

    nodes, search, info = [], [], []
    for node in node_list:
        item: dict[str, Any] = {"id": node.id, "label": clip_text(node.name, MAX_LABEL_CHARS),
                                "group": node.type,
                                "size": node_size(degrees[node.id], max_deg)}
        if positions is not None:
            x, y = positions[node.id]
            item["x"], item["y"] = x, y
        nodes.append(item)
        names = [node.name, *node.aliases]
        search.append(sorted({normalize_name(n) for n in names}))
        info.append({
            "name": esc(node.name),
            "type": esc(node.type),
            "aliases": [esc(clip_text(a, 60)) for a in node.aliases[:MAX_ALIASES]],
            "moreAliases": max(0, len(node.aliases) - MAX_ALIASES),
            "degree": degrees[node.id],
            "ev": interned.refs(node.evidence),
            "nEv": node.mentions,  # exact, while the evidence kept is capped
            "nDocs": len(node.counts),
            "curated": _curated(node.attributes),
        })

    edges, einfo = [], []
    for i, edge in enumerate(edge_list):
        edges.append({"id": i, "from": edge.source, "to": edge.target, "type": edge.type})
        einfo.append({
            "type": esc(edge.type),
            "conf": round(edge.confidence, 3),
            "rules": [esc(r) for r in edge.rules],
            "ev": interned.refs(edge.evidence),
            "nEv": edge.mentions,
            "nDocs": len(edge.counts),
            "curated": _curated(edge.attributes),
        })

    node_counts = dict(Counter(n.type for n in node_list))
    edge_counts = dict(Counter(e.type for e in edge_list))
    return {
        "meta": {"title": title, "nodes": len(nodes), "edges": len(edges),
                 "physics": physics, "positions": positions is not None,
                 "focus": sorted(set(focus))},
        "nodeTypes": _node_legend(node_counts),
        "edgeTypes": _edge_legend(edge_counts),
        "edgeStyles": {name: edge_style(name).vis() for name in
                       dict.fromkeys([*EDGE_STYLES, *edge_counts])},
        "nodes": nodes,
        "edges": edges,
        "search": search,
        "info": info,
        "einfo": einfo,
        "sentences": interned.sentences,
        "docs": interned.docs,
    }
