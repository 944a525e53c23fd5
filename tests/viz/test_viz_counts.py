"""The HTML shows exact counts (not the number of evidence sentences kept) and documents by
title and date."""

from __future__ import annotations

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node
from conceptkg.viz.payload import build_payload


def test_tooltips_count_every_mention_and_name_dated_documents():
    text = "甲推动乙。" * 3
    doc = Document.from_text(text, path="docs/x.txt", title="某某<简报>", date="2024-05-06")
    ev = [Evidence(document=doc.id, sentence="甲推动乙。", start=0, end=5)]
    kg = KnowledgeGraph()
    kg.add_document(doc)
    a = kg.add_node(Node(name="甲", type="Concept", evidence=ev, counts={doc.id: 3,
                                                                       "doc_other": 4}))
    b = kg.add_node(Node(name="乙", type="Concept", evidence=ev))
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=ev,
                     counts={doc.id: 3}))
    data = build_payload(kg, title="t", positions=None)
    info = {n[0]: i for n, i in zip(data["names"], data["info"], strict=True)}
    assert (info["甲"]["mentions"], info["甲"]["nDocs"]) == (7, 2)
    assert (info["乙"]["mentions"], info["乙"]["nDocs"]) == (1, 1)
    assert (data["einfo"][0]["mentions"], data["einfo"][0]["nDocs"]) == (3, 1)
    # documents by path, title and date; the page builds text nodes from these (never HTML)
    [(path, title, date)] = data["docs"]
    assert (path, title, date) == ("docs/x.txt", "某某<简报>", "2024-05-06")


def test_counts_of_a_top_overview_leave_out_its_hidden_reserve():
    """The page's "N nodes · M edges", the legend and the community sizes count what is drawn:
    the reserve (hidden until a node is expanded) is said apart, in the page's notes."""
    from conceptkg.viz.community import find_communities
    from conceptkg.viz.page import render_page
    from conceptkg.viz.view import prepare_view
    from tests.viz.viz_graphs import corpus_graph
    from tests.viz.viz_helpers import page_data

    kg = corpus_graph(clusters=4, per_cluster=10, metrics=0, isolated=0)
    view, info = prepare_view(kg, top=2)
    assert info.reserve
    shown = {n.id for n in view.nodes()} - info.reserve
    shown_edges = [e for e in view.edges() if e.source in shown and e.target in shown]
    text = render_page(view, info=info, overview=True)
    data = page_data(text)
    assert (data["meta"]["nodes"], data["meta"]["edges"]) == (len(shown), len(shown_edges))
    assert data["meta"]["reserveNodes"] == len(info.reserve)
    legend = {t["name"]: t["count"] for t in data["nodeTypes"] if t["count"]}
    assert sum(legend.values()) == len(shown)
    assert sum(t["count"] for t in data["edgeTypes"]) == len(shown_edges)
    communities = find_communities([n.id for n in view.nodes()],
                                   [(e.source, e.target) for e in view.edges()],
                                   hidden=info.reserve)
    sizes = [len(set(c.members) - info.reserve) for c in communities]
    assert [c["size"] for c in data["communities"]] == sizes
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True)  # the pooled group comes last
    assert f"{len(shown):,} nodes · {len(shown_edges):,} edges" in text
