"""What each entry reports when a corrections file is applied to a graph
(:mod:`conceptkg.curation.apply`)."""

from __future__ import annotations

from conceptkg.curation import Curation, Entry
from conceptkg.curation.apply import apply_curation
from conceptkg.graph import Document, KnowledgeGraph, Node
from tests.helpers import ev


def organisations(*texts: str) -> KnowledgeGraph:
    """One document per text, each naming the organisation its text opens with."""
    kg = KnowledgeGraph()
    for i, text in enumerate(texts):
        doc = Document.from_text(text, path=f"{i}.txt")
        kg.add_document(doc)
        kg.add_node(Node(name=text[:4], type="Organization", evidence=[ev(doc, text)]))
    return kg


def statuses(kg: KnowledgeGraph, *entries: Entry) -> list[tuple[str, str]]:
    rep = apply_curation(kg, Curation(entries=list(entries)), mentioned=lambda _: False)
    return [(r.status, r.detail) for r in rep.results]


RENAME = Entry(op="rename", name="岚州集团", to="恒拓集团")


def test_a_rename_holds_while_the_new_name_keeps_the_old_one():
    kg = organisations("恒拓集团打造溪宁数字平台。", "岚州集团推进溪宁改革工程。")
    assert statuses(kg, RENAME)[0][0] == "changed"
    [node] = [n for n in kg.nodes() if n.name == "恒拓集团"]
    assert node.aliases == ["岚州集团"]
    assert statuses(kg, RENAME)[0][0] == "holds"


def test_a_rename_whose_old_name_no_document_names_is_stale():
    """Once no document names 岚州集团 (its file removed), the rename is stale, although a node
    of the new name exists: that node is no sign that the rename did anything."""
    kg = organisations("恒拓集团打造溪宁数字平台。")
    assert statuses(kg, RENAME) == [("stale", "no node 岚州集团")]


def test_a_merge_into_a_name_two_types_share_holds_once_applied():
    """岚方 merges into the Organization 溪宁 (its own type) although a Concept is named 溪宁
    too; applied again, the merge holds instead of asking for a type."""
    text = "岚方与恒拓集团合作。溪宁推动岚州创新。恒拓集团支持溪宁。"
    doc = Document.from_text(text, path="d.txt")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    kg.add_node(Node(name="岚方", type="Organization", evidence=[ev(doc, "岚方与恒拓集团合作。")]))
    kg.add_node(Node(name="溪宁", type="Organization", evidence=[ev(doc, "恒拓集团支持溪宁。")]))
    kg.add_node(Node(name="溪宁", type="Concept", evidence=[ev(doc, "溪宁推动岚州创新。")]))
    merge = Entry(op="merge", name="岚方", into="溪宁")
    assert statuses(kg, merge) == [("changed", "1 node(s) merged into 溪宁 (Organization)")]
    assert statuses(kg, merge) == [("holds", "岚方 is an alias of 溪宁 (Organization)")]
    typed = Entry(op="merge", name="岚方", into="溪宁", type="Organization")
    assert statuses(kg, typed)[0][0] == "holds"
