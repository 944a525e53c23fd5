"""Small graphs for tests, written by hand."""

from __future__ import annotations

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node

TEXT = "科技创新推动产业创新。新质生产力包括劳动、数据等要素。某某集团打造数字平台。"


def ev(doc: Document, sentence: str, rule: str = "test") -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(document=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                    rule=rule)


def small_graph(text: str = TEXT) -> KnowledgeGraph:
    doc = Document.from_text(text, path="small.txt", title="small")
    s1, s2, s3 = [s + "。" for s in text.split("。")[:3]]
    kg = KnowledgeGraph()
    kg.add_document(doc)
    nodes = {
        "科技创新": Node(name="科技创新", type="Concept", evidence=[ev(doc, s1)]),
        "产业创新": Node(name="产业创新", type="Concept", evidence=[ev(doc, s1)]),
        "新质生产力": Node(name="新质生产力", type="Concept", evidence=[ev(doc, s2)]),
        "劳动": Node(name="劳动", type="Factor", aliases=["劳动力"], evidence=[ev(doc, s2)]),
        "数据": Node(name="数据", type="Factor", aliases=["数据要素"], evidence=[ev(doc, s2)]),
        "某某集团": Node(name="某某集团", type="Organization", aliases=["某某集团公司"],
                     evidence=[ev(doc, s3)]),
        "数字平台": Node(name="数字平台", type="Initiative", evidence=[ev(doc, s3)]),
    }
    for n in nodes.values():
        kg.add_node(n)

    def edge(a: str, t: str, b: str, s: str) -> None:
        kg.add_edge(Edge(source=nodes[a].id, target=nodes[b].id, type=t,
                         evidence=[ev(doc, s, rule=f"rule_{t.lower()}")]))

    edge("科技创新", "DRIVES", "产业创新", s1)
    edge("新质生产力", "INCLUDES", "劳动", s2)
    edge("新质生产力", "INCLUDES", "数据", s2)
    edge("某某集团", "IMPLEMENTS", "数字平台", s3)
    return kg
