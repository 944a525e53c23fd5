"""Node positions computed in Python for graphs too large for the browser's physics engine.

Each connected component is laid out on its own, then the components are packed in rows, the
largest first. A component is laid out with igraph's grid Fruchterman-Reingold (C, scales to tens
of thousands of nodes) when the optional ``igraph`` package is installed, and otherwise with a
radial tree layout in pure Python (rings of breadth-first depth around the best-connected node).
Both are deterministic for a given graph.
"""

from __future__ import annotations

import logging
import math
import random
from collections import deque
from collections.abc import Iterable, Sequence

__all__ = ["compute_positions", "components", "radial_layout", "force_layout", "pack",
           "HAVE_IGRAPH"]

log = logging.getLogger(__name__)

try:  # optional: a fast C layout for large components
    import igraph as _ig

    HAVE_IGRAPH = True
except ImportError:  # pragma: no cover - depends on the environment
    _ig = None
    HAVE_IGRAPH = False

Point = tuple[float, float]


def _adjacency(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {n: set() for n in nodes}
    for u, v in edges:
        if u != v and u in adj and v in adj:
            adj[u].add(v)
            adj[v].add(u)
    return adj


def components(adj: dict[str, set[str]]) -> list[list[str]]:
    """Connected components, largest first (ties broken by smallest id), members sorted."""
    seen: set[str] = set()
    comps: list[list[str]] = []
    for start in sorted(adj):
        if start in seen:
            continue
        seen.add(start)
        comp, queue = [start], deque([start])
        while queue:
            for nb in adj[queue.popleft()]:
                if nb not in seen:
                    seen.add(nb)
                    comp.append(nb)
                    queue.append(nb)
        comps.append(sorted(comp))
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def radial_layout(comp: Sequence[str], adj: dict[str, set[str]]) -> dict[str, Point]:
    """Radial tree layout of one component: BFS rings around its highest-degree node (each ring
    wide enough for its nodes), each subtree given an angular wedge proportional to its number
    of leaves."""
    root = max(comp, key=lambda n: (len(adj[n]), n))
    parent: dict[str, str | None] = {root: None}
    depth = {root: 0}
    order = [root]
    children: dict[str, list[str]] = {n: [] for n in comp}
    queue = deque([root])
    while queue:
        u = queue.popleft()
        for v in sorted(adj[u], key=lambda n: (-len(adj[n]), n)):
            if v not in parent:
                parent[v] = u
                depth[v] = depth[u] + 1
                children[u].append(v)
                order.append(v)
                queue.append(v)
    # ring radii: one unit apart at least, and wide enough for the ring's nodes one unit apart
    per_depth: dict[int, int] = {}
    for n in order:
        per_depth[depth[n]] = per_depth.get(depth[n], 0) + 1
    ring = [0.0]
    for d in range(1, max(per_depth) + 1):
        ring.append(max(ring[-1] + 1.0, per_depth[d] / (2 * math.pi)))
    leaves = {n: 1 for n in comp}
    for n in reversed(order):
        if children[n]:
            leaves[n] = sum(leaves[c] for c in children[n])
    pos: dict[str, Point] = {root: (0.0, 0.0)}
    wedge: dict[str, tuple[float, float]] = {root: (0.0, 2 * math.pi)}
    for n in order:
        lo, hi = wedge[n]
        total = leaves[n]
        cursor = lo
        for c in children[n]:
            span = (hi - lo) * leaves[c] / total
            wedge[c] = (cursor, cursor + span)
            angle = cursor + span / 2
            r = ring[depth[c]]
            pos[c] = (r * math.cos(angle), r * math.sin(angle))
            cursor += span
    return pos


def force_layout(comp: Sequence[str], adj: dict[str, set[str]], *, seed: int = 7,
                 iterations: int | None = None) -> dict[str, Point]:
    """igraph grid Fruchterman-Reingold layout of one component (needs ``igraph``)."""
    if _ig is None:
        raise RuntimeError("igraph is not installed")
    index = {n: i for i, n in enumerate(comp)}
    pairs = [(index[u], index[v]) for u in comp for v in adj[u] if index[u] < index[v]]
    g = _ig.Graph(n=len(comp), edges=pairs)
    if iterations is None:  # fewer rounds for very large components: quality stays acceptable
        iterations = max(150, min(500, 3_000_000 // max(1, len(pairs))))
    _ig.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(niter=iterations, grid=len(comp) > 1000).coords
    finally:
        _ig.set_random_number_generator(random)
    return {n: (float(coords[i][0]), float(coords[i][1])) for n, i in index.items()}


def _normalize(pos: dict[str, Point], radius: float) -> dict[str, Point]:
    """Centre ``pos`` on the origin and scale it so that its farthest node is at ``radius``."""
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    far = max(math.hypot(x - cx, y - cy) for x, y in pos.values())
    k = radius / far if far > 0 else 0.0
    return {n: ((x - cx) * k, (y - cy) * k) for n, (x, y) in pos.items()}


def compute_positions(nodes: Sequence[str], edges: Iterable[tuple[str, str]], *,
                      spacing: float = 80.0, use_igraph: bool | None = None,
                      seed: int = 7) -> dict[str, Point]:
    """Positions (in vis-network canvas units) for every node id in ``nodes``.

    ``spacing`` is the typical distance between neighbouring nodes. ``use_igraph`` None means:
    use igraph when it is installed.
    """
    if use_igraph is None:
        use_igraph = HAVE_IGRAPH
    adj = _adjacency(nodes, edges)
    placed: list[tuple[dict[str, Point], float]] = []
    for comp in components(adj):
        radius = spacing * 0.75 * math.sqrt(len(comp)) if len(comp) > 1 else 0.0
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif use_igraph and len(comp) > 3:
            local = _normalize(force_layout(comp, adj, seed=seed), radius)
        else:
            local = _normalize(radial_layout(comp, adj), radius)
        placed.append((local, radius))
    return pack(placed, spacing)


def pack(placed: list[tuple[dict[str, Point], float]], spacing: float) -> dict[str, Point]:
    """Shelf packing of the components (largest first) into rows of a roughly square block."""
    if not placed:
        return {}
    cells = [2 * r + spacing for _, r in placed]
    width = max(max(cells), math.sqrt(sum(c * c for c in cells)) * 1.1)
    out: dict[str, Point] = {}
    x = y = row_h = 0.0
    for (local, _), cell in zip(placed, cells, strict=True):
        if x > 0 and x + cell > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + cell / 2, y + cell / 2
        for n, (px, py) in local.items():
            out[n] = (round(cx + px, 1), round(cy + py, 1))
        x += cell
        row_h = max(row_h, cell)
    log.debug("packed %d components into a %.0f-wide block", len(placed), width)
    return out
