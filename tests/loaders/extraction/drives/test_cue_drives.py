"""DRIVES between phrases the lexicon does not know (made-up sentences)."""

import pytest

from ...extraction_helpers import drive_pairs, driven_aliases, edges, extract


@pytest.mark.parametrize("text, expected", [
    # any phrase before the cue drives each phrase after it
    ("好山好水带动乡村民宿经济。", {("好山好水", "DRIVES", "乡村民宿经济")}),
    ("冰雪运动热潮有力拉动冬季消费、促进就业。",
     {("冰雪运动热潮", "DRIVES", "冬季消费"), ("冰雪运动热潮", "DRIVES", "就业")}),
    # the instrument of 以…推动
    ("各地以数字技术改造推动传统工厂升级。", {("数字技术改造", "DRIVES", "传统工厂升级")}),
    # A对于拉动B、促进C起了作用
    ("夜市的繁荣对于拉动夜间消费、促进灵活就业都起了重要作用。",
     {("夜市的繁荣", "DRIVES", "夜间消费"), ("夜市的繁荣", "DRIVES", "灵活就业")}),
    # 以A为引领的B
    ("引导企业实施以智能化为引领的产线改造。", {("智能化", "DRIVES", "产线改造")}),
])
def test_drives_between_unknown_phrases(text, expected):
    assert expected <= edges(extract(text))


def test_launched_thing_drives_the_next_clause():
    got = edges(extract("海州市推出12项便民举措，促进营商环境优化。"))
    assert ("12项便民举措", "DRIVES", "营商环境优化") in got or \
        ("便民举措", "DRIVES", "营商环境优化") in got


@pytest.mark.parametrize("text", [
    "国务院推动营商环境优化。",          # an organisation does not drive (it implements)
    "要推动乡村民宿经济发展。",          # an order has no subject
    "推动乡村民宿经济发展。",            # no subject at all
    "绿色转型是推动高端制造的内在要求。",  # 是…的要求 is no driving relation
    "张三带动了村民致富。",              # a person is no driver
])
def test_no_drives_without_a_thing_as_subject(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_unknown_phrases_get_lower_confidence_than_lexicon_terms():
    kg = extract("数字经济推动高质量发展。好山好水带动乡村民宿经济。")
    conf = {(kg.node(e.source).name, kg.node(e.target).name): e.confidence for e in kg.edges()}
    assert conf[("好山好水", "乡村民宿经济")] < conf[("数字经济", "高质量发展")]


@pytest.mark.parametrize("text, expected", [
    # what a launch verb names drives what the next clause names, whoever launched it
    ("入冬以来，临江密集推出冰雕灯会活动，持续激发冬季文旅热度。",
     ("冰雕灯会活动", "DRIVES", "冬季文旅热度")),
    # A 是/成为 (推动)B 的 (重要)引擎, also with an engine noun the segmenter splits
    ("智能仓储正在成为加快港口物流升级的重要驱动力。",
     ("智能仓储", "DRIVES", "港口物流升级")),
    ("山区民宿集群成为县域旅游产业的重要增长引擎。",
     ("山区民宿集群", "DRIVES", "县域旅游产业")),
    # a time-tagged word that names a thing stays in the phrase
    ("冰雪运动激发假日出游热情。", ("冰雪运动", "DRIVES", "假日出游热情")),
])
def test_drives_v2_readings(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    # construction by an actor, then 将助力: the actor helps, not what it builds
    "园区着力构建两大制造集群，将进一步助力湾区协同发展。",
    # a pronoun (各地) stands for actors
    "各地正在推动遥感技术在林区普及。",
    # a person is no engine
    "李明成为合作社发展的主心骨和重要支柱。",
])
def test_no_drives_v2_readings(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    # 以A推进B: after an instrument a verb of progress is a cue too (the adverb is left out)
    ("要以遥感监测全面推进林业治理。", ("遥感监测", "DRIVES", "林业治理")),
    # 加强X，为Y注入动力: what the clause before sets about drives Y
    ("两市要加强文旅合作，为城市友好注入新动力。", ("文旅合作", "DRIVES", "城市友好")),
])
def test_drives_instrument_and_task(text, expected):
    assert expected in edges(extract(text))


def test_progress_verb_without_instrument_is_no_cue():
    # 推进 alone is what an actor does (IMPLEMENTS), never DRIVES
    assert not {e for e in edges(extract("市政府加快推进林业治理。")) if e[1] == "DRIVES"}


def test_represented_list_is_no_instrument_for_the_next_clause():
    got = edges(extract("加快以充电桩、换电站为代表的新型设施建设，推动充电桩向乡镇延伸。"))
    assert not {e for e in got if e[1] == "DRIVES" and e[0] in ("充电桩", "换电站")}


def test_engine_clause_without_subject_takes_the_topic_before():
    got = edges(extract("今年以来本市会展业开局良好，仍是城市服务业增长的最大引擎。"))
    assert ("本市会展业", "DRIVES", "城市服务业增长") in got


def test_thing_built_without_object_drives_the_next_clause():
    got = edges(extract("与此同时，县域冷链物流网络加快建设，持续带动山货外销。"))
    assert ("县域冷链物流网络", "DRIVES", "山货外销") in got


@pytest.mark.parametrize("text, expected", [
    # a clause that only says how A fares, then a clause opening with a chain cue: A drives
    ("今年前三季度，蓝莓果酱出口同比增长15%，带动山区果农增收。",
     ("蓝莓果酱出口", "DRIVES", "山区果农增收")),
    ("木雕、竹编、陶艺等手作体验人气持续走强，带动古镇文创消费。",
     ("手作体验人气", "DRIVES", "古镇文创消费")),
    # a measure after A is left out (A规模 stays an alias); 为B注入动能 reads the same way
    ("预计明年，临江冷链物流产业规模将翻倍，为县域经济提供新动能。",
     ("临江冷链物流产业", "DRIVES", "县域经济")),
    # a clause that only names A
    ("山地越野赛事，带动沿线民宿预订。", ("山地越野赛事", "DRIVES", "沿线民宿预订")),
])
def test_a_clause_about_how_a_thing_fares_drives_the_next(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    "要全面提高乡村道路通行能力，带动沿线民宿预订。",       # 提高X: a task, not a state
    "深化陶瓷文化交流，推动两地友好往来。",                # parallel tasks
    "新系统让包装速度提升20%，分拣效率也将提升，带动仓储升级。",  # one of several effects
    "以山地越野赛事，带动沿线民宿预订。",                  # a phrase after a preposition
])
def test_no_drives_from_a_clause_that_does_something(text):
    got = edges(extract(text))
    assert not {e for e in got if e[1] == "DRIVES" and e[2] == "沿线民宿预订"
                and e[0] != "山地越野赛事"}
    assert ("深化陶瓷文化交流", "DRIVES", "两地友好往来") not in got
    assert ("分拣效率", "DRIVES", "仓储升级") not in got


def test_a_listed_group_drives_as_its_head():
    got = edges(extract("冰雪季带动滑雪板、护目镜、保暖服等冬季用品销量。"))
    assert ("冰雪季", "DRIVES", "冬季用品销量") in got
    assert ("冰雪季", "DRIVES", "滑雪板") not in got
    # a time word inside the head's phrase stays in it; the figure after it does not
    got = edges(extract("冰雪季带动滑雪板、护目镜、保暖服等用品一季度销售额3.2亿元。"))
    assert ("冰雪季", "DRIVES", "用品一季度销售额") in got


@pytest.mark.parametrize("text, expected", [
    # an action noun the dictionary tags as an adverb (更新, 改造) stays the end of the subject
    ("据测算，仅老旧电梯更新就可拉动投资约2亿元。", ("老旧电梯更新", "DRIVES", "投资")),
    ("测算显示，旧村改造就能拉动投资约2亿元。", ("旧村改造", "DRIVES", "投资")),
    # a real adverb does not
    ("绿色消费显著拉动内需。", ("绿色消费", "DRIVES", "内需")),
])
def test_subject_ends_with_an_action_noun(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    "临江以乡镇卫生院为重点推进医疗设备更新。",  # 以A为重点: a focus, not an instrument
    "两家企业签署协议，以尽快完成全部订单交付。",  # 以 + adverb: in order to
])
def test_no_instrument_in_a_focus_or_purpose_frame(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    # 在A(的)支持/推动下，B…: A drives what the next clause (or the rest of this one) is about
    ("在专项债资金支持下，老城区的管网改造用上了新设备。",
     ("专项债资金", "DRIVES", "老城区的管网改造")),
    ("在数字技术推动下，传统商超加快转型。", ("数字技术", "DRIVES", "传统商超")),
])
def test_what_is_done_with_a_things_support_is_driven_by_it(text, expected):
    assert expected in edges(extract(text))


def test_an_actor_under_a_things_support_is_not_driven():
    got = edges(extract("在新工艺的支撑下，本地企业有望扩大产能。"))
    assert not {e for e in got if e[1] == "DRIVES"}


def test_a_named_thing_after_a_relative_clause_drives_the_next():
    got = edges(extract("连装月饼用的木质礼盒，也带动了一家木工作坊。"))
    assert ("木质礼盒", "DRIVES", "一家木工作坊") in got or \
        ("木质礼盒", "DRIVES", "木工作坊") in got


def test_a_task_with_a_modified_object_is_no_topic():
    got = edges(extract("建设整洁、有序的农贸市场，为周边商户经营提供更多便利。"))
    assert not {e for e in got if e[0] == "农贸市场"}


def test_a_launched_thing_is_not_carried_past_a_clause_with_its_own_subject():
    got = edges(extract("海州市文旅局举办“山水有约”系列活动，各县区组织徒步、骑行等活动，"
                        "带动乡村民宿消费。"))
    assert not {e for e in got if e[1] == "DRIVES" and "系列活动" in e[0]}


def test_a_launched_thing_stays_the_topic_across_an_elaboration():
    got = edges(extract("临江开通“荷塘月色”夜游航线，把荷塘、古桥等景点连在一起，"
                        "带动乡村民宿消费。"))
    assert any(e[1] == "DRIVES" and "荷塘月色" in e[0] and e[2] == "乡村民宿消费" for e in got)


@pytest.mark.parametrize("text", [
    "在王强馆长和李华院长的战略引领下，两馆合作稳步推进。",  # leaders guide, they do not drive
    "在王强书记关心推动下，两家苗圃完成了合并。",            # a person's care is no thing
    "切实保护好村里的古树名木，为乡村旅游提供更多便利。",  # a task, no topic
])
def test_no_drives_from_people_or_tasks_in_the_new_frames(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_policy_support_frame_drives_the_subject_after_it():
    got = edges(extract("在多项专项资金支持下，冷链物流产业正在快速成长。"))
    assert ("多项专项资金", "DRIVES", "冷链物流产业") in got


@pytest.mark.parametrize("text", [
    # the cue opens a prepositional phrase: what stands before the preposition drives nothing
    "青山联盟为推动湖区旅游发展作出贡献。",
    "青山联盟对推动湖区旅游发展有重要意义。",
    "甲市、乙市就推动湖区旅游发展签署协议。",
    # 推动A、促进B lists two tasks: A does not drive B
    "青山联盟为推动湖区旅游发展、促进灵活就业作出贡献。",
])
def test_no_drives_from_before_a_preposition_or_within_a_list_of_tasks(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    # an adverb 就 with a word between it and the cue leaves the subject its own
    ("湖区步道改造就能拉动乡村消费。", {("湖区步道改造", "DRIVES", "乡村消费")}),
    ("冰雪运动热潮有力拉动冬季消费、促进就业。",
     {("冰雪运动热潮", "DRIVES", "冬季消费"), ("冰雪运动热潮", "DRIVES", "就业")}),
])
def test_drives_kept_next_to_prepositions_and_task_lists(text, expected):
    assert expected <= edges(extract(text))


def test_zai_of_an_action_in_progress_keeps_the_subject():
    got = edges(extract("青山湖区的智能步道系统也在不断赋能乡村旅游。"))
    assert ("青山湖区的智能步道系统", "DRIVES", "乡村旅游") in got or \
        ("智能步道系统", "DRIVES", "乡村旅游") in got


@pytest.mark.parametrize("text", [
    # 为B提供支持的X: a relative clause describes X; nothing before it drives B
    "山地车队继续开展训练，检修为赛事提供支持的补给设施。",
    # a foundation holds a thing up, it does not drive it
    "绿色金融是乡村振兴的基石。",
])
def test_no_drives_from_a_relative_provide_clause_or_a_foundation(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    ("湖区步道全面贯通，为乡村旅游注入了新动能。", ("湖区步道", "DRIVES", "乡村旅游")),
    ("绿色金融是乡村振兴的重要引擎。", ("绿色金融", "DRIVES", "乡村振兴")),
])
def test_provide_and_engine_frames_still_drive(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text, bad", [
    # a figure is no target
    ("家电换新补贴带动冰箱、彩电产量分别增长12.5%、7.8%。", lambda e: "%" in e[2]),
    # people are no target, and a cue after 为 has no subject
    ("青山联盟带动更多志愿者为推动湖区旅游发展出力。", lambda e: True),
    # a clause with an aspect particle names no driver
    ("甲县引进了10多套分拣机器人赋能茶叶加工。", lambda e: True),
    # a count word names no driver
    ("这次灯会是一场促进邻里交往、推动夜间消费的节日。", lambda e: True),
])
def test_no_drives_from_or_to_pieces_of_a_clause(text, bad):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES" and bad(e)}


@pytest.mark.parametrize("text, expected", [
    # a conjunction after the driver is no part of it
    ("步道更新不仅拉动了乡村民宿客流。", ("步道更新", "DRIVES", "乡村民宿客流")),
    ("家电换新补贴带动冰箱、彩电产量分别增长12.5%、7.8%。", ("家电换新补贴", "DRIVES", "冰箱")),
])
def test_drives_keep_a_driver_without_its_conjunction(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text, expected", [
    # an idiom or a word of manner before the cue is no part of the driver
    ("数字金融坚定不移推动乡村旅游发展。", ("数字金融", "DRIVES", "乡村旅游发展")),
    ("数字金融全方位推动乡村旅游发展。", ("数字金融", "DRIVES", "乡村旅游发展")),
])
def test_manner_before_the_cue_leaves_the_driver(text, expected):
    got = {e for e in edges(extract(text)) if e[1] == "DRIVES"}
    assert got == {expected}


@pytest.mark.parametrize("text", [
    "各地凝心聚力推动乡村旅游发展。",    # pieces of an idiom after a pronoun
    "各县全方位推动茶园管护。",   # a word of manner after a pronoun
])
def test_no_drives_from_manner_words(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_count_is_not_driven():
    got = edges(extract("青山县提出推动数字技术赋能茶叶产业、打通物流通道等8个方面重点任务。"))
    assert not {e for e in got if e[1] == "DRIVES" and e[2].startswith("8")}
    got = edges(extract("数字技术赋能茶叶产业、扩大茶叶出口。"))
    assert ("数字技术", "DRIVES", "茶叶产业") in got


def test_a_task_opening_with_an_adjective_tagged_verb_drives_nothing():
    # 团结X，引领Y: the clause before is a task (its verb is tagged as an adjective)
    assert not {e for e in edges(extract("要加强区域协作，团结周边村镇，引领茶旅融合的方向。"))
                if e[1] == "DRIVES"}
    # a clause that only names a thing still drives the next one
    assert ("湖区特色民宿", "DRIVES", "周边乡村旅游发展") in edges(
        extract("湖区特色民宿，带动周边乡村旅游发展。"))


def test_a_quoted_name_of_one_character_pieces_still_drives():
    got = {e for e in edges(extract("“新县补”促进乡村家电消费。")) if e[1] == "DRIVES"}
    assert {e[0] for e in got} == {"新县补"}


@pytest.mark.parametrize("text", ["临江区坚定不移推动茶旅融合发展。",
                                  "东洲坚定不移推动茶旅融合发展。"])
def test_an_actor_left_after_a_manner_word_does_not_drive(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    # one-character words without a verb among them are a name, not pieces of an idiom
    ("数智化带动乡村文化发展。", ("数智化", "DRIVES", "乡村文化发展")),
    # a two-character action noun is a driver
    ("要以服务出口带动本地茶叶加工。", ("出口", "DRIVES", "本地茶叶加工")),
])
def test_short_names_that_are_no_idiom_pieces_still_drive(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text, expected", [
    # a verb of use before the cue makes its object the instrument, like 以
    ("各地积极运用遥感技术赋能山区农业。", ("遥感技术", "DRIVES", "山区农业")),
    ("企业利用大数据推动精准营销。", ("大数据", "DRIVES", "精准营销")),
])
def test_verb_of_use_gives_the_instrument(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    "推动闲置土地高效利用。",          # 利用 as the thing driven: no subject, no edge
    "市民利用周末时间参加志愿服务。",    # no cue after the instrument
])
def test_verb_of_use_without_a_cue_after_it_drives_nothing(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_headline_segments_are_clauses():
    # a space between a headline's segments ends a clause: the first segment's words are no
    # part of the phrase after the space
    got = edges(extract("冬季文旅上新 数字技术赋能山区旅游；"))
    assert ("数字技术", "DRIVES", "山区旅游") in got
    assert not any(e[0].startswith("冬季文旅") for e in got)


def test_task_segment_before_a_chain_cue_drives():
    # 推动A 赋能B: the task's object drives what the next segment names; after a comma the two
    # clauses list parallel tasks and A drives nothing
    assert ("冰雪旅游", "DRIVES", "山区振兴") in edges(extract("推动冰雪旅游 赋能山区振兴；"))
    assert not {e for e in edges(extract("推动冰雪旅游，推动山区振兴；")) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    # a measure put in place without an actor, then a clause of result
    ("要聚焦群众关心的难点，在社区服务、养老托育等方面实施一批便民举措，进一步促进家政消费增长。",
     ("一批便民举措", "DRIVES", "家政消费增长")),
    ("实施乡村文化建设行动，助力城乡融合。", ("乡村文化建设行动", "DRIVES", "城乡融合")),
])
def test_measure_before_a_result_clause_drives(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    "实施乡村文化建设行动，推动城乡融合。",        # two parallel tasks
    "实施乡村文化建设行动，加快推动城乡融合。",    # a task of its own
    "要加快建设港口物流园，进一步推动港区产业发展。",  # building work, no measure launched
])
def test_measure_before_a_task_clause_drives_nothing(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_what_was_put_out_provides_for_the_next_clause():
    got = edges(extract("宜宾市政府日前印发《关于推进竹产业高质量发展的意见》，"
                        "为竹产业发展提供了坚实保障。"))
    assert any(s.endswith("竹产业高质量发展的意见") and t == "DRIVES" and o == "竹产业发展"
               for s, t, o in got)


def test_what_was_put_out_two_clauses_before_provides_nothing():
    got = edges(extract("宜宾市政府推进竹产业园区建设，要注重运用智能加工、生态培育等先进技术，"
                        "为竹产业发展注入新活力。"))
    assert not {e for e in got if e[1] == "DRIVES" and e[0].startswith("竹产业园区")}


def test_object_of_disposal_built_into_a_hub_drives():
    # 把A建设成为B高地，助推C: A (what becomes the hub) drives, not 成为B高地
    got = drive_pairs("把溪宁产业园建设成为开放新高地，助推岚州绿色发展。")
    assert any(s == "溪宁产业园" for s, _ in got), got
    assert not any(s.startswith("成为") for s, _ in got), got


def test_frame_word_after_a_modifier_carries_across_tasks():
    # 以A为根本动力，…，推动B: a frame word after one modifier is still a driving frame
    got = drive_pairs("以溪宁模式为根本动力，提高政策效能，推动岚州乡村振兴。")
    assert any(s == "溪宁模式" for s, _ in got), got


def test_means_clause_task_object_drives():
    # 通过(adverb) V O，推动B: O drives B, the task V+O an alias
    kg = extract("岚州通过大力拓展绿色农产品供给，推动乡村电商升级。")
    got = {(s, t) for s, r, t in edges(kg) if r == "DRIVES"}
    assert any(s == "绿色农产品供给" for s, _ in got), got
    names = {n.name: n.aliases for n in kg.nodes()}
    assert "拓展绿色农产品供给" in names["绿色农产品供给"], names


@pytest.mark.parametrize("text", [
    "通过友好会谈化解争议，推动两地协作发展。",  # a second verb: the talks serve another task
    "通过建设甲园、完善乙网，推动区域发展。",  # a list of tasks
    "通过成为行业标杆，推动区域发展。",  # a copula
])
def test_means_clause_without_one_task_object_drives_nothing(text):
    got = drive_pairs(text)
    assert not got, got


def test_growth_tail_read_off_the_driven_thing():
    # 带动A快速增长: A is driven, the whole phrase an alias
    got = driven_aliases("竹编集市带动岚州夜游经济快速增长。")
    assert "岚州夜游经济" in got, got
    assert "岚州夜游经济快速增长" in got["岚州夜游经济"], got


def test_thing_a_means_clause_names_drives():
    # 依托/借助 A，带动B: the thing the means names drives (no verb of its own)
    assert ("数字平台", "竹编销售") in drive_pairs("岚州借助数字平台，带动竹编销售。")
    # 依托A建设B，推动C: A is the means of A's own task, it drives nothing here
    got = drive_pairs("依托岚州大学建设溪宁学院，推动竹编教育向乡镇延伸。")
    assert not any(s.startswith("岚州大学") for s, _ in got), got


@pytest.mark.parametrize("text, pair", [
    # a state or a shown effect closing the driven thing is read off it
    ("溪宁灯会带动岚州夜市消费火热。", ("溪宁灯会", "岚州夜市消费")),
    ("溪宁灯会拉动岚州夜市消费效应明显。", ("溪宁灯会", "岚州夜市消费")),
    # verbs of making a trade stronger are light: the trade is driven
    ("以数字技术为引领，做强岚州竹编产业。", ("数字技术", "岚州竹编产业")),
    # a verb of provision that stores up force
    ("竹编集市持续火爆，为溪宁乡村振兴不断积蓄新动能。", ("竹编集市", "溪宁乡村振兴")),
])
def test_drive_vocabulary(text, pair):
    assert pair in drive_pairs(text), drive_pairs(text)


def test_force_of_a_task_is_no_driver():
    assert not drive_pairs("要更大力度推动岚州竹编产业发展。")
