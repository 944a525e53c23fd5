"""The JSON embedded in the page cannot break out of its <script> element."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from conceptkg.viz import script_json
from conceptkg.viz.payload import MAX_EVIDENCE, build_payload
from tests.viz.viz_graphs import PAYLOADS, synthetic_graph


@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_script_json_round_trips_and_is_inert(value):
    text = script_json(value)
    assert json.loads(text) == value
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text


def test_script_json_escapes_closing_tags():
    text = script_json({"name": "</script><script>x()</script>", "p": PAYLOADS})
    assert "</" not in text and "<!--" not in text
    assert json.loads(text)["name"] == "</script><script>x()</script>"


def test_sentences_are_shared_and_evidence_capped():
    kg = synthetic_graph(200, 400, n_docs=2)
    data = build_payload(kg, title="t", positions=None)
    refs = [r for item in data["info"] + data["einfo"] for r in item["ev"]]
    assert all(len(item["ev"]) <= MAX_EVIDENCE for item in data["info"] + data["einfo"])
    # 2 docs x 40 sentences: far fewer distinct sentences than references to them
    assert len(data["sentences"]) <= 80 < len(refs)
    assert all(0 <= r[0] < len(data["sentences"]) for r in refs)


def _dated_doc(text: str, date):
    from tests.viz.viz_graphs import DatedDocument

    return DatedDocument.from_text(text, path="d.txt", title="t", date=date)


def test_document_dates_are_read_when_documents_carry_them():
    import datetime

    from conceptkg.graph import Document
    from conceptkg.viz.payload import doc_date

    assert doc_date(Document.from_text("x")) == ""
    assert doc_date(None) == ""
    assert doc_date(_dated_doc("x", "2024-03-05")) == "2024-03-05"
    assert doc_date(_dated_doc("x", "2024-03-05T08:00:00")) == "2024-03-05"
    assert doc_date(_dated_doc("x", "sometime")) == ""
    doc = Document.from_text("y")
    object.__setattr__(doc, "date", datetime.date(2024, 1, 2))
    assert doc_date(doc) == "2024-01-02"


def test_relation_sentences_come_before_bare_mentions():
    from conceptkg.graph import Edge, Evidence
    from conceptkg.viz.payload import rank_node_evidence

    text = "甲出现了。甲推动乙。甲和乙都提到。"
    doc = _dated_doc(text, "2024-01-01")

    def ev(sentence, rule=""):
        start = text.index(sentence)
        return Evidence(document=doc.id, sentence=sentence, start=start,
                        end=start + len(sentence), rule=rule)

    mention, relation = ev("甲出现了。"), ev("甲推动乙。", "cue:推动")
    cooccur = ev("甲和乙都提到。")
    edges = [Edge(source="a", target="b", type="DRIVES", evidence=[relation]),
             Edge(source="a", target="c", type="INCLUDES",
                  evidence=[ev("甲和乙都提到。", "cooccur")])]
    ranked = rank_node_evidence([mention, cooccur, relation], edges)
    assert [e.sentence for e, _ in ranked] == ["甲推动乙。", "甲和乙都提到。", "甲出现了。"]
    assert [s for _, s in ranked] == [2, 1, 0]


def test_counts_stay_exact_when_evidence_is_capped():
    from conceptkg.graph import Edge, Evidence, KnowledgeGraph, Node

    sentences = [f"第{i}句说甲推动乙。" for i in range(MAX_EVIDENCE + 15)]
    doc = _dated_doc("".join(sentences), "2024-02-03")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    evs = []
    for s in sentences:
        start = doc.text.index(s)
        evs.append(Evidence(document=doc.id, sentence=s, start=start, end=start + len(s),
                            rule="cue:推动"))
    a = kg.add_node(Node(name="甲", type="Concept", evidence=evs[:5]))
    b = kg.add_node(Node(name="乙", type="Concept"))
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=evs))
    data = build_payload(kg, title="t", positions=None)
    (edge,) = data["einfo"]
    assert edge["nEv"] == len(sentences) and len(edge["ev"]) == MAX_EVIDENCE
    node = data["info"][[n["id"] for n in data["nodes"]].index(a.id)]
    assert node["nEv"] == 5 and node["nSent"] == len(sentences)
    assert node["dd"] == edge["dd"] == [0] and data["docs"] == [["d.txt", "t", "2024-02-03"]]
    assert data["meta"]["dated"] is True


def test_an_exact_mention_count_kept_by_the_store_is_shown():
    from conceptkg.graph import KnowledgeGraph, Node

    kg = KnowledgeGraph()
    kg.add_node(Node(name="甲", type="Concept", attributes={"mentions": 1234}))
    kg.add_node(Node(name="乙", type="Concept", attributes={"mentions": "many"}))
    info = {n["label"]: f for n, f in zip(*(build_payload(kg, title="t", positions=None)[k]
                                            for k in ("nodes", "info")), strict=True)}
    assert info["甲"]["mentions"] == 1234 and info["乙"]["mentions"] is None
