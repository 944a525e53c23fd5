"""Name boundaries: a decimal point between digits is no punctuation (3.6万亩X建设), an area
or a length opening an initiative's name is an alias only (X建设, alias 3.6万亩X建设); a 首家/
国内首条 count, a visit (某某走进X产业园) or a list's 主要有 is no part of a facility's or a
body's name; production lines (X智能化生产线, Y中试线) are facility names, but lines counted
in a list (A、B、C三条中试线) stay kinds of one head."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_decimal_area_before_an_initiative_is_an_alias():
    kg = extract("岚州县林业局今年正加紧推进3.6万亩国土绿化建设，眼下已完工过半。")
    got = {n.name: set(n.aliases) for n in kg.nodes()}
    assert "3.6万亩国土绿化建设" in got.get("国土绿化建设", set())
    assert ("岚州县林业局", "IMPLEMENTS", "国土绿化建设") in edges(kg)
    assert not any(n.startswith("6万亩") for n in got)


def test_counts_visits_and_list_openers_open_no_name():
    got = node_types(extract("随后，王某走进栖梧光子信息产业园。在建工程主要有恒拓氢燃料电堆三期、"
                             "岚州海水淡化基地等项目。岚州农商行在开发区设立首家跨境结算支行。"))
    assert got.get("栖梧光子信息产业园") == "Initiative"
    assert got.get("恒拓氢燃料电堆三期") == "Initiative"
    assert not any(n.startswith(("王某", "主要有", "首家")) for n in got)


def test_production_lines_are_facilities_but_counted_lines_are_kinds():
    kg = extract("栖梧化工公司投运国内首条千吨级钠电正极材料中试线。"
                 "基地配置甲乙复合材料、丙丁改性材料、戊己陶瓷三条中试线。")
    assert node_types(kg).get("千吨级钠电正极材料中试线") == "Initiative"
    assert not any(n.startswith("国内首条") for n in node_types(kg))
    assert not any(s.endswith("中试线") and s != "中试线" for s, t, _ in edges(kg)
                   if t == "INCLUDES")


def test_hubs_parks_and_demonstration_projects_are_facility_names():
    got = node_types(extract("开工建设栖梧南站交通枢纽和栖梧港跨境保税仓。"
                             "加快建设恒州现代物流园。推进恒拓绿氢示范项目。"))
    assert {"栖梧南站交通枢纽", "栖梧港跨境保税仓", "恒州现代物流园",
            "恒拓绿氢示范项目"} <= {n for n, t in got.items() if t == "Initiative"}
