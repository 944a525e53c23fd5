"""Communities of the overview: Louvain groups, small ones pooled, laid out apart."""

from __future__ import annotations

import itertools
import math

from conceptkg.viz.community import (
    HUBS_PER_COMMUNITY,
    MIN_COMMUNITY,
    community_positions,
    find_communities,
)


def _two_cliques_and_pairs():
    a = [f"a{i}" for i in range(6)]
    b = [f"b{i}" for i in range(5)]
    edges = list(itertools.combinations(a, 2)) + list(itertools.combinations(b, 2))
    edges += [("a0", "b0")]  # one bridge
    pairs = [("p0", "q0"), ("p1", "q1"), ("t0", "t1"), ("t1", "t2")]
    nodes = a + b + ["p0", "q0", "p1", "q1", "t0", "t1", "t2"]
    return nodes, edges + pairs


def test_dense_groups_are_communities_and_small_ones_are_pooled():
    nodes, edges = _two_cliques_and_pairs()
    coms = find_communities(nodes, edges)
    assert [sorted(c.members) for c in coms[:2]] == [[f"a{i}" for i in range(6)],
                                                     [f"b{i}" for i in range(5)]]
    assert not coms[0].pooled and coms[-1].pooled
    assert sorted(coms[-1].members) == ["p0", "p1", "q0", "q1", "t0", "t1", "t2"]
    assert len(coms) == 3 and all(len(c.members) >= MIN_COMMUNITY for c in coms[:-1])
    # the bridge end has the most links: the first hub
    assert coms[0].hubs[0] == "a0" and len(coms[0].hubs) == HUBS_PER_COMMUNITY
    assert [c.index for c in coms] == [0, 1, 2]
    assert find_communities(nodes, edges) == coms  # deterministic


def test_communities_are_laid_out_apart():
    nodes, edges = _two_cliques_and_pairs()
    coms = find_communities(nodes, edges)
    pos = community_positions(coms, edges)
    assert set(pos) == set(nodes)
    discs = []
    for c in coms:
        xs = [pos[n] for n in c.members]
        cx = sum(p[0] for p in xs) / len(xs)
        cy = sum(p[1] for p in xs) / len(xs)
        discs.append((cx, cy, max(math.hypot(x - cx, y - cy) for x, y in xs)))
    for (x1, y1, r1), (x2, y2, r2) in itertools.combinations(discs, 2):
        assert math.hypot(x1 - x2, y1 - y2) > r1 + r2 + 50  # a clear gap between groups
    assert len(set(pos.values())) == len(nodes)


def test_empty_graph_has_no_communities():
    assert find_communities([], []) == []
    assert community_positions([], []) == {}


def test_hidden_nodes_neither_order_nor_name_the_communities():
    """In a top-N overview the reserve is laid out with the communities but hidden: the
    sidebar listed them by a size that counted it (#6 108 nodes before #7 136) and could name
    a hidden node as a hub. The drawn members order the communities and name their hubs."""
    nodes, edges = _two_cliques_and_pairs()
    hidden = {"a1", "a2", "a3", "a4", "a5"}  # the 6-clique has 1 drawn member, the 5-clique 5
    coms = find_communities(nodes, edges, hidden=hidden)
    assert sorted(coms[0].members) == [f"b{i}" for i in range(5)]
    assert coms[1].hubs == ["a0"] and set(coms[1].members) >= hidden
    assert [c.index for c in coms] == [0, 1, 2] and coms[-1].pooled
