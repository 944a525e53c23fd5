"""Properties of the whole extractor: evidence, determinism, node policy."""

from conceptkg.graph.models import Document
from conceptkg.loaders.extraction.extract import extract_document, get_lexicon
from conceptkg.loaders.reading.normalize import normalize_text

from ..extraction_helpers import edges, extract

TEXT = ("华星科技集团有限公司持续推进智慧工厂平台建设。我们以数字技术推动制造业转型升级，"
        "为区域经济发展注入强劲动力。现代化产业体系包括先进制造业、现代服务业等。"
        "公司营业收入达到12.5亿元。")


def test_every_node_and_edge_has_evidence_pointing_into_the_text():
    doc = Document.from_text(normalize_text(TEXT))
    kg = extract_document(doc, get_lexicon())
    assert kg.number_of_edges >= 5
    for item in [*kg.nodes(), *kg.edges()]:
        assert item.evidence
        for ev in item.evidence:
            assert ev.document == doc.id
            assert doc.text[ev.start:ev.end] == ev.sentence
            assert ev.rule


def test_extraction_is_deterministic():
    a, b = extract(TEXT), extract(TEXT)
    assert [n.model_dump() for n in a.nodes()] == [n.model_dump() for n in b.nodes()]
    assert [e.model_dump() for e in a.edges()] == [e.model_dump() for e in b.edges()]


def test_weak_terms_are_nodes_only_in_relations():
    kg = extract("数据和技术很重要。生产要素包括数据、技术等。")
    names = {n.name for n in kg.nodes()}
    assert {"数据", "技术"} <= names
    assert edges(kg) == {("生产要素", "INCLUDES", "数据"), ("生产要素", "INCLUDES", "技术")}
    assert not {n.name for n in extract("数据和技术很重要。").nodes()} & {"数据", "技术"}


def test_aliases_are_kept_on_the_canonical_node():
    kg = extract("人工智能技术赋能实体经济。")
    node = next(n for n in kg.nodes() if n.name == "人工智能")
    assert "人工智能技术" in node.aliases


def test_generic_initiative_folds_into_the_named_one():
    kg = extract("华星科技集团有限公司实行“1+N”综合服务模式。针对小微企业，实行综合服务模式。")
    inis = [n for n in kg.nodes() if n.type == "Initiative"]
    assert [n.name for n in inis] == ["1+N综合服务模式"]
    assert "综合服务模式" in inis[0].aliases


def test_empty_and_punctuation_only_documents():
    assert len(extract("")) == 0
    assert len(extract("。，、；")) == 0
