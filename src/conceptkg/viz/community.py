"""Communities of the overview: Louvain groups laid out apart, each with its hubs named.

Communities are found with networkx's Louvain method on the undirected graph (seeded, so the
same graph gives the same groups). Groups smaller than :data:`MIN_COMMUNITY` nodes (pairs and
triples, of which a whole corpus has many) are pooled into one last group, "small clusters", so
that every node shown belongs to a group that is drawn. Each group is laid out on its own (see
:mod:`.layout`) and the groups are packed with a wide gap between them.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from .layout import Point, compute_positions, pack

__all__ = ["Community", "MIN_COMMUNITY", "HUBS_PER_COMMUNITY", "find_communities",
           "community_positions"]

log = logging.getLogger(__name__)

MIN_COMMUNITY = 4
HUBS_PER_COMMUNITY = 3


@dataclass
class Community:
    index: int
    members: list[str]  # node ids, best-connected first
    hubs: list[str]  # the HUBS_PER_COMMUNITY best-connected members
    pooled: bool = False  # the "small clusters" group


def find_communities(nodes: Sequence[str], edges: Iterable[tuple[str, str]], *,
                     seed: int = 7, hidden: Collection[str] = ()) -> list[Community]:
    """Louvain communities, largest first; small ones pooled into a last group. ``hidden``:
    nodes laid out with their community but not drawn at first (a top-N overview's reserve):
    they count neither for a community's size nor as its hubs (unless it has no other)."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((u, v) for u, v in edges if u != v)
    if g.number_of_nodes() == 0:
        return []
    groups = nx.community.louvain_communities(g, seed=seed)
    degree = dict(g.degree())

    def ranked(ids: Iterable[str]) -> list[str]:
        return sorted(ids, key=lambda n: (-degree[n], n))

    hidden = set(hidden)

    def hubs(members: list[str]) -> list[str]:
        drawn = [n for n in members if n not in hidden] or members
        return drawn[:HUBS_PER_COMMUNITY]

    big = [ranked(c) for c in groups if len(c) >= MIN_COMMUNITY]
    small = [n for c in groups if len(c) < MIN_COMMUNITY for n in c]
    big.sort(key=lambda c: (-sum(1 for n in c if n not in hidden), -len(c), c[0]))
    out = [Community(i, c, hubs(c)) for i, c in enumerate(big)]
    if small:
        members = ranked(small)
        out.append(Community(len(out), members, hubs(members), pooled=True))
    log.debug("%d communities (%d nodes pooled as small clusters)", len(out), len(small))
    return out


def community_positions(communities: Sequence[Community], edges: Sequence[tuple[str, str]], *,
                        spacing: float = 80.0) -> dict[str, Point]:
    """Positions with each community laid out on its own and the communities packed apart
    (the gap between two communities is several times the distance between neighbours)."""
    where = {n: com.index for com in communities for n in com.members}
    inner: dict[int, list[tuple[str, str]]] = {com.index: [] for com in communities}
    for u, v in edges:
        if u in where and where[u] == where.get(v):
            inner[where[u]].append((u, v))
    placed: list[tuple[dict[str, Point], float]] = []
    for com in communities:
        local = compute_positions(com.members, inner[com.index], spacing=spacing)
        cx = sum(p[0] for p in local.values()) / len(local)
        cy = sum(p[1] for p in local.values()) / len(local)
        centred = {n: (x - cx, y - cy) for n, (x, y) in local.items()}
        radius = max(math.hypot(x, y) for x, y in centred.values())
        placed.append((centred, radius + spacing))
    return pack(placed, spacing * 2.5)
