"""A small hand-made graph for the named-query tests: Chinese names with aliases, a DRIVES cycle,
edges both ways between two nodes, ties between shortest paths, one name on two node types, an
edge with evidence from two documents and one with none, a MEASURES edge and an isolated node."""

from __future__ import annotations

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node

__all__ = ["TEXT_A", "TEXT_B", "sample_graph", "node"]

TEXT_A = (
    "人工智能推动科技创新。科技创新包括人工智能。科技创新带动产业创新。"
    "产业创新推动新质生产力。人工智能赋能新质生产力。新质生产力促进数字经济。"
    "数字经济反哺产业创新。新质生产力包括劳动者、劳动资料、劳动对象和数据要素。"
    "数字经济包括数据。全要素生产率衡量新质生产力。"
)
TEXT_B = (
    "恒拓集团实施寄递服务升级。恒拓集团推进数字化转型。国家港航局推动数字化转型。"
    "数字化转型推动数字经济。AI推动科技创新。"
)

# name -> (type, aliases)
NODES: dict[str, tuple[str, list[str]]] = {
    "人工智能": ("Factor", ["AI", "人工智能技术"]),
    "科技创新": ("Factor", ["技术创新"]),
    "产业创新": ("Concept", []),
    "新质生产力": ("Concept", ["新质生产力理论"]),
    "数字经济": ("Concept", []),
    "劳动者": ("Factor", []),
    "劳动资料": ("Factor", []),
    "劳动对象": ("Factor", []),
    "数据": ("Factor", ["数据要素"]),
    "恒拓集团有限公司": ("Organization", ["恒拓集团", "恒拓控股"]),
    "国家港航局": ("Organization", []),
    "寄递服务升级": ("Initiative", []),
    "数字化转型": ("Initiative", ["数字转型"]),
    "全要素生产率": ("Metric", []),
    "张三": ("Person", []),
}
DATA_CONCEPT = Node(name="数据", type="Concept")  # the same name as a Factor

_PARTS = "新质生产力包括劳动者、劳动资料、劳动对象和数据要素。"

# (source, type, target, [(text, sentence), ...]); "数据*" is the Concept 数据
EDGES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("人工智能", "DRIVES", "科技创新",
     [("A", "人工智能推动科技创新。"), ("B", "AI推动科技创新。")]),
    ("科技创新", "INCLUDES", "人工智能", [("A", "科技创新包括人工智能。")]),
    ("科技创新", "DRIVES", "产业创新", [("A", "科技创新带动产业创新。")]),
    ("产业创新", "DRIVES", "新质生产力", [("A", "产业创新推动新质生产力。")]),
    ("人工智能", "DRIVES", "新质生产力", [("A", "人工智能赋能新质生产力。")]),
    ("新质生产力", "DRIVES", "数字经济", [("A", "新质生产力促进数字经济。")]),
    ("数字经济", "DRIVES", "产业创新", [("A", "数字经济反哺产业创新。")]),
    *[("新质生产力", "INCLUDES", part, [("A", _PARTS)])
      for part in ("劳动者", "劳动资料", "劳动对象", "数据")],
    ("数字经济", "INCLUDES", "数据*", [("A", "数字经济包括数据。")]),
    ("全要素生产率", "MEASURES", "新质生产力", [("A", "全要素生产率衡量新质生产力。")]),
    ("恒拓集团有限公司", "IMPLEMENTS", "寄递服务升级", [("B", "恒拓集团实施寄递服务升级。")]),
    ("恒拓集团有限公司", "IMPLEMENTS", "数字化转型", [("B", "恒拓集团推进数字化转型。")]),
    ("国家港航局", "IMPLEMENTS", "数字化转型", [("B", "国家港航局推动数字化转型。")]),
    ("数字化转型", "DRIVES", "数字经济", [("B", "数字化转型推动数字经济。")]),
    ("数据", "DRIVES", "人工智能", []),  # an edge without evidence
]


def _evidence(doc: Document, sentence: str, rule: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(document=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                    rule=rule)


def node(kg: KnowledgeGraph, name: str, node_type: str | None = None) -> Node:
    """The node called ``name`` (of ``node_type`` where the name is on several)."""
    found = [n for n in kg.nodes() if n.name == name and node_type in (None, n.type)]
    assert len(found) == 1, (name, found)
    return found[0]


def sample_graph() -> KnowledgeGraph:
    docs = {"A": Document.from_text(TEXT_A, path="docs/a.txt", title="文章甲", date="2024-03-05"),
            "B": Document.from_text(TEXT_B, path="docs/b.txt", title="文章乙", date="2024-04-10")}
    kg = KnowledgeGraph()
    for d in docs.values():
        kg.add_document(d)
    ids: dict[str, str] = {}
    for name, (typ, aliases) in NODES.items():
        ev = [_evidence(d, s, "mention") for d in docs.values()
              for s in d.text.split("。") if name in s and s]
        ids[name] = kg.add_node(Node(name=name, type=typ, aliases=aliases, evidence=ev)).id
    ids["数据*"] = kg.add_node(DATA_CONCEPT).id
    for src, typ, dst, sentences in EDGES:
        ev = [_evidence(docs[d], s, f"rule_{typ.lower()}") for d, s in sentences]
        kg.add_edge(Edge(source=ids[src], target=ids[dst], type=typ, evidence=ev,
                         confidence=0.9 if ev else 0.5))
    return kg
