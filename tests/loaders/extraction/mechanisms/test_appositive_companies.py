"""Company names in apposition after a noun of their kind (``appositive_kinds``), on sentences
of our own: 家电企业甲乙电器推出…, 车企丙丁汽车联合…, 子公司戊己快运在… name companies that act;
a bare kind word at a clause start refers back (，企业下一步还将…), and a dictionary word, an
adverb or a time after the kind word is no name."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _orgs(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Organization"}


def test_a_name_after_its_kind_is_a_company_that_acts():
    text = "家电企业甲乙电器推出“以旧换新一站式”服务，消费者可在线下单。"
    assert "甲乙电器" in _orgs(text)
    assert ("甲乙电器", "IMPLEMENTS", "以旧换新一站式服务") in edges(extract(text))
    assert "丙丁汽车" in _orgs("车企丙丁汽车联合多家银行推出购车方案。")
    assert "戊己快运" in _orgs("子公司戊己快运在长三角开通多条干线。")


def test_a_bare_kind_word_or_an_ordinary_word_is_no_name():
    assert _orgs("随着技术持续迭代，企业下一步还将扩大产能。") == set()
    assert _orgs("今年以来，不少平台企业纷纷推出新服务。") == set()
