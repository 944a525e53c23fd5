"""Round m110 on texts of our own: a company report hands a project to a unit of the group —
``X项目由A实施`` (the project's name may hold verbs: 年产N台Y扩产项目), ``公司启动X，由控股子公司A
负责实施`` (both the company and the subsidiary act), ``X由公司本部实施`` (the company itself).
A closing 由…负责 clause that holds anything but units names nobody."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = ("恒拓科技股份有限公司2031年年度报告摘要\n\n"
         "恒拓科技股份有限公司（以下简称“公司”）下设恒川精密传动有限公司和恒川智控科技有限公司。")


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(_HEAD + text))
            if r == "IMPLEMENTS"}


def test_a_project_carried_out_by_a_named_unit():
    impl = _impl("其中，年产15万台精密减速器扩产项目由恒川精密传动有限公司实施，"
                 "已达到预定可使用状态；研究院建设项目由公司本部实施。")
    assert ("恒川精密传动有限公司", "年产15万台精密减速器扩产项目") in impl
    assert ("恒拓科技股份有限公司", "研究院建设项目") in impl


def test_a_subsidiary_after_the_company_acts_too():
    impl = _impl("同时，公司启动“锐芯”芯片国产化项目，由控股子公司恒川智控科技有限公司负责实施，"
                 "首颗芯片已完成流片。")
    assert ("恒川智控科技有限公司", "锐芯芯片国产化项目") in impl
    assert ("恒拓科技股份有限公司", "锐芯芯片国产化项目") in impl


def test_a_clause_of_more_than_units_names_nobody():
    impl = _impl("公司启动“锐芯”芯片国产化项目，"
                 "由控股子公司恒川智控科技有限公司负责对方案进行评估。")
    assert ("恒川智控科技有限公司", "锐芯芯片国产化项目") not in impl
