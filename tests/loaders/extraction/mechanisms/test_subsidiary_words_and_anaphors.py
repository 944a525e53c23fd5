"""Round seventy-four on texts of our own: a word of a kind of unit before a name
(``全资子公司甲乙食品有限公司``) is no part of the acting body; a bare 公司 right after 子, 分,
该 or 各 is another body than the document's own (``self_mention_bound_chars``); ``该公司``
takes up the company named just before it (``集团新组建X公司…。该公司推出Y``), not the
document's own organisation; a place in brackets stays inside a company name; a quote before
a copula names no body; a short-name gloss after a body stands apart from its clause."""

from tests.loaders.extraction_helpers import edges, extract, node_types

_REPORT = ("松岩食品集团股份有限公司2033年年度报告·致股东的信\n\n"
           "2033年，松岩食品集团股份有限公司营业收入增长6%。松岩食品集团坚持品质优先。\n\n{body}\n")
_GROUP = "松岩食品集团股份有限公司"


def _graph(body: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    g = extract(_REPORT.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}, node_types(g)


def test_a_wholly_owned_subsidiary_acts_under_its_own_name():
    impl, types = _graph("全资子公司松岩乳业有限公司启动“透明牧场”升级项目，牧场全部接入监控。")
    assert ("松岩乳业有限公司", "透明牧场升级项目") in impl
    assert (_GROUP, "透明牧场升级项目") not in impl
    assert not any(n.startswith("全资子公司") for n in types)


def test_gai_gongsi_takes_up_the_company_named_before():
    impl, _ = _graph("集团新组建南屏冷链物流公司，面向商超提供配送服务。"
                     "该公司推出“夜配达”城市配送方案，已在5个城市落地。")
    assert ("南屏冷链物流公司", "夜配达城市配送方案") in impl
    assert (_GROUP, "夜配达城市配送方案") not in impl


def test_the_companys_own_words_still_stand_for_it():
    impl, _ = _graph("公司启动“青苗”人才培养计划，全年培养骨干200名。")
    assert (_GROUP, "青苗人才培养计划") in impl


def test_a_place_in_brackets_stays_inside_a_company_name():
    impl, types = _graph("此外，公司全资子公司松岩（西坪）饮品有限公司承担的省级科技攻关项目"
                         "完成年度考核。")
    assert types.get("松岩（西坪）饮品有限公司") == "Organization"
    assert ("松岩（西坪）饮品有限公司", "省级科技攻关项目") in impl
    assert "饮品有限公司" not in types


def test_a_quote_before_a_copula_names_no_body():
    _, types = _graph("据悉，“松果分”是本公司推出的企业信用评价服务。")
    assert not any(n.startswith("松果分是") for n in types)


def test_a_short_name_gloss_stands_apart_from_the_clause():
    impl, _ = _graph("控股子公司松岩新材科技有限公司（以下简称“松岩新材”）建成可降解餐盒"
                     "自动化示范线，产品合格率提升。")
    assert ("松岩新材科技有限公司", "可降解餐盒自动化示范线") in impl


def test_a_bracket_of_another_kind_is_no_gloss():
    impl, _ = _graph("控股子公司松岩新材科技有限公司（位于西坪）建成可降解餐盒自动化示范线。")
    assert not any(b.startswith("位于") for _a, b in impl)
