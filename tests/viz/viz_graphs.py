"""Knowledge graphs for the viz tests and benchmark: a small hand-made Chinese one, a hostile
one (HTML/script payloads everywhere) and a synthetic one of any size."""

from __future__ import annotations

import random

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node

__all__ = ["PAYLOADS", "small_graph", "hostile_graph", "synthetic_graph"]

#: strings that would run script if they reached the DOM as HTML (each sets window.__pwned)
PAYLOADS = [
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "</script><script>window.__pwned='breakout'</script>",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "\u2028\u2029\"'`${window.__pwned='template'}`",
    "<!--<script>window.__pwned='comment'</script>-->",
]


def _doc(text: str, title: str) -> Document:
    return Document.from_text(text, path=f"{title}.txt", title=title)


def _ev(doc: Document, sentence: str, rule: str = "") -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(document=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                    rule=rule)


def small_graph() -> KnowledgeGraph:
    """新质生产力 and friends: 8 nodes of 6 types, 8 edges of the 4 types, with evidence."""
    s1 = "科技创新推动新质生产力发展。"
    s2 = "新质生产力包括数字经济和绿色低碳产业。"
    s3 = "国家发展改革委实施数字中国建设行动。"
    s4 = "研发投入强度衡量科技创新水平。"
    doc = _doc(s1 + s2 + s3 + s4, "新质生产力政策解读")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    nodes = {
        "nqp": Node(name="新质生产力", type="Concept", aliases=["新质生产力理论", "NQP"],
                    evidence=[_ev(doc, s1), _ev(doc, s2)]),
        "tech": Node(name="科技创新", type="Factor", evidence=[_ev(doc, s1)]),
        "digital": Node(name="数字经济", type="Concept", evidence=[_ev(doc, s2)]),
        "green": Node(name="绿色低碳产业", type="Concept", evidence=[_ev(doc, s2)]),
        "ndrc": Node(name="国家发展改革委", type="Organization", aliases=["发改委"],
                     evidence=[_ev(doc, s3)]),
        "dc": Node(name="数字中国建设行动", type="Initiative", evidence=[_ev(doc, s3)]),
        "rd": Node(name="研发投入强度", type="Metric", evidence=[_ev(doc, s4)]),
        "bj": Node(name="北京", type="Place"),
    }
    for n in nodes.values():
        kg.add_node(n)
    edges = [
        ("tech", "DRIVES", "nqp", s1, "cue:推动"),
        ("nqp", "INCLUDES", "digital", s2, "cue:包括"),
        ("nqp", "INCLUDES", "green", s2, "cue:包括"),
        ("ndrc", "IMPLEMENTS", "dc", s3, "cue:实施"),
        ("dc", "DRIVES", "digital", s3, "cooccur"),
        ("rd", "MEASURES", "tech", s4, "cue:衡量"),
        ("ndrc", "IMPLEMENTS", "nqp", s3, "cooccur"),
        ("digital", "DRIVES", "green", s2, "cooccur"),
    ]
    for src, typ, dst, sent, rule in edges:
        kg.add_edge(Edge(source=nodes[src].id, target=nodes[dst].id, type=typ, confidence=0.8,
                         evidence=[_ev(doc, sent, rule)]))
    return kg


def hostile_graph() -> KnowledgeGraph:
    """Every text field that can reach the page carries a script payload."""
    sentences = [f"据报道{p}推动了{p}的发展。" for p in PAYLOADS]
    doc = _doc("".join(sentences), PAYLOADS[1] + "<b>标题</b>")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    prev = None
    for i, (p, s) in enumerate(zip(PAYLOADS, sentences, strict=True)):
        node = kg.add_node(Node(name=f"{p}节点{i}", type="Concept", aliases=[p, f"别名{p}{i}"],
                                evidence=[_ev(doc, s, rule=p)]))
        if prev is not None:
            kg.add_edge(Edge(source=prev.id, target=node.id, type="DRIVES",
                             evidence=[_ev(doc, s, rule=p)]))
        prev = node
    return kg


_STEMS = ["数字", "绿色", "科技", "产业", "创新", "智能", "金融", "制造", "能源", "农业", "教育",
          "医疗", "交通", "数据", "人才", "市场", "城市", "乡村", "海洋", "航天"]
_TAILS = ["经济", "发展", "体系", "平台", "工程", "战略", "指数", "中心", "集群", "计划"]
_TYPES = ["Concept"] * 5 + ["Factor"] * 3 + ["Organization"] * 2 + ["Initiative"] * 2 + [
    "Person", "Event", "Place", "Metric"]
_EDGE_TYPES = ["DRIVES", "DRIVES", "INCLUDES", "INCLUDES", "IMPLEMENTS", "MEASURES"]


def synthetic_graph(n_nodes: int, n_edges: int, *, seed: int = 1,
                    n_docs: int = 120) -> KnowledgeGraph:
    """A random graph shaped like an extracted one: Chinese names, a heavy-tailed degree
    distribution, many small components, one evidence sentence per node and edge."""
    rng = random.Random(seed)
    docs = []
    for d in range(n_docs):
        text = "".join(f"第{d}篇第{k}句：{rng.choice(_STEMS)}{rng.choice(_TAILS)}推动了高质量发展。"
                       for k in range(40))
        docs.append(_doc(text, f"新闻{d:03d}"))
    kg = KnowledgeGraph()
    for doc in docs:
        kg.add_document(doc)

    def evidence() -> Evidence:
        doc = rng.choice(docs)
        k = rng.randrange(40)
        marker = f"第{docs.index(doc)}篇第{k}句："
        start = doc.text.index(marker)
        end = doc.text.index("。", start) + 1
        return Evidence(document=doc.id, sentence=doc.text[start:end], start=start, end=end,
                        rule="cue:推动")

    ids = []
    for i in range(n_nodes):
        name = f"{rng.choice(_STEMS)}{rng.choice(_TAILS)}{i}"
        node = kg.add_node(Node(name=name, type=rng.choice(_TYPES), aliases=[f"别名{i}"],
                                evidence=[evidence()]))
        ids.append(node.id)
    made = 0
    while made < n_edges:
        a = rng.randrange(n_nodes)
        # heavy tail: half the targets come from a small core of hubs
        b = int(rng.paretovariate(1.1)) % n_nodes if rng.random() < 0.5 else rng.randrange(n_nodes)
        if a == b:
            continue
        etype = rng.choice(_EDGE_TYPES)
        if kg.get_edge(ids[a], etype, ids[b]) is not None:
            continue
        kg.add_edge(Edge(source=ids[a], target=ids[b], type=etype, confidence=0.7,
                         evidence=[evidence()]))
        made += 1
    return kg


class DatedDocument(Document):
    """A document with a date (the corpus-lifecycle work adds ``date`` to Document itself)."""

    date: str = ""


def corpus_graph(*, clusters: int = 12, per_cluster: int = 30, metrics: int = 200,
                 isolated: int = 300, seed: int = 3, dated: bool = True) -> KnowledgeGraph:
    """A whole-corpus-like graph: ``clusters`` dense groups of core nodes joined by a few
    bridges, Metric nodes hanging off them by MEASURES edges, and nodes without edges. Documents
    are dated one day apart (when ``dated``); one has markup in its title and text."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    docs = []
    for d in range(24):
        extra = PAYLOADS[1] if d == 5 else ""
        sentences = [f"{extra}第{d}号文第{k}句：{rng.choice(_STEMS)}{rng.choice(_TAILS)}"
                     "推动了发展。" for k in range(30)]
        text = "".join(sentences)
        kw = {"date": f"2024-03-{d + 1:02d}"} if dated else {}
        title = f"日报{d:02d}{extra}"
        doc = DatedDocument.from_text(text, path=f"news/day{d:02d}.md", title=title, **kw)
        kg.add_document(doc)
        docs.append(doc)
    core_types = ["Concept", "Factor", "Organization", "Initiative"]

    spans = {}
    for doc in docs:
        ends = [i + 1 for i, ch in enumerate(doc.text) if ch == "。"]
        spans[doc.id] = list(zip([0, *ends[:-1]], ends, strict=True))

    def evidence() -> Evidence:
        doc = rng.choice(docs)
        start, end = rng.choice(spans[doc.id])
        return Evidence(document=doc.id, sentence=doc.text[start:end], start=start, end=end,
                        rule="cue:推动")

    groups: list[list[str]] = []
    for c in range(clusters):
        ids = []
        for k in range(per_cluster):
            node = kg.add_node(Node(name=f"{_STEMS[c % len(_STEMS)]}{_TAILS[k % 10]}{c}-{k}",
                                    type=core_types[(c + k) % 4], evidence=[evidence()]))
            ids.append(node.id)
        for k in range(1, per_cluster):  # a tree plus some chords: dense inside
            for other in {rng.randrange(k), rng.randrange(k)}:
                kg.add_edge(Edge(source=ids[k], target=ids[other],
                                 type=rng.choice(["DRIVES", "INCLUDES", "IMPLEMENTS"]),
                                 evidence=[evidence(), evidence()]))
        groups.append(ids)
    for c in range(clusters - 1):  # one bridge between neighbouring clusters
        kg.add_edge(Edge(source=groups[c][1], target=groups[c + 1][2], type="DRIVES",
                         evidence=[evidence()]))
    for m in range(metrics):
        node = kg.add_node(Node(name=f"指标{m} {m}%", type="Metric", evidence=[evidence()]))
        target = rng.choice(rng.choice(groups))
        kg.add_edge(Edge(source=node.id, target=target, type="MEASURES",
                         evidence=[evidence()]))
    for i in range(isolated):
        kg.add_node(Node(name=f"孤立{i}", type=rng.choice(core_types), evidence=[evidence()]))
    return kg
