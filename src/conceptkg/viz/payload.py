"""The data embedded in the HTML page: vis-network nodes/edges, communities, and the evidence
shown in the side panel.

Safety rules, relied upon by ``assets/*.js``:

* strings stay raw here (names, aliases, sentences, document titles, rules): the page only ever
  puts them into the DOM with ``textContent`` / text nodes or draws them on the canvas, never
  parses them as HTML;
* the whole payload is serialized by :func:`script_json`, which cannot close the ``<script>``
  element that holds it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import (
    MAX_NODE_EVIDENCE,
    Document,
    Edge,
    Evidence,
    NodeType,
    normalize_name,
)

from .community import Community
from .style import EDGE_STYLES, edge_style, node_size, node_style

__all__ = [
    "MAX_ALIASES",
    "MAX_EVIDENCE",
    "MAX_SENTENCE_CHARS",
    "MAX_LABEL_CHARS",
    "script_json",
    "clip_text",
    "doc_date",
    "rank_node_evidence",
    "build_payload",
]

MAX_ALIASES = 12
#: evidence sentences embedded per node or edge (the most informative first); counts stay exact
MAX_EVIDENCE = 60
MAX_SENTENCE_CHARS = 300
MAX_LABEL_CHARS = 48

_SCRIPT_UNSAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def script_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript
    line terminators U+2028/U+2029 are written as ``\\uXXXX`` escapes (so ``</script>`` and
    ``<!--`` cannot occur), which every JSON parser reads back as the same characters."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _SCRIPT_UNSAFE:  # str.replace: C speed on multi-megabyte payloads
        text = text.replace(char, escape)
    return text


def clip_text(text: str, limit: int) -> str:
    """``text`` with its whitespace collapsed, cut to ``limit`` characters (ending in …)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def doc_date(doc: Document | None) -> str:
    """A document's date as ``YYYY-MM-DD``, or "" when it has none (documents may carry a
    ``date`` attribute: a ``datetime.date`` or an ISO string)."""
    value = getattr(doc, "date", None) if doc is not None else None
    if value is None or value == "":
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    match = _ISO_DATE.match(text)
    return match.group(0) if match else ""


def _cue(rule: str) -> bool:
    return rule.startswith("cue")


def rank_node_evidence(node_ev: Sequence[Evidence], edges: Iterable[Edge]
                       ) -> list[tuple[Evidence, int]]:
    """A node's evidence sentences, each with a score, most informative first: a sentence that
    states relations of the node (the evidence of its edges) scores 2 per relation stated with a
    cue word and 1 per relation found otherwise; a bare mention scores 0."""
    score: dict[tuple[str, int, int], int] = defaultdict(int)
    by_key: dict[tuple[str, int, int], Evidence] = {}
    for ev in node_ev:
        by_key.setdefault((ev.document, ev.start, ev.end), ev)
    for edge in edges:
        for ev in edge.evidence:
            key = (ev.document, ev.start, ev.end)
            by_key.setdefault(key, ev)
            score[key] += 2 if _cue(ev.rule) else 1
    keys = sorted(by_key, key=lambda k: (-score[k], k))
    return [(by_key[k], score[k]) for k in keys]


class _Evidence:
    """Interns documents and sentences: a sentence shared by many nodes and edges is embedded
    once."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self._documents = documents
        self.docs: list[list[str]] = []
        self.sentences: list[list[Any]] = []
        self._doc_index: dict[str, int] = {}
        self._sent_index: dict[tuple[str, int, int], int] = {}

    def doc(self, doc_id: str) -> int:
        if doc_id not in self._doc_index:
            doc = self._documents.get(doc_id)
            path = doc.path if doc is not None else doc_id
            title = clip_text(doc.title, 120) if doc is not None and doc.title else ""
            self._doc_index[doc_id] = len(self.docs)
            self.docs.append([path or doc_id, title, doc_date(doc)])
        return self._doc_index[doc_id]

    def refs(self, ranked: Iterable[tuple[Evidence, int]]) -> list[list[int]]:
        """Up to MAX_EVIDENCE ``[sentence index, score]`` pairs, in the order given."""
        out = []
        for ev, score in ranked:
            if len(out) == MAX_EVIDENCE:
                break
            key = (ev.document, ev.start, ev.end)
            if key not in self._sent_index:
                self._sent_index[key] = len(self.sentences)
                self.sentences.append([self.doc(ev.document), ev.start, ev.end,
                                       clip_text(ev.sentence, MAX_SENTENCE_CHARS)])
            out.append([self._sent_index[key], score])
        return out

    def doc_set(self, evidence: Iterable[Evidence]) -> list[int]:
        return sorted({self.doc(ev.document) for ev in evidence})


def _legend(present: dict[str, int], known: Iterable[str], style: Any) -> list[dict[str, Any]]:
    names = dict.fromkeys([*known, *sorted(present)])
    out = []
    for n in names:
        st = style(n)
        item = {"name": n, "count": present.get(n, 0), "color": st.color}
        item.update({"border": st.border, "shape": st.shape, "dashed": st.dashed}
                    if hasattr(st, "shape") else {"arrow": st.arrow, "dashes": st.dashes})
        out.append(item)
    return out


def _curated(attributes: dict[str, Any]) -> list[str]:
    """The corrections made to a node or edge (by hand or by entity resolution), as text."""
    out = []
    for n in (attributes.get("curated") or [])[:MAX_ALIASES]:
        why = " — ".join(str(x) for x in (n.get("note", ""), n.get("author", "")) if x)
        out.append(clip_text(f"{n.get('what', '')}" + (f" ({why})" if why else ""), 160))
    return out


def _node_info(kg: KnowledgeGraph, node: Any, degree: int, interned: _Evidence,
               hub_rank: dict[str, int], community: dict[str, int],
               reserve: set[str]) -> dict[str, Any]:
    g = kg.nx
    incident = [d["data"] for _, _, d in g.out_edges(node.id, data=True)]
    incident += [d["data"] for _, _, d in g.in_edges(node.id, data=True)]
    ranked = rank_node_evidence(node.evidence, incident)
    # an exact count when the store keeps one (a field or an attribute); else the evidence kept
    mentions = node.mentions if getattr(node, "counts", None) else None
    if mentions is None:
        mentions = node.attributes.get("mentions")
    return {
        "type": node.type,
        "moreAliases": max(0, len(node.aliases) - MAX_ALIASES),
        "degree": degree,
        "byType": dict(sorted(Counter(e.type for e in incident).items())),
        "nEv": len(node.evidence),
        "evCapped": len(node.evidence) >= MAX_NODE_EVIDENCE,
        "mentions": mentions if isinstance(mentions, int) and not isinstance(mentions, bool)
        else None,
        "nDocs": len(getattr(node, "counts", {}) or {}) or
        len({ev.document for ev in node.evidence}),
        "nSent": len(ranked),
        "ev": interned.refs(ranked),
        "dd": interned.doc_set(ev for ev, _ in ranked),
        "c": community.get(node.id, -1),
        "hub": hub_rank.get(node.id, -1),
        "reserve": node.id in reserve,
        "curated": _curated(node.attributes),
    }


def build_payload(kg: KnowledgeGraph, *, title: str,
                  positions: dict[str, tuple[float, float]] | None,
                  physics: bool = True, focus: Iterable[str] = (),
                  communities: Sequence[Community] = (), hidden: dict[str, Any] | None = None,
                  reserve: set[str] | None = None) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able data. ``positions``: initial node
    positions (fixed ones when ``physics`` is off); ``communities``: the overview's groups
    (none: no overview); ``hidden``: what the view left out (see :class:`.view.ViewInfo`);
    ``reserve``: ids of nodes embedded hidden, shown when a neighbour is expanded."""
    g = kg.nx
    reserve = reserve or set()
    node_list, edge_list = list(kg.nodes()), list(kg.edges())
    degrees = {nid: g.degree(nid) for nid in g.nodes}
    max_deg = max(degrees.values(), default=0)
    interned = _Evidence(kg.documents)
    community = {n: c.index for c in communities for n in c.members}
    hub_rank = {n: r for c in communities for r, n in enumerate(c.hubs)}

    nodes, search, names, info = [], [], [], []
    for node in node_list:
        item: dict[str, Any] = {"id": node.id, "label": clip_text(node.name, MAX_LABEL_CHARS),
                                "group": node.type,
                                "size": node_size(degrees[node.id], max_deg)}
        if positions is not None:
            x, y = positions[node.id]
            item["x"], item["y"] = x, y
        nodes.append(item)
        search.append(sorted({normalize_name(n) for n in (node.name, *node.aliases)}))
        names.append([node.name, *(clip_text(a, 60) for a in node.aliases[:MAX_ALIASES])])
        info.append(_node_info(kg, node, degrees[node.id], interned, hub_rank, community,
                               reserve))

    edges, einfo = [], []
    for i, edge in enumerate(edge_list):
        edges.append({"id": i, "from": edge.source, "to": edge.target, "type": edge.type})
        ranked = sorted(edge.evidence, key=lambda e: (not _cue(e.rule), e.key))
        einfo.append({
            "type": edge.type,
            "conf": round(edge.confidence, 3),
            "rules": edge.rules,
            "ev": interned.refs((ev, 1 if _cue(ev.rule) else 0) for ev in ranked),
            "nEv": len(edge.evidence),
            "mentions": edge.mentions,  # exact, while the evidence kept is capped
            "nDocs": len(edge.counts) or len({ev.document for ev in edge.evidence}),
            "dd": interned.doc_set(edge.evidence),
            "curated": _curated(edge.attributes),
        })

    index = {n.id: i for i, n in enumerate(node_list)}
    # what is drawn: the reserve (hidden until a neighbour is expanded) is counted apart
    drawn = [n for n in node_list if n.id not in reserve]
    drawn_edges = [e for e in edge_list if e.source not in reserve and e.target not in reserve]
    present = {e.type for e in edge_list}
    node_counts = {**dict.fromkeys({n.type for n in node_list}, 0),
                   **Counter(n.type for n in drawn)}
    edge_counts = {**dict.fromkeys(present, 0), **Counter(e.type for e in drawn_edges)}
    return {
        "meta": {"title": title, "nodes": len(drawn), "edges": len(drawn_edges),
                 "reserveNodes": len(node_list) - len(drawn),
                 "physics": physics, "positions": positions is not None,
                 "focus": sorted(set(focus)), "overview": bool(communities),
                 "dated": any(d[2] for d in interned.docs), "hidden": hidden or {}},
        "nodeTypes": _legend(node_counts, (t.value for t in NodeType), node_style),
        "edgeTypes": _legend(edge_counts, EDGE_STYLES, edge_style),
        "edgeStyles": {name: edge_style(name).vis() for name in
                       dict.fromkeys([*EDGE_STYLES, *sorted(present)])},
        "nodes": nodes,
        "edges": edges,
        "search": search,
        "names": names,
        "info": info,
        "einfo": einfo,
        "sentences": interned.sentences,
        "docs": interned.docs,
        "communities": [{"size": sum(1 for m in c.members if m not in reserve),
                         "hubs": [index[h] for h in c.hubs], "pooled": c.pooled}
                        for c in communities],
    }
