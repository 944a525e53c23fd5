"""Heads of 等-lists of the ninth round, each on sentences of our own: a head that ends where
a phrase of its predicate starts, a qualifier of a vague head."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_head_ends_at_the_preposition_of_its_predicate():
    got = edges(extract("纺织、建材、机械等重点行业在全县税收中的占比超过一半。"))
    assert {("重点行业", "INCLUDES", "纺织"), ("重点行业", "INCLUDES", "机械")} <= got


def test_a_qualifier_of_a_vague_head_stays_when_the_head_ends_the_phrase():
    got = edges(extract("纺织、建材、机械等重点行业增长较快。"))
    assert ("重点行业", "INCLUDES", "建材") in got
    # a vague head that a noun follows is no head of its own
    got = edges(extract("推动纺织、物流等重点领域数字化改造。"))
    assert not any(e[1] == "INCLUDES" and e[0].startswith("重点领域") for e in got)


def test_a_predicate_right_after_etc_leaves_the_list_without_head():
    got = edges(extract("《办法》对码头租赁、航道养护等作出了安排。"))
    assert not any(e[1] == "INCLUDES" for e in got)
    got = edges(extract("资金、人才、数据等共同支撑的产业基础。"))
    assert not any(e[1] == "INCLUDES" for e in got)
    assert ("资金", "DRIVES", "产业基础") in got  # (each item, without 等)
    # a verb that qualifies the head is part of it
    got = edges(extract("该市今年新建口袋公园、街心花园等休闲场所。"))
    assert ("休闲场所", "INCLUDES", "街心花园") in got
    got = edges(extract("学生、教师等参观海州博物馆。"))
    assert not any(e[1] == "INCLUDES" for e in got)


def test_parts_named_as_components_of_a_whole():
    got = edges(extract("他指出，集体林权和承包地经营权都是农村产权的重要组成部分。"))
    assert {("农村产权", "INCLUDES", "集体林权"), ("农村产权", "INCLUDES", "承包地经营权")} <= got
    got = edges(extract("数字贸易是服务贸易的重要组成部分。"))
    assert ("服务贸易", "INCLUDES", "数字贸易") in got


def test_an_ordinal_adverb_before_a_verb_ends_the_head():
    got = edges(extract("甲线、乙线、丙线等城际铁路首次迎来客流高峰。"))
    assert ("城际铁路", "INCLUDES", "乙线") in got


def test_a_counted_thing_launched_in_the_clause_before_owns_the_list():
    got = edges(extract("临江县出台8条措施扶持庭院经济，包括种苗补贴、技术课堂、产销对接平台等。"))
    assert {("8条措施", "INCLUDES", "种苗补贴"), ("8条措施", "INCLUDES", "技术课堂")} <= got


def test_an_idiom_ending_in_a_light_verb_closes_the_list_start():
    got = edges(extract("临江县广泛应用无人机巡护、红外监测、智能预警等数字化手段。"))
    assert {("数字化手段", "INCLUDES", "无人机巡护"), ("数字化手段", "INCLUDES", "红外监测")} <= got
