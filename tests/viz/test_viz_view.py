"""prepare_view(): statistics and unconnected nodes left out by default, top-N overviews."""

from __future__ import annotations

import pytest

from conceptkg.errors import ParameterError
from conceptkg.viz import view as view_mod
from conceptkg.viz.view import prepare_view
from tests.viz.viz_graphs import corpus_graph


@pytest.fixture(scope="module")
def corpus():
    return corpus_graph(clusters=4, per_cluster=10, metrics=15, isolated=7)


def _linked(kg) -> set[str]:
    return {e.source for e in kg.edges()} | {e.target for e in kg.edges()}


def test_default_leaves_out_statistics_and_unconnected_nodes(corpus):
    view, info = prepare_view(corpus)
    assert "Metric" not in view.node_counts() and "MEASURES" not in view.edge_counts()
    assert {n.id for n in view.nodes()} == _linked(view)
    core = {e.source for e in corpus.edges() if e.type != "MEASURES"} | {
        e.target for e in corpus.edges() if e.type != "MEASURES"}
    assert {n.id for n in view.nodes()} == core
    assert view.number_of_edges == corpus.number_of_edges - 15
    assert (info.metrics_hidden, info.measures_hidden) == (15, 15)
    # every non-Metric node without a core edge: the 7 isolated ones
    assert info.isolated_hidden == len(corpus) - 15 - len(core) == 7
    assert info.total_nodes == len(corpus) and info.reserve == set() and info.top is None


def test_switches_keep_everything(corpus):
    view, info = prepare_view(corpus, metrics=True, isolated=True)
    assert len(view) == len(corpus) and view.number_of_edges == corpus.number_of_edges
    assert info.meta()["metricsHidden"] == info.meta()["isolatedHidden"] == 0


def test_explicit_types_win_over_the_default(corpus):
    view, info = prepare_view(corpus, node_types=["Metric", "Concept", "Factor"],
                              edge_types=["MEASURES"])
    assert set(view.edge_counts()) == {"MEASURES"}
    assert "Metric" in view.node_counts() and info.metrics_hidden == 0


def test_a_focus_without_edges_is_kept(corpus):
    lonely = next(n for n in corpus.nodes() if n.name.startswith("孤立"))
    view, _ = prepare_view(corpus, focus=lonely.name)
    assert [n.id for n in view.nodes()] == [lonely.id]
    metric = next(n for n in corpus.nodes() if n.type == "Metric")
    with pytest.raises(ParameterError, match="selected node types"):
        prepare_view(corpus, focus=metric.name)
    view, _ = prepare_view(corpus, focus=metric.name, depth=1, metrics=True)
    assert len(view) == 2


def test_top_keeps_hubs_neighbours_and_a_reserve_ring(corpus):
    full, _ = prepare_view(corpus)
    g = full.nx
    degree = {n: g.degree(n) for n in g.nodes}
    hubs = sorted(degree, key=lambda n: (-degree[n], n))[:3]
    shown = set(hubs) | {m for h in hubs for m in nx_neighbours(g, h)}
    ring = {m for n in shown for m in nx_neighbours(g, n)} - shown
    view, info = prepare_view(corpus, top=3)
    assert info.top == 3 and info.reserve <= ring and info.reserve
    assert {n.id for n in view.nodes()} == shown | info.reserve
    assert info.beyond_top == len(full) - len(view)
    for e in view.edges():
        assert e.source in shown | info.reserve and e.target in shown | info.reserve


def nx_neighbours(g, n):
    return set(g.predecessors(n)) | set(g.successors(n))


def test_big_views_become_top_overviews(corpus, monkeypatch, caplog):
    monkeypatch.setattr(view_mod, "MAX_SHIP_NODES", 20)
    monkeypatch.setattr(view_mod, "AUTO_TOP", 4)
    view, info = prepare_view(corpus)
    assert info.top == 4 and len(view) < len(corpus)
    assert "best-connected" in caplog.text


def test_bad_top_is_a_parameter_error(corpus):
    with pytest.raises(ParameterError, match="top"):
        prepare_view(corpus, top=0)


def test_top_overviews_stay_within_their_budget(corpus, monkeypatch):
    monkeypatch.setattr(view_mod, "TOP_BUDGET", 12)
    view, info = prepare_view(corpus, top=3)
    assert len(view) - len(info.reserve) <= 12 and len(info.reserve) <= 12
    assert len(info.reserve) > 0


def test_type_filters_say_what_their_notes_mean(corpus):
    """With --types, Metric nodes are not what --metrics would bring back, and a node left
    out as unconnected may have edges of other types: the page must not say otherwise."""
    _, info = prepare_view(corpus, edge_types=["DRIVES"])
    assert (info.metrics_hidden, info.measures_hidden) == (0, 0)
    assert info.meta()["typed"] == 1 and info.isolated_hidden > 7
    _, info = prepare_view(corpus, node_types=["Concept"])
    assert info.metrics_hidden == 0 and info.meta()["typed"] == 1
    _, info = prepare_view(corpus)
    assert info.meta()["typed"] == 0 and info.metrics_hidden == 15


def test_a_focus_view_counts_the_statistics_of_its_neighbourhood(corpus):
    """--metrics on a focus view adds the statistics around the focus, not the corpus's."""
    metric = next(n for n in corpus.nodes() if n.type == "Metric")
    [edge] = [e for e in corpus.edges() if metric.id in (e.source, e.target)]
    other = edge.target if edge.source == metric.id else edge.source
    _, info = prepare_view(corpus, focus=corpus.node(other).name, depth=1)
    near, _ = prepare_view(corpus, focus=corpus.node(other).name, depth=1, metrics=True)
    assert 1 <= info.metrics_hidden == near.node_counts()["Metric"] < 15
    assert info.measures_hidden == near.edge_counts()["MEASURES"]


def test_a_top_beyond_the_budget_says_what_the_page_shows(corpus, monkeypatch, caplog):
    """``--top 5000`` on a corpus whose page holds at most 3000 nodes: the page said "Overview
    of the 5,000 best-connected nodes and their neighbours" over 3000 hubs and no neighbour.
    The notes now give the hubs drawn and the neighbours left out, and a warning says so."""
    monkeypatch.setattr(view_mod, "TOP_BUDGET", 12)
    view, info = prepare_view(corpus, top=20)
    assert len(view) > 20 and info.top == 12
    assert "--top 20" in caplog.text and "at most 12 nodes" in caplog.text
    view, info = prepare_view(corpus, top=3)
    g = prepare_view(corpus)[0].nx
    degree = {n: g.degree(n) for n in g.nodes}
    hubs = sorted(degree, key=lambda n: (-degree[n], n))[:3]
    near = {m for h in hubs for m in nx_neighbours(g, h)} - set(hubs)
    assert info.top == 3 and info.neighbours_hidden == len(near) - (12 - 3) > 0
    assert info.meta()["neighboursHidden"] == info.neighbours_hidden


def test_isolated_nodes_fill_the_page_and_never_turn_it_into_an_overview(corpus, monkeypatch):
    """On the 121 news days the page said "2,531 nodes without any edge not shown: viz
    --isolated shows them"; with --isolated the view passed the page's 6,000 nodes and became a
    top-200 overview: fewer nodes than before and not one without edges. Nodes without edges
    now fill the page up to its size (the most mentioned first), the rest said as left out; a
    top-N overview (whose nodes all have edges) says it draws none of them."""
    linked = len(prepare_view(corpus)[0])
    _, info = prepare_view(corpus, isolated=True)  # the page's size not reached: all drawn
    assert info.isolated_hidden == 0 and info.meta()["isolatedCapped"] == 0
    monkeypatch.setattr(view_mod, "MAX_SHIP_NODES", linked + 3)
    view, info = prepare_view(corpus, isolated=True)
    assert info.top is None and len(view) == linked + 3
    assert info.isolated_hidden == 4 and info.meta()["isolatedCapped"] == 1
    lonely = [n for n in corpus.nodes() if n.name.startswith("孤立") and n.type != "Metric"]
    kept = {n.id for n in view.nodes()}
    most = sorted(lonely, key=lambda n: (-n.mentions, n.id))[:3]
    assert {n.id for n in most} <= kept
    view, info = prepare_view(corpus, isolated=True, top=3)
    assert info.top == 3 and info.isolated_hidden == 7 and info.meta()["isolatedCapped"] == 1
    assert not any(n.name.startswith("孤立") for n in view.nodes())
