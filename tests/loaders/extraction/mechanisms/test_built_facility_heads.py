"""Round seventy-four on texts of our own: bridges, production lines, wharves, utility tunnels,
service zones, port areas, factories and workshops, and sample banks are facilities that are
built and run (``facility_heads``): the thing a company builds (``A承建的X大桥顺利合龙``,
``在甲园区建设乙丙智能工厂``) whatever verb follows it; a word for such a facility in a
sentence that builds nothing is no programme of anyone's."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = ("松岩交通建设集团2033年工作报告\n\n松岩交通建设集团有限公司2033年稳健经营，"
           "新签合同额增长9%。\n\n{body}\n")


def _impl(body: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(_REPORT.format(body=body)))
            if r == "IMPLEMENTS"}


def test_a_bridge_a_subsidiary_builds():
    impl = _impl("西坪桥梁公司承建的沙河口大桥主塔封顶，钢箱梁吊装同步推进。")
    assert ("西坪桥梁公司", "沙河口大桥") in impl


def test_a_factory_a_company_builds():
    impl = _impl("南屏动力科技有限公司计划投资40亿元，在东港园区建设南屏氢燃料电池智能工厂。")
    assert ("南屏动力科技有限公司", "南屏氢燃料电池智能工厂") in impl


def test_a_kind_of_factory_in_a_sentence_that_builds_nothing():
    impl = _impl("灯塔工厂和智能车间代表了制造业转型升级的方向。")
    assert not impl
