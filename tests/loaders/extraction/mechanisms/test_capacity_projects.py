"""Projects named by their yearly output (年产5万吨甲乙新材料项目, 年产2GWh的丙丁产线) are
Initiative nodes from 年产 to the head; a company before the name is no part of it, and a
yearly figure (年产值, 年产能) names no project."""

from tests.loaders.extraction_helpers import extract


def _nodes(text: str) -> dict[str, tuple[str, set[str]]]:
    g = extract(text)
    return {n.name: (n.type, set(n.aliases)) for n in g.nodes()}


def test_a_project_named_by_its_yearly_output_is_an_initiative():
    got = _nodes("恒拓织造年产1,200万米竹纤维面料项目二期试产。"
                 "栖梧新材有限责任公司年产8万吨竹基板材及胶合材料项目破土动工。"
                 "园区规划年产万吨的海藻饲料加工项目，吸引上下游企业入驻。")
    assert got["年产1,200万米竹纤维面料项目"][0] == "Initiative"
    assert "竹纤维面料项目" in got["年产1,200万米竹纤维面料项目"][1]
    assert "年产8万吨竹基板材及胶合材料项目" in got
    assert "海藻饲料加工项目" in got["年产万吨的海藻饲料加工项目"][1]
    assert not any(n.startswith(("恒拓", "栖梧新材")) and n.endswith("项目") for n in got)


def test_the_name_after_a_de_is_an_alias_but_a_phase_is_not():
    got = _nodes("雾川航空拟新建年产3000台农用喷洒机的数字化装配基地。"
                 "加快年产2万套储热模块的二期项目。")
    assert "数字化装配基地" in got["年产3000台农用喷洒机的数字化装配基地"][1]
    assert "二期项目" not in got["年产2万套储热模块的二期项目"][1]


def test_a_yearly_figure_names_no_project():
    got = _nodes("栖梧区年产值突破80亿元，工厂年产能提升至12万件。年产茶油500吨。")
    assert not any(n.startswith("年产") for n in got)
