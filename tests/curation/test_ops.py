"""The graph operations behind the corrections (:mod:`conceptkg.curation.ops`)."""

from __future__ import annotations

from conceptkg.curation.ops import Changes, split_alias
from conceptkg.graph import Document, Edge, KnowledgeGraph, Node
from tests.helpers import ev


def two_names(name: str, alias: str) -> tuple[KnowledgeGraph, Node, Document, Document]:
    """One organisation named ``name`` in one document and by its longer or shorter form
    ``alias`` in another, with a platform the longer form builds."""
    a = Document.from_text("恒拓集团有限公司打造溪宁数字平台。", path="a.txt")
    b = Document.from_text("恒拓集团推进岚州改革。", path="b.txt")
    kg = KnowledgeGraph()
    kg.add_document(a)
    kg.add_document(b)
    org = Node(name=name, type="Organization", aliases=[alias],
               evidence=[ev(a, a.text), ev(b, b.text)], counts={a.id: 1, b.id: 1})
    kg.add_node(org)
    platform = Node(name="溪宁数字平台", type="Initiative", evidence=[ev(a, a.text)])
    kg.add_node(platform)
    kg.add_edge(Edge(source=org.id, target=platform.id, type="IMPLEMENTS",
                     evidence=[ev(a, a.text)]))
    return kg, kg.node(org.id), a, b


def test_a_split_alias_that_holds_the_name_takes_its_own_sentences():
    """Splitting 恒拓集团有限公司 out of 恒拓集团: the name inside the alias is no mention of
    the name, so the sentences that write only the alias go with it, with their edges."""
    kg, org, a, b = two_names("恒拓集团", "恒拓集团有限公司")
    new = split_alias(kg, org, "恒拓集团有限公司", Changes(), {"op": "split"})
    assert new.name == "恒拓集团有限公司"
    assert [e.document for e in new.evidence] == [a.id] and new.counts == {a.id: 1}
    old = kg.node(org.id)
    assert [e.document for e in old.evidence] == [b.id] and old.counts == {b.id: 1}
    assert [(kg.node(e.source).name, e.type) for e in kg.edges()] == [
        ("恒拓集团有限公司", "IMPLEMENTS")]


def test_a_split_alias_inside_the_name_leaves_the_name_its_sentences():
    """Splitting 恒拓集团 out of 恒拓集团有限公司: a sentence that writes the full name is the
    name's, although the alias is part of it."""
    kg, org, a, b = two_names("恒拓集团有限公司", "恒拓集团")
    new = split_alias(kg, org, "恒拓集团", Changes(), {"op": "split"})
    assert [e.document for e in new.evidence] == [b.id] and new.counts == {b.id: 1}
    old = kg.node(org.id)
    assert [e.document for e in old.evidence] == [a.id] and old.counts == {a.id: 1}
    assert [(kg.node(e.source).name, e.type) for e in kg.edges()] == [
        ("恒拓集团有限公司", "IMPLEMENTS")]


def test_a_rename_of_case_only_keeps_the_old_spelling_as_an_alias():
    """curate rename 溪宁SMART计划 溪宁Smart计划 (one node): the old spelling becomes an alias
    with the documents only it was seen in; the new name is no alias of itself."""
    from conceptkg.curation.ops import move_node

    a = Document.from_text("溪宁SMART计划推动岚州数字经济。", path="a.txt")
    b = Document.from_text("溪宁Smart计划推动岚州数字经济。", path="b.txt")
    kg = KnowledgeGraph()
    kg.add_document(a)
    kg.add_document(b)
    node = kg.add_node(Node(name="溪宁SMART计划", type="Initiative", aliases=["溪宁Smart计划"],
                            alias_docs={"溪宁Smart计划": [b.id]}, counts={a.id: 1, b.id: 1},
                            evidence=[ev(a, a.text), ev(b, b.text)]))
    ch = Changes()
    kept = move_node(kg, node, ch, name="溪宁Smart计划", note={"op": "rename"})
    assert kept is node and ch.nodes == {node.id}
    assert node.name == "溪宁Smart计划" and node.aliases == ["溪宁SMART计划"]
    assert node.alias_docs == {"溪宁SMART计划": [a.id]}
    assert kg.find("溪宁SMART计划") == [node]
