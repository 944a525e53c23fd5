"""Round m110 on texts of our own: 我省, 我市, 全县 … stand for a place and its government; in a
commentary that names one company (the text's main organisation), ``我省将开展“X”行动`` is not
the company's act. A company's own 公司, 我们 still stand for it."""

from tests.loaders.extraction_helpers import edges, extract

_TEXT = ("激活新引擎 跑出加速度\n——三谈合力建设岚江现代化产业体系\n\n本报评论员\n\n"
         "引擎旺则后劲足。岚启新材料公司建成千吨级钠电正极材料生产线，订单排到明年。"
         "今年，我省将开展“政务服务提速增效年”行动，出台一批便企利民的配套办法。\n")


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(text))
            if r == "IMPLEMENTS"}


def test_a_province_is_no_company():
    impl = _impl(_TEXT)
    assert ("岚启新材料公司", "政务服务提速增效年行动") not in impl


def test_a_company_still_speaks_for_itself():
    impl = _impl("岚启新材料公司2031年年度报告\n\n公司今年启动“岚芯”国产化项目，由研发部承担。\n")
    assert ("岚启新材料公司", "岚芯国产化项目") in impl
