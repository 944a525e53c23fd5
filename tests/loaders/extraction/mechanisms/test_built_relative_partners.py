"""Round seventy-four on texts of our own: the relative clause of building or undertaking
(``A承建的X``) also reads partners joined by 联合 (``A联合B共建的X``: both), a clause opened by a
joint preposition (``与B联合推出的X``: the company with B), the company's own words before the
verb (``由我们承建的X``, ``公司牵头承担的…专项“X”``: the quoted name after a kind of programme),
a counted kind after the clause (``“X”是本公司联合B推出的一项Y``: X, not the kind), an amount
or a place between the body and the verb, and a counted group of partners."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = ("松岩水务集团有限公司2033年工作报告\n\n"
           "松岩水务集团有限公司2033年供水量增长5%，经营稳中有进。\n\n{body}\n")
_GROUP = "松岩水务集团有限公司"


def _impl(body: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(_REPORT.format(body=body))) if r == "IMPLEMENTS"}


def test_partners_joined_by_lianhe_build_together():
    impl = _impl("松岩检测公司联合北陵农学院共建的“盐碱地改良联合实验室”入选市级重点平台。")
    assert ("松岩检测公司", "盐碱地改良联合实验室") in impl
    assert ("北陵农学院", "盐碱地改良联合实验室") in impl
    assert not any("入选" in b for _a, b in impl)


def test_a_clause_opened_by_a_joint_preposition_adds_the_company():
    impl = _impl("与南屏融资担保有限公司联合推出的“渔户e贷”，主要面向近海养殖户。")
    assert ("南屏融资担保有限公司", "渔户e贷") in impl
    assert (_GROUP, "渔户e贷") in impl


def test_the_companys_own_word_before_the_verb():
    impl = _impl("由我们承建的西塘污水处理扩建工程提前完工，日处理能力翻番。")
    assert (_GROUP, "西塘污水处理扩建工程") in impl
    impl = _impl("公司牵头承担的市科技攻关专项“高盐废水零排放工艺”完成中试。")
    assert (_GROUP, "高盐废水零排放工艺") in impl


def test_a_counted_kind_after_the_clause_classifies_the_subject():
    impl = _impl("据悉，“松果分”是本公司联合北陵市数据局推出的一项企业信用评价服务。")
    assert (_GROUP, "松果分") in impl
    assert ("北陵市数据局", "松果分") in impl
    assert not any(b.startswith("一项") for _a, b in impl)


def test_no_maker_named_and_no_name_give_nothing():
    impl = _impl("这是一项新的评价服务，由机构推出的一项服务受到关注。")
    assert not any(b.startswith("一项") for _a, b in impl)
    impl = _impl("为松岩检测公司承建的西塘泵站改造工程年底投用。")
    assert ("松岩检测公司", "西塘泵站改造工程") not in impl


def test_an_amount_or_a_place_between_the_body_and_the_verb():
    impl = _impl("其中，南屏果业公司投资3亿元建设的冷链分拣中心项目预计年内投用。")
    assert ("南屏果业公司", "冷链分拣中心项目") in impl
    impl = _impl("双方选择集团在东港物流园投运的“风光储”微电网项目作为样板。")
    assert any(a == _GROUP and "风光储" in b and not b.endswith("样板") for a, b in impl)
    assert not any(a.startswith("双方") for a, _b in impl)


def test_a_counted_group_of_partners_leaves_the_named_body():
    impl = _impl("松岩环境科技公司与市内三所职业学院共建的环保装备实训中心正式启用。")
    assert ("松岩环境科技公司", "环保装备实训中心") in impl
