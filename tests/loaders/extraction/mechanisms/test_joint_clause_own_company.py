"""Round seventy-four on texts of our own: in a company's report, a clause that opens with a
joint preposition and names no actor before it (``与B共建“Y”示范基地``) is the company's own
work with B, even where no earlier sentence of the paragraph named the company; partners named
after 联合 in a clause that ends before a joint clause (``我们联合A、B，共同建设“X”``) act
with the actor; a bank's ``本行`` is the bank, so that ``本行与B签订…，双方建立X`` names both
parties; a clause with its own actor is not the company's."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = ("松岩农商银行股份有限公司2033年社会责任报告\n\n"
           "松岩农商银行股份有限公司2033年存贷款规模稳步增长。\n\n"
           "三、服务县域发展\n\n我行持续推进“春禾行动”，不断扩大涉农贷款覆盖面。{body}\n")
_BANK = "松岩农商银行股份有限公司"


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_joint_clause_is_the_companys_work_with_its_partner():
    impl = _impl(_REPORT.format(body="与西坪县商务局共建“电商助农”示范基地，已覆盖40个村。"))
    assert ("西坪县商务局", "电商助农示范基地") in impl
    assert (_BANK, "电商助农示范基地") in impl


def test_a_clause_with_its_own_actor_is_not_the_companys():
    impl = _impl(_REPORT.format(body="西坪县商务局与东坪县商务局共建“电商助农”示范基地。"))
    assert (_BANK, "电商助农示范基地") not in impl


def test_partners_named_before_a_joint_clause_act_with_the_company():
    impl = _impl(_REPORT.format(
        body="我们联合县农业农村局、西坪供销集团，共同建设“县域冷链共配中心”。"))
    assert (_BANK, "县域冷链共配中心") in impl
    assert ("县农业农村局", "县域冷链共配中心") in impl
    assert ("西坪供销集团", "县域冷链共配中心") in impl


def test_a_clause_of_more_than_partners_names_none():
    impl = _impl(_REPORT.format(
        body="我们联合县农业农村局下属的技术团队，共同建设“县域冷链共配中心”。"))
    assert ("县农业农村局", "县域冷链共配中心") not in impl


def test_both_parties_of_the_banks_own_agreement():
    impl = _impl(_REPORT.format(
        body="本行与西坪县人力资源社会保障局签署《稳岗就业合作备忘录》，双方建立返乡创业人员"
             "信息互通机制。"))
    assert (_BANK, "返乡创业人员信息互通机制") in impl
    assert ("西坪县人力资源社会保障局", "返乡创业人员信息互通机制") in impl
    assert not any(a == "双方" for a, _b in impl)


def test_a_project_undertaken_jointly():
    impl = _impl(_REPORT.format(
        body="我们与北陵农学院共建“土壤检测联合实验室”，并联合承担了市级科技计划中的"
             "“丘陵农机关键技术攻关”项目。"))
    assert any(a == _BANK and "丘陵农机关键技术攻关" in b for a, b in impl)
    assert any(a == "北陵农学院" and "丘陵农机关键技术攻关" in b for a, b in impl)
