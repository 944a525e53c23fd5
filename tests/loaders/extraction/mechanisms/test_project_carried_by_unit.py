"""Round m110 on texts of our own: a company report hands a project to a unit of the group —
``X项目由A实施`` (the project's name may hold verbs: 年产N套Y技改项目), ``公司启动X，由控股子公司A
具体实施`` (both the company and the subsidiary act), ``X由公司本部实施`` (the company itself).
A closing 由…负责 clause that holds anything but units names nobody."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = ("栖梧机电股份有限公司2031年第三季度报告\n\n"
         "栖梧机电股份有限公司（下称“公司”）旗下有栖川液压件有限公司和栖川数控系统有限公司。")


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(_HEAD + text))
            if r == "IMPLEMENTS"}


def test_a_project_carried_out_by_a_named_unit():
    impl = _impl("此外，年产8000套液压油缸技改项目由栖川液压件有限公司实施，"
                 "目前已投入试生产；检测中心项目由公司本部组织实施。")
    assert ("栖川液压件有限公司", "年产8000套液压油缸技改项目") in impl
    assert ("栖梧机电股份有限公司", "检测中心项目") in impl


def test_a_subsidiary_after_the_company_acts_too():
    impl = _impl("另外，公司启动“智液”伺服改造工程，由控股子公司栖川数控系统有限公司具体实施，"
                 "首台样机已下线。")
    assert ("栖川数控系统有限公司", "智液伺服改造工程") in impl
    assert ("栖梧机电股份有限公司", "智液伺服改造工程") in impl


def test_a_clause_of_more_than_units_names_nobody():
    impl = _impl("公司启动“智液”伺服改造工程，"
                 "由控股子公司栖川数控系统有限公司负责对样机进行测试。")
    assert ("栖川数控系统有限公司", "智液伺服改造工程") not in impl
