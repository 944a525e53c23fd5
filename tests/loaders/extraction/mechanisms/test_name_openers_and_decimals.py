"""Name boundaries: a decimal point between digits is no punctuation (2.3万亩X建设), an area
or a length opening an initiative's name is an alias only (X建设, alias 2.3万亩X建设); a 首家/
国内首条 count, a visit (某某来到X产业园) or a list's 主要有 is no part of a facility's or a
body's name; production lines (X智能化生产线, Y中试线) are facility names, but lines counted
in a list (A、B、C三条中试线) stay kinds of one head."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_decimal_area_before_an_initiative_is_an_alias():
    kg = extract("岚州县农业农村局正加快推进今年2.3万亩高标准农田建设，目前已完成六成。")
    got = {n.name: set(n.aliases) for n in kg.nodes()}
    assert "2.3万亩高标准农田建设" in got.get("高标准农田建设", set())
    assert ("岚州县农业农村局", "IMPLEMENTS", "高标准农田建设") in edges(kg)
    assert not any(n.startswith("3万亩") for n in got)


def test_counts_visits_and_list_openers_open_no_name():
    got = node_types(extract("随后，周某来到岚芯集成电路产业园。重点项目主要有恒拓储能电池二期、"
                             "岚州光伏玻璃基地等项目。岚州银行在高新区设立首家科技支行。"))
    assert got.get("岚芯集成电路产业园") == "Initiative"
    assert got.get("恒拓储能电池二期") == "Initiative"
    assert not any(n.startswith(("周某", "主要有", "首家")) for n in got)


def test_production_lines_are_facilities_but_counted_lines_are_kinds():
    kg = extract("恒拓新材料公司建成国内首条万吨级固态电解质中试线。"
                 "基地配置甲乙复合材料、丙丁改性材料、戊己陶瓷三条中试线。")
    assert node_types(kg).get("万吨级固态电解质中试线") == "Initiative"
    assert not any(n.startswith("国内首条") for n in node_types(kg))
    assert not any(s.endswith("中试线") and s != "中试线" for s, t, _ in edges(kg)
                   if t == "INCLUDES")


def test_hubs_parks_and_demonstration_projects_are_facility_names():
    got = node_types(extract("开工建设恒州东站综合交通枢纽和恒州港公用型保税仓。"
                             "加快建设恒州现代物流园。推进恒拓绿氢示范项目。"))
    assert {"恒州东站综合交通枢纽", "恒州港公用型保税仓", "恒州现代物流园",
            "恒拓绿氢示范项目"} <= {n for n, t in got.items() if t == "Initiative"}
