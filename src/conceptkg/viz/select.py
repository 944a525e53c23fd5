"""Choosing what the HTML view shows: node/edge type filters and the focus (ego) subgraph."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence

from conceptkg.errors import ParameterError
from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import EDGE_TYPE_PATTERN, NodeType, normalize_name

__all__ = ["MAX_VIEW_DEPTH", "check_depth", "subgraph", "parse_node_types", "parse_edge_types",
           "focus_ids", "page_focus_ids", "similar_names"]

log = logging.getLogger(__name__)

_NODE_TYPES = {t.value.lower(): t.value for t in NodeType}

#: the most hops ``--depth`` may ask for around the focus (beyond a few hops a focus view is the
#: whole graph: draw that without ``--focus``)
MAX_VIEW_DEPTH = 10


def check_depth(depth: int) -> int:
    """``depth`` when it is within 0..:data:`MAX_VIEW_DEPTH`, else a :class:`ParameterError`."""
    if not 0 <= depth <= MAX_VIEW_DEPTH:
        raise ParameterError(f"--depth must be between 0 and {MAX_VIEW_DEPTH} (hops around "
                             f"--focus), got {depth}")
    return depth


def _canonical(values: Sequence[str] | None, canon: Callable[[str], str]) -> set[str] | None:
    """``canon`` of each value (one string counts as a list of one); None stays None."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    return {canon(v) for v in values}


def _node_type(t: str) -> str:
    canon = _NODE_TYPES.get(str(t).strip().lower())
    if canon is None:
        known = ", ".join(sorted(_NODE_TYPES.values()))
        raise ParameterError(f"unknown node type {t!r} (known: {known})")
    return canon


def _edge_type(t: str) -> str:
    canon = str(t).strip().upper()
    if not EDGE_TYPE_PATTERN.fullmatch(canon):
        raise ParameterError(f"invalid edge type {t!r}: expected an identifier like DRIVES")
    return canon


def parse_node_types(node_types: Sequence[str] | None) -> set[str] | None:
    """Canonical node type names (case-insensitive input); None means every type."""
    return _canonical(node_types, _node_type)


def parse_edge_types(edge_types: Sequence[str] | None) -> set[str] | None:
    """Upper-case edge type names; None means every type."""
    return _canonical(edge_types, _edge_type)


def focus_ids(kg: KnowledgeGraph, focus: str) -> list[str]:
    """Ids of the nodes whose name or alias matches ``focus``; ParameterError if none does."""
    if not focus or not focus.strip():
        raise ParameterError("focus must be a non-empty node name or alias")
    found = [n.id for n in kg.find(focus.strip())]
    if not found:
        similar = similar_names(kg, focus.strip())
        hint = f" (similar: {', '.join(similar)})" if similar else ""
        raise ParameterError(f"focus {focus!r} matches no node name or alias in the graph"
                             f"{hint}")
    return found


def similar_names(kg: KnowledgeGraph, text: str, limit: int = 5) -> list[str]:
    """Up to ``limit`` node names closest to ``text``: those whose name or an alias contains
    it (or is contained in it), names before aliases and the most mentioned first, else the
    names most alike
    (:func:`difflib.get_close_matches`)."""
    key = normalize_name(text)
    if not key:
        return []
    scored: list[tuple[int, int, int, str]] = []
    for n in kg.nodes():
        forms = [normalize_name(x) for x in (n.name, *n.aliases)]
        hits = [i for i, f in enumerate(forms) if key in f or (len(f) > 1 and f in key)]
        if hits:
            scored.append((min(hits[0], 1), -n.mentions, len(n.name), n.name))
    if scored:
        return list(dict.fromkeys(name for *_, name in sorted(scored)))[:limit]
    import difflib

    names = {normalize_name(n.name): n.name for n in kg.nodes()}
    return [names[m] for m in difflib.get_close_matches(key, list(names), n=limit, cutoff=0.5)]


def page_focus_ids(kg: KnowledgeGraph, focus: str) -> list[str]:
    """The node the page centres on for ``focus`` (a list of one): of the nodes whose canonical
    name it is, else of those that have it as an alias (:func:`focus_ids`), the one with the
    most edges in ``kg`` (then the most mentions). The view still holds the neighbourhood of
    every match; fitting several matches (two alias matches far apart, or an organisation and a
    concept of one name with hundreds of neighbours) zoomed it out until no label was readable,
    and opened no evidence panel."""
    found = focus_ids(kg, focus)
    key = normalize_name(focus.strip())
    named = [nid for nid in found if normalize_name(kg.node(nid).name) == key] or found
    g = kg.nx
    best = min(named, key=lambda nid: (-g.degree(nid), -kg.node(nid).mentions, nid))
    return [best]


def subgraph(kg: KnowledgeGraph, focus: str | None = None, depth: int = 2,
             node_types: Sequence[str] | None = None,
             edge_types: Sequence[str] | None = None, *, copy: bool = True) -> KnowledgeGraph:
    """The part of ``kg`` to draw (its nodes and edges copied unless ``copy`` is False: then
    they are shared with ``kg``, for callers that do not change them).

    Nodes of other types than ``node_types`` and edges of other types than ``edge_types`` are
    dropped first (None keeps all). With ``focus``, only the nodes within ``depth`` hops (edges
    followed in both directions) of the nodes whose name or alias equals ``focus`` are kept.
    Raises :class:`ParameterError` if ``focus`` matches nothing or ``depth`` is out of range
    (:func:`check_depth`).
    """
    check_depth(depth)
    ntypes = parse_node_types(node_types)
    etypes = parse_edge_types(edge_types)
    g = kg.nx

    def node_ok(nid: str) -> bool:
        return ntypes is None or g.nodes[nid]["data"].type in ntypes

    def edge_ok(etype: str) -> bool:
        return etypes is None or etype in etypes

    if focus is not None:
        starts = [nid for nid in focus_ids(kg, focus) if node_ok(nid)]
        if not starts:
            raise ParameterError(f"focus {focus!r} matches no node of the selected node types")
        dist = {nid: 0 for nid in starts}
        queue = deque(starts)
        while queue:
            nid = queue.popleft()
            if dist[nid] >= depth:
                continue
            nbrs = [(v, k) for _, v, k in g.out_edges(nid, keys=True)]
            nbrs += [(u, k) for u, _, k in g.in_edges(nid, keys=True)]
            for other, etype in nbrs:
                if other not in dist and edge_ok(etype) and node_ok(other):
                    dist[other] = dist[nid] + 1
                    queue.append(other)
        keep = set(dist)
    else:
        keep = {nid for nid in g.nodes if node_ok(nid)}

    out = KnowledgeGraph()
    used_docs: set[str] = set()
    for node in kg.nodes():
        if node.id in keep:
            out.add_node(node, copy=copy)
            used_docs.update(ev.document for ev in node.evidence)
    for edge in kg.edges():
        if edge.source in keep and edge.target in keep and edge_ok(edge.type):
            out.add_edge(edge, copy=copy)
            used_docs.update(ev.document for ev in edge.evidence)
    for doc_id in sorted(used_docs):
        if doc_id in kg.documents:
            out.add_document(kg.documents[doc_id])
    log.debug("subgraph: %d of %d nodes, %d of %d edges", len(out), len(kg),
              out.number_of_edges, kg.number_of_edges)
    return out
