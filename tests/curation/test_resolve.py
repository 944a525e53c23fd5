"""Entity resolution across documents, on made-up names: what is merged automatically (and
why), what is kept apart, what is only suggested."""

from __future__ import annotations

from conceptkg.curation import Curation, Entry, apply_curation
from conceptkg.curation.resolve import name_key, suggest
from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node


def graph(sentences: dict[str, list[str]]) -> KnowledgeGraph:
    """One document per name; each listed sentence is evidence of the Organization node."""
    kg = KnowledgeGraph()
    for i, (name, sents) in enumerate(sentences.items()):
        text = "".join(sents)
        doc = Document.from_text(text, path=f"d{i}.txt")
        kg.add_document(doc)
        ev = []
        for s in sents:
            start = text.index(s)
            ev.append(Evidence(document=doc.id, sentence=s, start=start, end=start + len(s)))
        kg.add_node(Node(name=name, type="Organization", evidence=ev))
    return kg


def names(kg: KnowledgeGraph) -> dict[str, list[str]]:
    return {n.name: n.aliases for n in kg.nodes()}


def test_keys_take_away_what_does_not_make_another_body():
    assert name_key("英国星河医药公司")[0] == name_key("星河医药公司")[0]
    assert "country of registration (英国)" in name_key("英国星河医药公司")[1]
    assert name_key("星河医药股份有限公司")[0] == name_key("星河医药集团")[0]
    assert name_key("青川省人民政府")[0] == name_key("青川省政府")[0]
    # a foreign government body is not the domestic one; a state company is that country's
    assert name_key("美国商贸部")[0] != name_key("商贸部")[0]
    assert name_key("加拿大国家星河公司")[0] != name_key("国家星河集团")[0]
    # generic words left without the legal form do not name one body
    assert name_key("美国钢铁公司")[0] != name_key("钢铁公司")[0]


def test_automatic_merges_record_their_reason_and_apply_once():
    kg = graph({"星河医药公司": ["星河医药公司发布年报。"],
                "英国星河医药公司": ["英国星河医药公司在华投资。"],
                "星河医药股份有限公司": ["星河医药股份有限公司公告。"]})
    rep = apply_curation(kg, Curation())
    assert names(kg) == {"星河医药公司": ["星河医药股份有限公司", "英国星河医药公司"]}
    node = next(kg.nodes())
    assert node.mentions == 3 and len(node.evidence) == 3
    notes = {n["from"]: n["note"] for n in node.attributes["curated"]}
    assert notes == {"英国星河医药公司": "country of registration (英国), legal form",
                     "星河医药股份有限公司": "legal form"}
    assert len(rep.auto) == 2
    again = apply_curation(kg, Curation())
    assert not again.auto and not again.changes


def test_a_foreign_body_is_split_out_of_the_domestic_name():
    kg = graph({"商贸部": ["商贸部发布新规。", "美国商贸部宣布加征关税。",
                          "商贸部回应美国商贸部。"]})
    edge_doc = next(iter(kg.documents))
    dom = next(kg.nodes())
    kg.add_node(Node(name="关税", type="Concept", evidence=dom.evidence[1:2]))
    tariff = next(n for n in kg.nodes() if n.name == "关税")
    kg.add_edge(Edge(source=dom.id, target=tariff.id, type="DRIVES",
                     evidence=dom.evidence[1:2]))
    rep = apply_curation(kg, Curation())
    assert [a.name for a in rep.auto] == ["美国商贸部"]
    foreign = next(n for n in kg.nodes() if n.name == "美国商贸部")
    domestic = next(n for n in kg.nodes() if n.name == "商贸部")
    assert [e.sentence for e in foreign.evidence] == ["美国商贸部宣布加征关税。"]
    assert foreign.counts == {edge_doc: 1} and domestic.counts == {edge_doc: 2}
    assert "美国商贸部" not in domestic.aliases
    assert kg.get_edge(foreign.id, "DRIVES", tariff.id) is not None
    assert kg.get_edge(domestic.id, "DRIVES", tariff.id) is None
    assert not apply_curation(kg, Curation()).changes


def test_a_split_entry_undoes_an_automatic_merge_for_good():
    kg = graph({"星河医药公司": ["星河医药公司发布年报。"],
                "英国星河医药公司": ["英国星河医药公司在华投资。"]})
    cur = Curation(entries=[Entry(op="split", name="星河医药公司", alias="英国星河医药公司")])
    apply_curation(kg, cur)
    assert set(names(kg)) == {"星河医药公司", "英国星河医药公司"}
    assert not apply_curation(kg, cur).changes
    pair = ("英国星河医药公司", "星河医药公司")
    assert not suggest(kg, {pair, pair[::-1]})


def test_suggestions_give_reasons_and_keep_foreign_government_apart():
    kg = graph({"青川农业科学研究院": ["青川农业科学研究院成立。"],
                "青川农科院": ["青川农科院召开会议。"],
                "商贸部": ["商贸部发布新规。"], "美国商贸部": ["美国商贸部宣布。"],
                "星河大学": ["星河大学招生。"], "青川星河大学": ["青川星河大学招生。"],
                "北岭大学": ["北岭大学招生。"], "北岭工业大学": ["北岭工业大学招生。"]})
    found = {(s.name, s.into): s for s in suggest(kg, set())}
    assert set(found) == {("青川农业科学研究院", "青川农科院"), ("青川星河大学", "星河大学")}
    s = found[("青川农业科学研究院", "青川农科院")]
    assert s.reason.startswith("abbreviation") and not s.auto
    assert s.evidence == ["青川农业科学研究院成立。", "青川农科院召开会议。"]
    assert s.command == "conceptkg curate merge 青川农业科学研究院 青川农科院 --type Organization"
    assert "descriptive prefix 青川" in found[("青川星河大学", "星河大学")].reason


def test_a_store_is_resolved_like_the_whole_graph_while_reading_only_what_may_change(
        tmp_path, monkeypatch):
    from conceptkg.curation import apply_to_store
    from conceptkg.graph import EmbeddedStore
    from tests.graph.graph_compare import assert_same_graph

    kg = graph({"星河医药公司": ["星河医药公司发布年报。"],
                "英国星河医药公司": ["英国星河医药公司在华投资。"],
                "商贸部": ["商贸部发布新规。", "美国商贸部宣布加征关税。"],
                "美国商贸部": ["美国商贸部再次表态。"],  # the split-out body joins this node
                "农业部": ["农业部部署春耕。", "美国农业部发布报告。"],
                "青川航运公司": ["青川航运公司开通新航线。"],  # nothing to resolve
                "文旅局": ["文旅局推出新线路。"]})
    plain = next(n for n in kg.nodes() if n.name == "青川航运公司")
    kg.add_node(Node(name="新航线", type="Initiative", evidence=plain.evidence))
    kg.add_edge(Edge(source=plain.id, target=next(n.id for n in kg.nodes()
                                                  if n.name == "新航线"),
                     type="IMPLEMENTS", evidence=plain.evidence))
    with EmbeddedStore(tmp_path / "kg.db") as store:
        store.write_graph(kg)
        read: list[str] = []
        fetch, read_all = store.fetch_nodes, store.read_nodes

        def fetch_spy(label, ids):
            ids = list(ids)
            read.extend(ids)
            return fetch(label, ids)

        def read_spy(label):
            nodes = read_all(label)
            read.extend(n.id for n in nodes)
            return nodes

        monkeypatch.setattr(store, "fetch_nodes", fetch_spy)
        monkeypatch.setattr(store, "read_nodes", read_spy)
        rep = apply_to_store(store, Curation())
        monkeypatch.undo()
        whole = graph({})
        whole.update(kg)
        want = apply_curation(whole, Curation())
        assert sorted(s.name for s in rep.auto) == sorted(s.name for s in want.auto)
        assert {"美国商贸部", "美国农业部", "英国星河医药公司"} <= {s.name for s in rep.auto}
        assert_same_graph(store.read_graph(), whole)
        unread = {n.id for n in kg.nodes() if n.name in ("青川航运公司", "文旅局", "新航线")}
        assert not unread & set(read)  # nothing to resolve there: never read in full


def test_a_domestic_name_whose_every_mention_is_foreign_leaves_no_empty_node():
    kg = graph({"国防部": ["俄罗斯国防部宣布演习。", "俄国防部表示演习持续一周。"],
                "俄罗斯国防部": ["俄罗斯国防部发言人答问。"]})
    edge_doc = next(iter(kg.documents))
    dom = next(n for n in kg.nodes() if n.name == "国防部")
    kg.add_node(Node(name="演习", type="Concept", evidence=dom.evidence[:1]))
    drill = next(n for n in kg.nodes() if n.name == "演习")
    kg.add_edge(Edge(source=dom.id, target=drill.id, type="IMPLEMENTS",
                     evidence=dom.evidence[:1]))
    apply_curation(kg, Curation())
    assert all(n.counts for n in kg.nodes()), [n.name for n in kg.nodes() if not n.counts]
    assert "国防部" not in {n.name for n in kg.nodes()}
    body = next(n for n in kg.nodes() if n.type == "Organization")
    assert body.mentions == 3 and edge_doc in body.counts
    assert kg.get_edge(body.id, "IMPLEMENTS", drill.id) is not None
    assert not apply_curation(kg, Curation()).changes


def test_a_split_with_capped_evidence_leaves_the_mentions_it_cannot_see():
    """A document's evidence is capped (20 sentences per node and document): when all the kept
    sentences are the alias's, the mentions beyond them may be the domestic body's, so they
    stay with it (the domestic node is not deleted)."""
    from conceptkg.curation.ops import Changes, split_alias
    from conceptkg.graph.models import MAX_NODE_EVIDENCE_PER_DOCUMENT as CAP

    sents = [f"美国商贸部第{i}次宣布加征关税。" for i in range(CAP)]
    text = "".join(sents)
    doc = Document.from_text(text, path="d.txt")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    ev = [Evidence(document=doc.id, sentence=s, start=text.index(s),
                   end=text.index(s) + len(s)) for s in sents]
    kg.add_node(Node(name="商贸部", type="Organization", aliases=["美国商贸部"], evidence=ev,
                     counts={doc.id: CAP + 10}))
    node = next(kg.nodes())
    split_alias(kg, node, "美国商贸部", Changes(), {"op": "auto-split"},
                belongs=lambda s: "美国商贸部" in s)
    got = {n.name: n.counts for n in kg.nodes()}
    assert got == {"商贸部": {doc.id: 10}, "美国商贸部": {doc.id: CAP}}


def test_a_node_capped_before_its_first_split_stays_capped_for_the_next_one():
    """The evidence of a domestic body with many foreign mentions is capped (100 sentences):
    a document's sentence of its own can be among those left out. Splitting out the first
    foreign body shortens the list below the cap, but the sentences left out are still
    missing: the next split must not take a document's other mentions as its own."""
    from conceptkg.graph.models import MAX_NODE_EVIDENCE as CAP

    kg = KnowledgeGraph()
    ev, counts = [], {}
    for i in range(CAP - 1):
        s = f"美国商贸部第{i}次宣布加征关税。"
        doc = Document.from_text(s, path=f"us{i}.txt")
        kg.add_document(doc)
        ev.append(Evidence(document=doc.id, sentence=s, start=0, end=len(s)))
        counts[doc.id] = 1
    # a document naming a British body once, and the domestic one twice in a sentence the cap
    # left out of the evidence
    uk, home = "英国商贸部部长访问岚州。", "商贸部发布新规，商贸部同时答问。"
    doc = Document.from_text(uk + home, path="mixed.txt")
    kg.add_document(doc)
    ev.append(Evidence(document=doc.id, sentence=uk, start=0, end=len(uk)))
    counts[doc.id] = 3
    kg.add_node(Node(name="商贸部", type="Organization", evidence=ev, counts=counts))
    apply_curation(kg, Curation())
    got = {n.name: n.counts.get(doc.id) for n in kg.nodes()}
    assert got == {"商贸部": 2, "英国商贸部": 1, "美国商贸部": None}


def test_the_command_that_accepts_a_suggestion_can_be_pasted_into_a_shell():
    """A name with a space or a shell character is quoted in the command shown."""
    from conceptkg.curation.resolve import Suggestion

    s = Suggestion("Xining Port (HK)", "Xining Port", "Organization", "r", False)
    assert s.command == ("conceptkg curate merge 'Xining Port (HK)' 'Xining Port' "
                         "--type Organization")
    assert Suggestion("恒拓集团", "岚州集团", "Organization", "r", False).command == \
        "conceptkg curate merge 恒拓集团 岚州集团 --type Organization"
