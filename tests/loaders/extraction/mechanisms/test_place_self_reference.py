"""Round m110 on texts of our own: 我省, 我市, 全县 … stand for a place and its government; in a
commentary that names one company (the text's main organisation), ``我省将开展“X”行动`` is not
the company's act. A company's own 公司, 我们 still stand for it."""

from tests.loaders.extraction_helpers import edges, extract

_TEXT = ("厚植新动能 赢得新优势\n——二论奋力开创岚江高质量发展新局面\n\n本报评论员\n\n"
         "动能强则发展强。岚启新材料公司建成万吨级固态电解质中试线，产品供不应求。"
         "今年，我省将开展“营商环境攻坚突破年”行动，推出一批操作性强的改革举措。\n")


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(text))
            if r == "IMPLEMENTS"}


def test_a_province_is_no_company():
    impl = _impl(_TEXT)
    assert ("岚启新材料公司", "营商环境攻坚突破年行动") not in impl


def test_a_company_still_speaks_for_itself():
    impl = _impl("岚启新材料公司2031年年度报告\n\n公司今年启动“岚芯”国产化项目，由公司本部实施。\n")
    assert ("岚启新材料公司", "岚芯国产化项目") in impl
