"""``ask search``'s note when its limit left names out: at the largest limit there is no larger
one to ask for."""

from __future__ import annotations

from conceptkg.graph import EmbeddedStore, KnowledgeGraph, Node
from conceptkg.queries.catalogue import run_named


def test_the_note_at_the_largest_limit_does_not_ask_for_a_larger_one(tmp_path):
    kg = KnowledgeGraph()
    for i in range(1001):
        kg.add_node(Node(name=f"岚州项目{i:04d}", type="Initiative"))
    with EmbeddedStore(tmp_path / "kg.db") as store:
        store.write_graph(kg)
        small = run_named(store, "search", {"text": "岚州", "limit": "10"})
        most = run_named(store, "search", {"text": "岚州", "limit": "1000"})
    assert "up to limit=1000 shows more" in small.note
    assert len(most.rows) == 1000
    assert most.note and "limit=1000 shows more" not in most.note
    assert "a longer text" in most.note
