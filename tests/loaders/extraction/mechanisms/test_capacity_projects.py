"""Projects named by their yearly output (年产5万吨甲乙新材料项目, 年产2GWh的丙丁产线) are
Initiative nodes from 年产 to the head; a company before the name is no part of it, and a
yearly figure (年产值, 年产能) names no project."""

from tests.loaders.extraction_helpers import extract


def _nodes(text: str) -> dict[str, tuple[str, set[str]]]:
    g = extract(text)
    return {n.name: (n.type, set(n.aliases)) for n in g.nodes()}


def test_a_project_named_by_its_yearly_output_is_an_initiative():
    got = _nodes("恒拓纺织年产3,000万米高档面料项目一期投产。"
                 "岚州新材股份有限公司年产5万吨高性能纤维及复合材料项目开工建设。"
                 "企业建设年产万吨的绿氢示范项目，带动配套产业落地。")
    assert got["年产3,000万米高档面料项目"][0] == "Initiative"
    assert "高档面料项目" in got["年产3,000万米高档面料项目"][1]
    assert "年产5万吨高性能纤维及复合材料项目" in got
    assert "绿氢示范项目" in got["年产万吨的绿氢示范项目"][1]
    assert not any(n.startswith(("恒拓", "岚州新材")) and n.endswith("项目") for n in got)


def test_the_name_after_a_de_is_an_alias_but_a_phase_is_not():
    got = _nodes("雾川航空将投资建设年产5000架工业级无人机的智能制造基地。"
                 "推进年产1万套燃料电池系统的二期项目。")
    assert "智能制造基地" in got["年产5000架工业级无人机的智能制造基地"][1]
    assert "二期项目" not in got["年产1万套燃料电池系统的二期项目"][1]


def test_a_yearly_figure_names_no_project():
    got = _nodes("园区年产值超过200亿元，项目年产能达到30万台。年产绿氢2000吨。")
    assert not any(n.startswith("年产") for n in got)
