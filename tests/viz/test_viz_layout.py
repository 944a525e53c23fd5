"""Positions computed in Python for large graphs."""

from __future__ import annotations

import math
import random

import pytest

from conceptkg.viz import layout
from conceptkg.viz.layout import components, compute_positions


def _graph(n: int, m: int, seed: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(n)]
    edges = set()
    while len(edges) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            edges.add((nodes[a], nodes[b]))
    return nodes, sorted(edges)


ENGINES = [False, pytest.param(True, marks=pytest.mark.skipif(
    not layout.HAVE_IGRAPH, reason="igraph not installed"))]


@pytest.mark.parametrize("use_igraph", ENGINES)
def test_every_node_placed_deterministically(use_igraph):
    nodes, edges = _graph(600, 700)
    pos = compute_positions(nodes, edges, use_igraph=use_igraph)
    assert set(pos) == set(nodes)
    assert all(math.isfinite(c) for p in pos.values() for c in p)
    assert compute_positions(nodes, edges, use_igraph=use_igraph) == pos


@pytest.mark.parametrize("use_igraph", ENGINES)
def test_neighbours_are_closer_than_random_pairs(use_igraph):
    nodes, edges = _graph(800, 1600)
    pos = compute_positions(nodes, edges, use_igraph=use_igraph)

    def dist(a, b):
        return math.dist(pos[a], pos[b])

    rng = random.Random(5)
    linked = sum(dist(a, b) for a, b in edges) / len(edges)
    pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(3000)]
    unrelated = sum(dist(a, b) for a, b in pairs) / len(pairs)
    assert linked < 0.75 * unrelated  # a random placement gives about 1.0


@pytest.mark.parametrize("use_igraph", ENGINES)
def test_components_do_not_overlap(use_igraph):
    # three stars and a few isolated nodes
    nodes, edges = [], []
    for c in range(3):
        hub = f"h{c}"
        nodes.append(hub)
        for k in range(20 * (c + 1)):
            nodes.append(f"s{c}_{k}")
            edges.append((hub, f"s{c}_{k}"))
    nodes += ["iso1", "iso2"]
    pos = compute_positions(nodes, edges, use_igraph=use_igraph)
    adj = {n: set() for n in nodes}
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    boxes = []
    for comp in components(adj):
        xs = [pos[n][0] for n in comp]
        ys = [pos[n][1] for n in comp]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
            assert not overlap, (a, b)


def test_components_largest_first():
    adj = {"a": {"b"}, "b": {"a", "c"}, "c": {"b"}, "x": {"y"}, "y": {"x"}, "z": set()}
    assert components(adj) == [["a", "b", "c"], ["x", "y"], ["z"]]


def test_empty_and_single():
    assert compute_positions([], []) == {}
    assert set(compute_positions(["only"], [])) == {"only"}
