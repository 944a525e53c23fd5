"""The cross-store contract: every named query gives the same answer on the embedded store and on
Neo4j for the same graph (the hand-made sample graph and, when the extractor is there, the seed
document), errors included.

Parameters are drawn from the graph itself: its best-connected nodes, an alias, the ends of its
edges, substrings of its names. The embedded half also runs without a Neo4j server.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conceptkg.errors import ConceptKGError
from conceptkg.graph import EmbeddedStore, KnowledgeGraph
from conceptkg.graph.stores import GraphStore
from conceptkg.queries.catalogue import CATALOGUE, run_named
from tests.queries.sample_graph import sample_graph

SEED = Path("/work/shared/corpus/xinzhi-shengchanli-china-post.txt")

Case = tuple[str, tuple[tuple[str, str], ...]]


def _case(query: str, /, **params: Any) -> Case:
    return (query, tuple((k.rstrip("_"), str(v)) for k, v in params.items()))


def cases_for(kg: KnowledgeGraph) -> list[Case]:
    """Calls of every named query with parameters taken from ``kg``."""
    degree: Counter[str] = Counter()
    for e in kg.edges():
        degree[e.source] += 1
        degree[e.target] += 1
    hubs = [kg.node(i) for i, _ in sorted(degree.items(), key=lambda x: (-x[1], x[0]))[:4]]
    names = [n.name for n in hubs]
    aliased = [n for n in kg.nodes() if n.aliases][:2]
    names += [n.aliases[0] for n in aliased]
    edges = list(kg.edges())
    out: list[Case] = []
    for name, depth in itertools.product(names, (1, 2, 5)):
        out += [_case(q, name=name, depth=depth) for q in ("drivers", "effects", "neighbors")]

    def ends(edge_type: str, outgoing: bool) -> list[str]:
        picked = [kg.node(e.source if outgoing else e.target).name
                  for e in edges if e.type == edge_type]
        return sorted(set(picked))[:3] + names[:1]

    out += [_case("parts", name=n) for n in ends("INCLUDES", True)]
    out += [_case("part-of", name=n) for n in ends("INCLUDES", False)]
    out += [_case("initiatives", org=n) for n in ends("IMPLEMENTS", True)]
    out += [_case("implementers", initiative=n) for n in ends("IMPLEMENTS", False)]
    for a, b in itertools.combinations(names[:4], 2):
        out += [_case("path", from_=a, to=b), _case("path", from_=b, to=a, depth=2)]
    for e in edges[:: max(1, len(edges) // 6)]:
        a, b = kg.node(e.source).name, kg.node(e.target).name
        out += [_case("evidence", from_=a, to=b), _case("evidence", from_=b, to=a)]
        if a != b:
            out.append(_case("path", from_=a, to=b))
    out += [_case("central", top=t) for t in (1, 5, 1000)]
    fragments = {n.name[:1] for n in hubs} | {n.name[-2:] for n in hubs}
    fragments |= {a.lower() for n in aliased for a in n.aliases[:1]}
    out += [_case("search", text=t) for t in sorted(fragments)]
    out += [_case("search", text=names[0][:1], limit=3), _case("stats")]
    # documents and time: exact counts, dates, one document, a period
    docs = sorted(kg.documents.values(), key=lambda d: d.id)
    dates = sorted({d.date for d in docs if d.date})
    narrow = [{"doc": docs[0].title or docs[0].id}, {"doc": docs[-1].id}]
    if dates:
        narrow += [{"since": dates[-1]}, {"until": dates[0][:7]}, {"since": dates[0][:4]}]
    out += [_case("documents")] + [_case("documents", **f) for f in narrow]
    for n in names[:3]:
        out += [_case("timeline", name=n), _case("timeline", name=n, by="year"),
                _case("documents", name=n)]
        out += [_case("timeline", name=n, **f) for f in narrow]
    out += [_case("parts", name=n, **f) for n in ends("INCLUDES", True)[:2] for f in narrow]
    out += [_case("implementers", initiative=n, **f) for n in ends("IMPLEMENTS", False)[:2]
            for f in narrow]
    for e in edges[:: max(1, len(edges) // 4)]:
        a, b = kg.node(e.source).name, kg.node(e.target).name
        out += [_case("documents", from_=a, to=b)]
        out += [_case("evidence", from_=a, to=b, **f) for f in narrow]
    # errors must match too
    out += [_case("documents", doc="没有这个文件.txt"), _case("timeline", name=names[0], by="day"),
            _case("evidence", from_=names[0], to=names[1], since="2024-13"),
            _case("drivers", name="不存在的节点"), _case("drivers", name=names[0], depth=9),
            _case("path", from_=names[0], to=names[0]), _case("nearest", name=names[0])]
    return out


def outcome(store: GraphStore, case: Case) -> tuple[Any, ...]:
    name, params = case
    try:
        r = run_named(store, name, dict(params))
    except ConceptKGError as exc:
        return ("error", type(exc).__name__, str(exc))
    return ("ok", r.columns, [list(row) for row in r.rows], r.node_ids)


def answers(store: GraphStore, cases: list[Case]) -> list[tuple[Any, ...]]:
    return [outcome(store, c) for c in cases]


def _seed_graph() -> KnowledgeGraph:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not there")
    try:
        from conceptkg.loaders.pipeline import process_file

        return process_file(SEED)
    except ImportError as exc:
        pytest.skip(f"the extractor is not available yet: {exc}")


GRAPHS = {"sample": sample_graph, "seed": _seed_graph}


def _embedded(kg: KnowledgeGraph, path: Path) -> EmbeddedStore:
    store = EmbeddedStore(path)
    store.write_graph(kg)
    return store


def _differences(cases: list[Case], a: list, b: list) -> list[str]:
    return [f"{c[0]} {dict(c[1])}:\n  embedded: {x}\n  neo4j:    {y}"
            for c, x, y in zip(cases, a, b, strict=True) if x != y]


# -- the embedded half (no server needed) ---------------------------------------------------------
@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_embedded_answers_every_query_the_same_however_loaded(graph, tmp_path):
    kg = GRAPHS[graph]()
    cases = cases_for(kg)
    assert {c[0] for c in cases} >= set(CATALOGUE)
    with _embedded(kg, tmp_path / "one") as store:
        first = answers(store, cases)
    # the same graph written in two halves, the second half first, must answer the same
    nodes, edges = list(kg.nodes()), list(kg.edges())
    half = KnowledgeGraph.from_parts(nodes[len(nodes) // 2:], [],
                                     list(kg.documents.values()))
    with EmbeddedStore(tmp_path / "two") as store:
        store.write_graph(half)
        store.write_graph(KnowledgeGraph.from_parts(nodes, reversed(edges)))
        assert answers(store, cases) == first
    errors = [(c, o) for c, o in zip(cases, first, strict=True) if o[0] == "error"]
    assert all(o[1] == "ParameterError" for _, o in errors), errors  # never a failed query
    assert [o[0] for o in first[-4:]] == ["error"] * 4  # the deliberate error cases
    answered = {c[0] for c, o in zip(cases, first, strict=True) if o[0] == "ok" and o[2]}
    assert answered >= {"drivers", "effects", "neighbors", "path", "evidence", "central",
                        "search", "stats", "timeline", "documents"}


# -- both stores -----------------------------------------------------------------------------------
@pytest.mark.neo4j
@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_embedded_and_neo4j_give_identical_answers(graph, tmp_path, neo4j_store):
    kg = GRAPHS[graph]()
    cases = cases_for(kg)
    with _embedded(kg, tmp_path / "db") as store:
        embedded = answers(store, cases)
    neo4j_store.write_graph(kg)
    server = answers(neo4j_store, cases)
    assert sum(1 for o in server if o[0] == "ok" and o[2]) > len(cases) // 2
    diffs = _differences(cases, embedded, server)
    assert not diffs, f"{len(diffs)} of {len(cases)} answers differ:\n" + "\n".join(diffs[:8])
