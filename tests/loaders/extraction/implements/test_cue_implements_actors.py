"""IMPLEMENTS: who acts (runs of places, short city names, relative clauses, venues, partners,
phrases of place and means, groups of bodies, sentences of orders)."""

import pytest

from ...extraction_helpers import edges, extract


def test_place_after_its_province_acts():
    kg = extract("春节前夕，湖南湘西举办“苗鼓迎春”活动，吸引大批游客。")
    assert ("湖南湘西", "IMPLEMENTS", "苗鼓迎春活动") in edges(kg)
    actor = next(n for n in kg.nodes() if n.name == "湖南湘西")
    assert "湘西" in actor.aliases
    # a place before a common noun is no run of places
    assert not {e for e in edges(extract("湖南吉首公交站点完成改造。")) if e[1] == "IMPLEMENTS"}


def test_title_inside_an_organisation_suffix_names_no_person():
    # 委员 is a title, but inside 委员会 it is part of the body's name
    got = edges(extract("国家海岛保护委员会办公室启动冬季海岛巡护行动。"))
    assert ("国家海岛保护委员会办公室", "IMPLEMENTS", "冬季海岛巡护行动") in got


@pytest.mark.parametrize("text", [
    # a phrase of place between the actor and the verb
    "海州市将在全市开展燃气管道安全排查。",
    # a generic partner after 会同
    "海州市会同相关部门开展燃气管道安全排查。",
])
def test_scope_and_generic_partner_leave_the_actor_acting(text):
    assert ("海州市", "IMPLEMENTS", "燃气管道安全排查") in edges(extract(text))


def test_verb_of_a_relative_clause_in_a_scope_phrase_is_not_the_actors():
    got = edges(extract("海州市商务局在临江市举办的博览会上签约多个项目。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS" and e[0] == "海州市商务局"}


def test_clause_with_a_generic_partner_keeps_the_actor_before():
    got = edges(extract("海州市文旅局回应，今年将联合有关单位组织建立古镇保护与修缮监督机制。"))
    assert ("海州市文旅局", "IMPLEMENTS", "修缮监督机制") in got


def test_place_after_a_locative_preposition_does_not_act():
    got = edges(extract("专家称，在临江部署新型雷达和远程雷达系统，引发争议。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}


def test_body_supported_acts_within_the_clause():
    got = {e for e in edges(extract("海州市支持临江建设了3个区域冷链物流中心。"))
           if e[1] == "IMPLEMENTS"}
    assert got == {("临江", "IMPLEMENTS", "3个区域冷链物流中心")}


@pytest.mark.parametrize("text, expected", [
    # the body right before the verb of a relative clause holds the event, past a date
    ("记者从海州市文旅局今天举行的夏季旅游推介会上获悉，全市民宿预订量上涨。",
     {("海州市文旅局", "IMPLEMENTS", "夏季旅游推介会")}),
    # the object ends at the word of place after it; the delegation does not hold the fair
    ("海州市代表团在临江市商务局举办的茶文化博览会上签约多个项目。",
     {("临江市商务局", "IMPLEMENTS", "茶文化博览会")}),
])
def test_body_of_a_relative_clause_holds_the_event(text, expected):
    assert {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"} == expected


def test_actor_carries_out_its_means():
    got = {e for e in edges(extract("临江县通过开展燃气管道安全排查等方式，消除安全隐患。"))
           if e[1] == "IMPLEMENTS"}
    assert got == {("临江县", "IMPLEMENTS", "燃气管道安全排查")}


def test_body_after_a_relative_clause_opens_its_clause_and_acts():
    got = {e for e in edges(extract(
        "海州多地加强防汛巡查，毗邻江心洲的临江县组建了三支巡逻队，还推出防汛应急补助措施。"))
        if e[1] == "IMPLEMENTS"}
    assert ("临江县", "IMPLEMENTS", "防汛应急补助措施") in got
    assert not {e for e in got if e[0] == "海州多地"}


def test_short_name_of_a_city_acts_whatever_its_tag():
    # the dictionary tags the short name as a noun, but knows it with 市 as a place
    assert ("宝鸡", "IMPLEMENTS", "秦岭骑行季活动") in edges(extract("宝鸡推出“秦岭骑行季”活动。"))
    # not when it only qualifies the noun before the verb
    assert not {e for e in edges(extract("宝鸡特产推出“秦岭骑行季”活动。"))
                if e[1] == "IMPLEMENTS"}


def test_counted_group_of_listed_bodies_acts_with_each_member():
    kg = extract("今年3月，海州、临江等6个城市相继推出夜景亮化工程。")
    got = {e for e in edges(kg) if e[1] == "IMPLEMENTS"}
    actors = ("海州", "临江", "海州、临江等6个城市")
    assert got == {(a, "IMPLEMENTS", "夜景亮化工程") for a in actors}
    group = next(n for n in kg.nodes() if n.name == "海州、临江等6个城市")
    assert "6个城市" in group.aliases


def test_sentence_of_orders_takes_no_actor_from_its_paragraph():
    text = "海州市林业局今天召开全市护林会议。{}开展冬季森林防火巡护工作。"
    got = edges(extract(text.format("同时，")))
    assert ("海州市林业局", "IMPLEMENTS", "冬季森林防火巡护工作") in got
    got = edges(extract(text.format("要守住安全底线，")))
    assert not {e for e in got if e[2] == "冬季森林防火巡护工作"}


@pytest.mark.parametrize("text, expected", [
    # places after 在 that act jointly
    ("在甲乙两地联合举办第三届龙舟邀请赛。", ("甲乙两地", "IMPLEMENTS", "第三届龙舟邀请赛")),
    # a longer name that opens with a run of places
    ("湖南湘西青山音乐厅近日举办新春音乐会。", ("湖南湘西青山音乐厅", "IMPLEMENTS", "新春音乐会")),
])
def test_joint_places_and_names_opening_with_places_act(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    # a place word of the dictionary before a distinguishing word is the verb 新建
    "明年，将新建市级标准化菜市场30个，加快实施西江大桥和南环快速路工程。",
    # a street is no government, and a run of places stops before it
    "湖南湘西青石大街2日举行舞龙巡游活动。",
    # a run of places opens with a place the language data names, not a word tagged as one
    "坚持扎根湖南大地育人才，加快建设普惠托育服务体系。",
])
def test_words_tagged_as_places_and_streets_do_not_act(text):
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_means_preposition_stands_right_before_the_verb():
    # 通过 before a word of manner and the verb: the list is a means, no group carried out
    got = edges(extract("临江县通过结对共建、专家下乡等举措，增加农民收入。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}


@pytest.mark.parametrize("text, wrong", [
    # a verb inside the phrase of place: the implementing verb is another body's
    ("省应急厅将在汛期允许海州市部署新型监测系统。", "省应急厅"),
    # the body after 针对 in a relative clause is what the measure targets
    ("由于省交通厅拒绝取消针对海州市启动的限行措施，海州市提出异议。", "海州市"),
])
def test_body_that_does_not_carry_out_the_verb(text, wrong):
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS" and e[0] == wrong}


def test_clause_that_only_names_a_place_sets_the_topic():
    got = edges(extract("在临江县，推出“渔村夜市”活动，吸引游客。"))
    assert ("临江县", "IMPLEMENTS", "渔村夜市活动") in got
    # a place after 在 in a relative clause is where the event is held
    got = edges(extract("在临江县举办的“渔村夜市”活动上，游客络绎不绝。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}


@pytest.mark.parametrize("text", [
    # a place after 在 is the venue of the event, not its host
    "甲国外长今天在临江市举行的记者会上表示，将继续合作。",
    # the body after 对 is what the act is done to
    "省商务厅表示，临江市本月对海州市实施的运输管制影响物流。",
    # a venue that opens the clause gives no actor to the clause either
    "在甲国首都临江市举办的新春庙会上，千余名参与者体验美食。",
    # a vague count names no group: neither the group nor its members act
    "当天，海州、临江等多个城市举行舞龙表演。",
])
def test_venues_objects_and_vague_groups_do_not_act(text):
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_counted_group_of_bodies_is_the_bodies_that_acted_together():
    got = edges(extract("近日，海州市农业局、海州市财政局联合印发《智慧农业实施方案》。"
                        "两部门将共同建立农业数据平台。"))
    assert {("海州市农业局", "IMPLEMENTS", "农业数据平台"),
            ("海州市财政局", "IMPLEMENTS", "农业数据平台")} <= got


@pytest.mark.parametrize("text", [
    # they acted apart, not together
    "海州市农业局、海州市财政局分别印发方案。两部门将共同建立农业数据平台。",
    # three bodies acted, the count says two
    "海州市农业局、海州市财政局、海州市商务局联合印发方案。两部门将共同建立农业数据平台。",
])
def test_a_counted_group_without_bodies_that_acted_together(text):
    got = edges(extract(text))
    assert not {e for e in got if e[2] == "农业数据平台" and e[0] != "两部门"}
