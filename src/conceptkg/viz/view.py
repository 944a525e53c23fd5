"""What a whole-corpus view shows by default: no statistics, no unconnected nodes, and for graphs
too big to ship whole, the best-connected nodes with their neighbourhoods.

* Metric nodes and MEASURES edges are left out unless asked for (``metrics=True``) or named in
  the type filters: statistics attached by the extractor are mostly not trustworthy yet (see the
  README) and would otherwise dominate both the picture and every degree ranking.
* Nodes without any edge in the view are left out unless ``isolated=True``: in a whole corpus
  they are thousands of dots that say nothing about relations.
* ``top``: only the ``top`` best-connected nodes and their neighbours are shown (at most
  :data:`TOP_BUDGET` nodes, the best connected first); the next ring of neighbours is embedded
  as a *reserve*, hidden until the user expands a node.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from conceptkg.errors import ParameterError
from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import EdgeType, NodeType

from .select import subgraph

__all__ = ["ViewInfo", "prepare_view", "MAX_SHIP_NODES", "AUTO_TOP", "RESERVE_FACTOR",
           "TOP_BUDGET"]

log = logging.getLogger(__name__)

#: a view with more nodes than this is not shipped whole: it becomes a top-N overview
MAX_SHIP_NODES = 6000
#: hubs shown when a view is too big to ship whole and no ``top`` was given
AUTO_TOP = 200
#: the reserve (next ring, hidden until expanded) holds at most this many nodes per shown node
RESERVE_FACTOR = 2
#: a top-N overview shows at most this many nodes (hubs first, then their neighbours, the best
#: connected first), and its reserve holds at most this many more
TOP_BUDGET = 3000


@dataclass
class ViewInfo:
    """What was left out of the view, for the page to say so."""

    total_nodes: int = 0
    total_edges: int = 0
    metrics_hidden: int = 0  # Metric nodes left out
    measures_hidden: int = 0  # MEASURES edges left out
    isolated_hidden: int = 0  # nodes without edges left out
    #: isolated nodes were asked for, but the page's size (or a top-N overview) left some out
    isolated_capped: bool = False
    #: the view was filtered by type (--types): "isolated" means without an edge of those types
    typed: bool = False
    top: int | None = None  # the top-N overview, when one was made
    beyond_top: int = 0  # nodes left out by the top-N overview (reserve excluded)
    #: neighbours of the hubs left out of a top-N overview by its budget (in the reserve or
    #: beyond it)
    neighbours_hidden: int = 0
    reserve: set[str] = field(default_factory=set)  # ids embedded hidden, shown on expand

    def meta(self) -> dict[str, int | None]:
        """What the page says was left out (``typed``: 1 when the view was filtered by
        type, so that nodes counted as without edges may have edges of other types)."""
        return {"totalNodes": self.total_nodes, "totalEdges": self.total_edges,
                "metricsHidden": self.metrics_hidden, "measuresHidden": self.measures_hidden,
                "isolatedHidden": self.isolated_hidden, "typed": int(self.typed),
                "isolatedCapped": int(self.isolated_capped), "maxNodes": MAX_SHIP_NODES,
                "top": self.top,
                "beyondTop": self.beyond_top, "reserve": len(self.reserve),
                "neighboursHidden": self.neighbours_hidden}


def _default_types(kg: KnowledgeGraph, metrics: bool, node_types: Sequence[str] | None,
                   edge_types: Sequence[str] | None
                   ) -> tuple[Sequence[str] | None, Sequence[str] | None]:
    if metrics:
        return node_types, edge_types
    if node_types is None:
        node_types = [t.value for t in NodeType if t is not NodeType.METRIC]
    if edge_types is None:
        present = set(kg.edge_counts())
        edge_types = sorted(present - {EdgeType.MEASURES.value}) or ["DRIVES"]
    return node_types, edge_types


def _drop_isolated(view: KnowledgeGraph, keep: set[str]) -> int:
    g = view.nx
    lonely = [nid for nid in g.nodes if g.degree(nid) == 0 and nid not in keep]
    for nid in lonely:
        view.remove_node(nid)
    return len(lonely)


def _top_overview(view: KnowledgeGraph, top: int, info: ViewInfo) -> KnowledgeGraph:
    """The ``top`` best-connected nodes, their neighbours, and a reserve ring around them."""
    g = view.nx
    degree = {nid: g.degree(nid) for nid in g.nodes}
    def rank(ids: set[str]) -> list[str]:
        return sorted(ids, key=lambda n: (-degree[n], n))

    if top > TOP_BUDGET:
        log.warning("--top %d: a page draws at most %d nodes: showing the %d best-connected, "
                    "without their neighbours", top, TOP_BUDGET, TOP_BUDGET)
    hubs = rank(set(g.nodes))[:min(top, TOP_BUDGET)]
    shown = set(hubs)
    near = {m for h in hubs for m in (*g.predecessors(h), *g.successors(h))} - shown
    drawn_near = rank(near)[:TOP_BUDGET - len(shown)]
    shown.update(drawn_near)
    ring = {m for n in shown for m in (*g.predecessors(n), *g.successors(n))} - shown
    limit = min(RESERVE_FACTOR * len(shown), TOP_BUDGET)
    reserve = set(rank(ring)[:limit])
    keep = shown | reserve
    out = KnowledgeGraph()
    for node in view.nodes():
        if node.id in keep:
            out.add_node(node, copy=False)
    used: set[str] = set()
    for edge in view.edges():
        if edge.source in keep and edge.target in keep:
            out.add_edge(edge, copy=False)
            used.update(ev.document for ev in edge.evidence)
    for node in out.nodes():
        used.update(ev.document for ev in node.evidence)
    for doc_id in sorted(used & set(view.documents)):
        out.add_document(view.documents[doc_id])
    info.top = len(hubs)
    info.neighbours_hidden = len(near) - len(drawn_near)
    info.beyond_top = len(view) - len(keep)
    info.reserve = reserve
    return out


def prepare_view(kg: KnowledgeGraph, *, focus: str | None = None, depth: int = 2,
                 node_types: Sequence[str] | None = None,
                 edge_types: Sequence[str] | None = None, metrics: bool = False,
                 isolated: bool = False, top: int | None = None
                 ) -> tuple[KnowledgeGraph, ViewInfo]:
    """The part of ``kg`` to draw, and what was left out of it.

    Type filters given explicitly win over ``metrics``. A focus node is kept even when it has no
    edge. ``top`` None means: all, unless the view has more than :data:`MAX_SHIP_NODES` nodes
    (then :data:`AUTO_TOP`). Raises :class:`ParameterError` for bad arguments.
    """
    if top is not None and top < 1:
        raise ParameterError(f"top must be at least 1, got {top}")
    info = ViewInfo(total_nodes=len(kg), total_edges=kg.number_of_edges)
    counts = kg.node_counts()
    ntypes, etypes = _default_types(kg, metrics, node_types, edge_types)
    view = subgraph(kg, focus, depth, ntypes, etypes, copy=False)
    info.typed = node_types is not None or edge_types is not None
    if not metrics and not info.typed:  # (with types given, --metrics would not show them)
        # what --metrics would add: in a focus view, the statistics of that neighbourhood
        whole = subgraph(kg, focus, depth, copy=False) if focus is not None else kg
        counts = whole.node_counts() if focus is not None else counts
        info.metrics_hidden = counts.get(NodeType.METRIC.value, 0)
        info.measures_hidden = whole.edge_counts().get(EdgeType.MEASURES.value, 0)
    lonely: list[str] = []
    if not isolated:
        keep = {n.id for n in view.find(focus)} if focus else set()
        info.isolated_hidden = _drop_isolated(view, keep)
    elif focus is None:
        g = view.nx
        lonely = [nid for nid in g.nodes if g.degree(nid) == 0]
        room = MAX_SHIP_NODES - (len(view) - len(lonely))
        if top is None and 0 <= room < len(lonely):
            # nodes without edges fill the page up to its size, the most mentioned first: they
            # never make a view a top-N overview (which would draw none of them)
            ranked = sorted(lonely, key=lambda n: (-view.node(n).mentions, n))
            for nid in ranked[room:]:
                view.remove_node(nid)
            info.isolated_hidden, info.isolated_capped = len(lonely) - room, True
    if top is None and focus is None and len(view) > MAX_SHIP_NODES:
        top = AUTO_TOP
        log.warning("the view has %d nodes: showing the %d best-connected nodes and their "
                    "neighbours (use --top N or --focus NAME to choose)", len(view), top)
    if top is not None and len(view) > top:
        view = _top_overview(view, top, info)
        left = sum(1 for nid in lonely if not view.nx.has_node(nid))
        if left:
            info.isolated_hidden, info.isolated_capped = left, True
    return view, info
