"""IMPLEMENTS: places that act (a town or district no dictionary knows, named by its level suffix;
the document's own place named by 我镇/县里; a place and its partner acting together)."""

import pytest

from ...extraction_helpers import edges, extract


@pytest.mark.parametrize("text, actor, target", [
    ("岚溪镇举办第三届“岚溪荷花节”，吸引游客三万人次。", "岚溪镇", "第三届“岚溪荷花节”"),
    ("澜屿区启动“澜屿英才”计划。", "澜屿区", "澜屿英才计划"),
])
def test_unknown_town_or_district_acts(text, actor, target):
    got = {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}
    assert (actor, target) in got or (actor, target.replace("“", "").replace("”", "")) in got


@pytest.mark.parametrize("text, word", [
    ("核心区启动“湾区英才”计划。", "核心区"),
    ("经开区启动“湾区英才”计划。", "经开区"),
    ("示范区举办第三届“岚溪荷花节”。", "示范区"),
])
def test_kind_of_area_is_no_place(text, word):
    assert not {e for e in edges(extract(text)) if e[0] == word}


def test_place_and_its_partner_build_jointly():
    got = edges(extract("近年来，岚坪县与澜州农林大学共建岚坪竹产业研究院。"))
    assert ("岚坪县", "IMPLEMENTS", "岚坪竹产业研究院") in got
    assert ("澜州农林大学", "IMPLEMENTS", "岚坪竹产业研究院") in got
    # a partner after 与 with no place before it: the partner alone
    got = edges(extract("近年来，企业与澜州农林大学共建岚坪竹产业研究院。"))
    assert not {e for e in got if e[0].startswith("企业")}


@pytest.mark.parametrize("text, name", [
    ("园区由岚栖城市更新集团统一开发。", "岚栖城市更新集团"),
    ("恒拓地区开发集团投资建设岚芯产业园。", "恒拓地区开发集团"),
])
def test_city_inside_a_company_name_keeps_the_name_whole(text, name):
    got = {e[0] for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}
    assert name in got


def test_counted_cities_still_act_as_a_group():
    got = edges(extract("海州、临江等12个城市启动燃气管道安全排查。"))
    assert not {e for e in got if e[0].endswith("城市启动")}


def test_department_of_merged_functions_is_one_name():
    got = edges(extract("本届荷花节由县广电和文化旅游局、青禾镇政府联合承办。"))
    actors = {e[0] for e in got if e[1] == "IMPLEMENTS"}
    assert "县广电和文化旅游局" in actors
    assert "文化旅游局" not in actors
    # fields joined by 和 with no department after them name no body
    got = edges(extract("县里推进文化和旅游互促共进，举办杨梅采摘节。"))
    assert not {e for e in got if e[0].startswith("文化")}


def test_place_after_a_phrase_of_where_it_lies_acts():
    got = edges(extract("北方的岚坪市开发“岚坪菜篮通”生鲜配送平台。"))
    assert ("岚坪市", "IMPLEMENTS", "岚坪菜篮通生鲜配送平台") in got


def test_port_area_is_no_district():
    got = edges(extract("临江港务集团整合甲港区、乙港区和丙港区共同组建岸线联盟。"))
    assert not {e for e in got if e[0].endswith("港区")}


def test_short_form_of_a_place_the_text_names_acts_as_that_place():
    clause = "近年来，岚坪实施“岚归工程”，在创业贷款、人才公寓等方面推出配套措施。"
    got = edges(extract("岚坪县召开人才工作会议。\n\n" + clause))
    assert ("岚坪县", "IMPLEMENTS", "岚归工程") in got
    # two characters of no place the text names are no actor
    got = edges(extract(clause))
    assert not {e for e in got if e[0] == "岚坪县"}


def test_word_for_the_place_of_a_level_stands_for_the_place_named_before():
    text = "岚坪县地处山区。\n\n去年，县里实施“千户焕新”专项行动，推动老旧小区改造。"
    assert ("岚坪县", "IMPLEMENTS", "千户焕新专项行动") in edges(extract(text))
    # a level inside a word (重塑县域经济) names no place
    text = "岚坪重塑县域经济格局。\n\n去年，县里实施“千户焕新”专项行动，推动老旧小区改造。"
    assert not {e for e in edges(extract(text)) if e[0].endswith("县")}
