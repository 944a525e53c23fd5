"""Company names in apposition after a noun of their kind (``appositive_kinds``), on sentences
of our own: 家电企业甲乙电器推出…, 车企丙丁汽车联合…, 子公司戊己快运在… name companies that act;
a bare kind word at a clause start refers back (，企业下一步还将…), and a dictionary word, an
adverb or a time after the kind word is no name."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _orgs(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Organization"}


def test_a_name_after_its_kind_is_a_company_that_acts():
    text = "家电企业甲乙电器推出“旧机回收”服务，用户可预约上门。"
    assert "甲乙电器" in _orgs(text)
    assert ("甲乙电器", "IMPLEMENTS", "旧机回收服务") in edges(extract(text))
    assert "丙丁汽车" in _orgs("车企丙丁汽车联合经销商推出置换补贴。")
    assert "戊己快运" in _orgs("子公司戊己快运在西南新开两条冷链专线。")


def test_a_bare_kind_word_or_an_ordinary_word_is_no_name():
    assert _orgs("订单不断增加，企业下一步还将扩建厂房。") == set()
    assert _orgs("今年以来，不少平台企业纷纷推出新服务。") == set()
