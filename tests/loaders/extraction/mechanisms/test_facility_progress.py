"""Round seventy-four on texts of our own: in a company's own report, a facility or project
that opens a clause which ends with a completion predicate (``X二期工程实现并网``,
``Y项目于5月开工建设``) is a project of the body the paragraph is about, else of the company;
a facility that is the place of another act (``X基地建成屋顶光伏``), a predicate inside a noun
(``发电量``), a builder the text does not know (``甲三局建设的X通过验收``) and a text that no
company signs give nothing."""

import pytest

from tests.loaders.extraction_helpers import file_edges

_REPORT = ("北岭清洁能源集团有限公司2033年度工作报告\n\n"
           "过去一年，北岭清洁能源集团有限公司装机规模突破千万千瓦，售电收入和净利润双双创下"
           "新高，安全环保形势平稳可控，科技创新和数字化转型迈出坚实步伐，为地方稳增长、调结构"
           "作出了积极贡献，各项改革任务按期落地见效。\n\n{body}\n")
_OWN = "北岭清洁能源集团有限公司"


@pytest.fixture
def _impl(tmp_path):
    return lambda text: {(a, b) for a, r, b in file_edges(tmp_path, text) if r == "IMPLEMENTS"}


def test_projects_reported_by_their_progress_are_the_companys(_impl):
    impl = _impl(_REPORT.format(
        body="清洁能源布局加快。青石岭光伏基地二期工程实现并网，白沙湾海上风电项目于5月开工建设。"))
    assert any(a == _OWN and b.startswith("青石岭光伏基地") for a, b in impl)
    assert (_OWN, "白沙湾海上风电项目") in impl


def test_a_facility_as_the_place_of_another_act_is_none(_impl):
    impl = _impl(_REPORT.format(body="绿色转型持续推进。西坪装配基地建成屋顶光伏5兆瓦。"))
    assert not any(b == "西坪装配基地" for _a, b in impl)
    impl = _impl(_REPORT.format(body="全年集团直属电厂发电量占全市四成。"))
    assert not any(b.endswith("电厂") for _a, b in impl)


def test_a_builder_the_text_does_not_know_is_none(_impl):
    impl = _impl(_REPORT.format(body="北岭三局建设的东城地下管廊二期工程完成竣工验收。"))
    assert (_OWN, "东城地下管廊二期工程") not in impl


def test_a_text_no_company_signs_gives_nothing(_impl):
    text = _REPORT.format(body="白沙湾海上风电项目于5月开工建设。").replace(
        "北岭清洁能源集团有限公司2033年度工作报告", "能源企业动态速览")
    assert not any(b == "白沙湾海上风电项目" for _a, b in _impl(text))
