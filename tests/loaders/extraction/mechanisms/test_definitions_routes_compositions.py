"""Lists read through a definition (X是一项Y，涵盖A、B), a relative clause of composition
(由A、B和C组成的H), the verb 分为, heads that name a difficulty, a route before an object's
name (开通A至B的“C”班列) and a company's results announcement as its own statement. All texts
are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _rel(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == rel}


def test_a_counted_description_hands_the_list_to_the_defined_topic():
    got = _rel("远湖振兴是一项系统工程，涵盖产业兴旺、人才汇聚和生态宜居。", "INCLUDES")
    assert got == {("远湖振兴", "产业兴旺"), ("远湖振兴", "人才汇聚"), ("远湖振兴", "生态宜居")}


def test_a_definition_over_several_clauses_names_its_topic():
    got = _rel("远湖经济，是以新型航运为载体的综合性经济形态，主要包括航运制造、航运服务和"
               "综合保障等环节。", "INCLUDES")
    assert {s for s, _t in got} == {"远湖经济"}
    assert {t for _s, t in got} == {"航运制造", "航运服务", "综合保障"}


def test_an_ordinal_item_is_no_definition():
    got = _rel("二是面向青年的服务供给，涵盖技能培训、就业指导和创业孵化。", "INCLUDES")
    # the item's own phrase (round q89: an ordinal kind keeps its 的-phrase), no subject before 是
    assert {s for s, _t in got} == {"面向青年的服务供给"}
    assert {t for _s, t in got} == {"技能培训", "就业指导", "创业孵化"}


def test_a_relative_clause_of_composition_lists_its_head():
    got = _rel("临江港务集团已形成由甲港区、乙港区和丙港区组成的港口群。", "INCLUDES")
    assert got == {("港口群", "甲港区"), ("港口群", "乙港区"), ("港口群", "丙港区")}


def test_composition_without_a_head_after_it_lists_nothing():
    assert not _rel("临江港务集团已形成由甲港区、乙港区和丙港区组成。", "INCLUDES")


def test_fen_wei_splits_a_quoted_programme_into_its_stages():
    got = _rel("临江县开展“乐享四季”活动，分为春季焕新季、夏季清凉季和冬季暖心季四个阶段。",
               "INCLUDES")
    assert got == {("乐享四季活动", "春季焕新季"), ("乐享四季活动", "夏季清凉季"),
                   ("乐享四季活动", "冬季暖心季")}


def test_fen_wei_into_counted_batches_lists_nothing():
    assert not _rel("临江县的项目分为两批实施。", "INCLUDES")


def test_a_head_that_names_a_difficulty_lists_no_parts():
    assert not _rel("面对原料价格高位波动、市场需求持续走弱等多重考验，远帆集团稳住了经营。",
                    "INCLUDES")


def test_a_route_before_a_line_name_is_no_object():
    got = _rel("临江港务集团将开通临江港至西部内陆城市的“远山号”货运班列。", "IMPLEMENTS")
    assert len(got) == 1
    (actor, line), = got
    assert actor == "临江港务集团" and "远山号" in line and "临江港" not in line


def test_a_route_inside_a_name_without_de_stays_whole():
    got = _rel("临江港务集团将推进西部至东部物流通道建设。", "IMPLEMENTS")
    assert got == {("临江港务集团", "西部至东部物流通道")}


_ANNOUNCEMENT = ("远帆能源股份有限公司2025年半年度业绩公告\n\n"
                 "一、经营概况\n\n"
                 "上半年，公司推出“远帆云能”综合服务平台。控股子公司临江新能源有限公司"
                 "建设西山光伏基地。\n\n"
                 "二、下半年安排\n\n"
                 "公司将全力推进“双千”新能源工程。\n")


def test_a_results_announcement_is_its_company_s_statement():
    got = _rel(_ANNOUNCEMENT, "IMPLEMENTS")
    assert ("远帆能源股份有限公司", "远帆云能") in got or \
        ("远帆能源股份有限公司", "远帆云能综合服务平台") in got
    assert any(s == "远帆能源股份有限公司" and "双千" in t for s, t in got)
