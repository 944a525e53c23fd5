import pytest
from pydantic import ValidationError

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node, node_id
from conceptkg.graph.models import document_id, normalize_name


def test_node_id_is_stable_and_depends_on_type_and_normalized_name():
    a = node_id("Concept", "新质生产力")
    assert a == node_id("Concept", " 新质生产力 ".strip())
    assert a == node_id("Concept", "“新质生产力”")  # quotes do not change the key
    assert a != node_id("Factor", "新质生产力")
    assert a != node_id("Concept", "生产力")
    # a known value: the same on every run and machine
    assert a == Node(name="新质生产力", type="Concept").id


def test_node_id_full_width_and_case_are_normalized():
    assert node_id("Initiative", "ＩＴ工程") == node_id("Initiative", "it工程")
    assert normalize_name("Ａ Ｂ") == "ab"


def test_document_id_is_content_hash():
    assert document_id("abc") == document_id("abc")
    assert document_id("abc") != document_id("abd")
    assert Document.from_text("正文").id == document_id("正文")


def test_blank_names_and_bad_edge_types_are_rejected():
    with pytest.raises(ValidationError):
        Node(name="  ", type="Concept")
    with pytest.raises(ValidationError):
        Node(name="x", type="Unknown")
    with pytest.raises(ValidationError):
        Edge(source="a", target="b", type="drives; DROP")


def test_adding_the_same_node_twice_merges_aliases_and_evidence():
    doc = Document.from_text("甲推动乙。甲推动丙。")
    e1 = Evidence(document=doc.id, sentence="甲推动乙。", start=0, end=5)
    e2 = Evidence(document=doc.id, sentence="甲推动丙。", start=5, end=10)
    kg = KnowledgeGraph()
    kg.add_node(Node(name="甲", type="Concept", aliases=["甲甲"], evidence=[e1]))
    kg.add_node(Node(name="甲", type="Concept", aliases=["老甲"], evidence=[e1, e2]))
    assert len(kg) == 1
    n = kg.node(node_id("Concept", "甲"))
    assert n.aliases == ["甲甲", "老甲"]
    assert [e.start for e in n.evidence] == [0, 5]


def test_adding_the_same_edge_twice_merges_evidence_and_keeps_types_apart():
    doc = Document.from_text("甲推动乙。甲包括乙。")
    kg = KnowledgeGraph()
    a = kg.add_node(Node(name="甲", type="Concept"))
    b = kg.add_node(Node(name="乙", type="Concept"))
    ev = Evidence(document=doc.id, sentence="甲推动乙。", start=0, end=5, rule="r1")
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=[ev], confidence=0.5))
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=[ev], confidence=0.9))
    kg.add_edge(Edge(source=a.id, target=b.id, type="INCLUDES"))
    assert kg.number_of_edges == 2
    e = kg.get_edge(a.id, "DRIVES", b.id)
    assert len(e.evidence) == 1 and e.confidence == 0.9 and e.rules == ["r1"]


def test_edge_needs_existing_endpoints():
    kg = KnowledgeGraph()
    with pytest.raises(KeyError):
        kg.add_edge(Edge(source="x", target="y", type="DRIVES"))


def test_find_matches_names_and_aliases():
    kg = KnowledgeGraph()
    kg.add_node(Node(name="安徽省某分公司", type="Organization", aliases=["安徽某司"]))
    assert [n.name for n in kg.find("安徽某司")] == ["安徽省某分公司"]
    assert kg.find("不存在") == []


def test_evidence_is_capped_so_hub_nodes_and_edges_stay_bounded():
    from conceptkg.graph.models import MAX_EDGE_EVIDENCE, MAX_NODE_EVIDENCE

    text = "甲推动乙。" * 700
    doc = Document.from_text(text)
    evs = [Evidence(document=doc.id, sentence="甲推动乙。", start=i * 5, end=i * 5 + 5)
           for i in range(700)]
    kg = KnowledgeGraph()
    a = kg.add_node(Node(name="甲", type="Concept", evidence=evs[:1]))
    b = kg.add_node(Node(name="乙", type="Concept"))
    kg.add_node(Node(name="甲", type="Concept", evidence=evs))
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=evs[:1]))
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=evs))
    assert len(kg.node(a.id).evidence) == MAX_NODE_EVIDENCE
    kept = kg.get_edge(a.id, "DRIVES", b.id).evidence
    assert len(kept) == MAX_EDGE_EVIDENCE and kept[0].start == 0  # the first mentions stay


def _node_from(doc_id: str, n: int, alias: str) -> Node:
    evs = [Evidence(document=doc_id, sentence="甲。", start=i * 2, end=i * 2 + 2)
           for i in range(n)]
    return Node(name="甲", type="Concept", evidence=evs, counts={doc_id: n * 3},
                aliases=[alias], alias_docs={alias: [doc_id]})


def test_capped_evidence_spreads_over_documents_whatever_the_merge_order():
    import itertools

    from conceptkg.graph.models import MAX_NODE_EVIDENCE

    parts = [_node_from(f"doc_{i}", 30 + 20 * i, f"甲{i}") for i in range(5)]
    results = []
    for order in itertools.permutations(parts, 5):
        node = order[0].model_copy(deep=True)
        for other in order[1:]:
            node.merge(other.model_copy(deep=True))
        results.append(node.model_dump())
    assert all(r == results[0] for r in results)
    merged = Node(**results[0])
    assert len(merged.evidence) == MAX_NODE_EVIDENCE
    assert {e.document for e in merged.evidence} == {f"doc_{i}" for i in range(5)}
    assert merged.mentions == sum(3 * (30 + 20 * i) for i in range(5))  # exact, not capped
    assert merged.documents == [f"doc_{i}" for i in range(5)]


def test_without_documents_takes_out_counts_evidence_and_aliases():
    node = _node_from("doc_a", 3, "甲甲")
    node.merge(_node_from("doc_b", 2, "甲乙"))
    left = node.without_documents({"doc_a"})
    assert left is not None
    assert left.counts == {"doc_b": 6} and left.aliases == ["甲乙"]
    assert {e.document for e in left.evidence} == {"doc_b"}
    assert node.without_documents({"doc_a", "doc_b"}) is None
    again = _node_from("doc_b", 2, "甲乙")
    again.merge(_node_from("doc_b", 2, "甲乙"))  # the same document twice counts once
    assert again.mentions == 6


def test_an_edge_remembers_what_each_document_gave_and_forgets_a_removed_one():
    a, b, c = (Document.from_text(t) for t in ("岚州甲。", "溪宁乙。", "恒拓丙。"))

    def edge(doc: Document, confidence: float) -> Edge:
        return Edge(source="x", target="y", type="DRIVES", confidence=confidence,
                    evidence=[Evidence(document=doc.id, sentence=doc.text, start=0,
                                       end=len(doc.text))])

    merged = edge(a, 0.9)
    merged.merge(edge(b, 0.6))
    merged.merge(edge(c, 0.9))
    assert merged.confidence == 0.9 and merged.attributes == {"confidences": {b.id: 0.6}}
    other = edge(b, 0.6)  # (the merge order does not matter)
    for e, conf in ((c, 0.9), (a, 0.9)):
        other.merge(edge(e, conf))
    assert other == merged
    assert merged.without_documents({a.id}).confidence == 0.9  # c gave as much
    left = merged.without_documents({a.id, c.id})
    assert left.confidence == 0.6 and "confidences" not in left.attributes
    assert merged.without_documents({b.id}).attributes == {}
