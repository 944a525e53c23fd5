"""The HTML shows exact counts (not the number of evidence sentences kept) and documents by
title and date."""

from __future__ import annotations

import html

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
    info = {i["name"]: i for i in data["info"]}
    assert (info["甲"]["nEv"], info["甲"]["nDocs"]) == (7, 2)
    assert (info["乙"]["nEv"], info["乙"]["nDocs"]) == (1, 1)
    assert (data["einfo"][0]["nEv"], data["einfo"][0]["nDocs"]) == (3, 1)
    [(doc_id, title)] = data["docs"]
    assert doc_id == doc.id and html.unescape(title) == "某某<简报> · 2024-05-06"
    assert "<" not in title
