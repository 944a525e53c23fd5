"""DRIVES mechanisms of recall round 8, on sentences of our own: a spirit named as the subject
drives (a manner noun after a preposition does not); a headline segment that ends with the cue
finds what is driven in the next segment; a quoted name is a subject whatever its words; people
or firms followed by what they do are driven as that event; a clause of figures about A may be
followed by a comparison before the cue."""

import pytest

from tests.loaders.extraction_helpers import edges, extract


def test_spirit_named_as_subject_drives():
    got = edges(extract("工匠精神带动手工技艺传承。"))
    assert ("工匠精神", "DRIVES", "手工技艺传承") in got
    got = edges(extract("各地以更大决心推动林下经济扩面提质。"))
    assert not any(e[1] == "DRIVES" for e in got)
    # a spirit is no manner noun: it drives as an instrument too
    got = edges(extract("该县以钉钉子精神推进河道治理。"))
    assert ("钉钉子精神", "DRIVES", "河道治理") in got


def test_headline_segment_ending_with_the_cue():
    got = edges(extract("气象服务赋能 保障夏粮抢收"))
    assert ("气象服务", "DRIVES", "夏粮抢收") in got
    assert not any(e[1] == "DRIVES" for e in edges(extract("气象服务赋能。")))


def test_quoted_name_is_a_subject():
    got = edges(extract("“跟着节气游乡村”带动城里人下乡消费"))
    assert ("跟着节气游乡村", "DRIVES", "城里人下乡消费") in got
    # the same words unquoted are a clause of their own, no subject
    assert not any(e[1] == "DRIVES" for e in edges(extract("跟着节气游乡村带动城里人下乡消费")))


def test_people_or_firms_with_their_action_are_driven_as_an_event():
    got = edges(extract("冷链物流助力小微企业快速拓展市场。"))
    assert ("冷链物流", "DRIVES", "小微企业快速拓展市场") in got
    assert ("冷链物流", "DRIVES", "小微企业") not in got
    got = edges(extract("直播电商带动年轻人返乡创业。"))
    assert ("直播电商", "DRIVES", "年轻人返乡创业") in got
    # a thing followed by its own predicate keeps its span
    got = edges(extract("智能灌溉带动节水农业，成效显著。"))
    assert ("智能灌溉", "DRIVES", "节水农业") in got


def test_state_clause_followed_by_a_comparison():
    got = edges(extract("光伏组件出货量翻番，超过上年全省总量，带动配套产业发展。"))
    assert any(e[0].startswith("光伏组件") and e[2] == "配套产业发展" for e in got)
    got = edges(extract("水肥一体化设施覆盖率达到75%，有力带动精准作业推广。"))
    assert any(e[0].startswith("水肥一体化设施") and e[2] == "精准作业推广" for e in got)
    # a clause that does something is no state, however its figures follow
    got = edges(extract("该县修建道路，达120公里，带动周边民宿。"))
    assert not any(e[1] == "DRIVES" for e in got)


def test_role_frame_makes_the_instrument_of_the_next_clause():
    got = edges(extract("要发挥科技创新的引领作用，带动传统产业焕新。"))
    assert ("科技创新", "DRIVES", "传统产业焕新") in got
    # a role without a driving word (作用 alone) gives nothing
    got = edges(extract("要发挥好基层党组织作用，推动乡村治理。"))
    assert not any(e[1] == "DRIVES" for e in got)


def test_thing_that_came_into_force_right_before_the_cue_drives():
    got = edges(extract("3项新规出台助力远洋渔业转型"))
    assert ("3项新规", "DRIVES", "远洋渔业转型") in got
    assert ("跨江大桥", "DRIVES", "两岸旅游发展") in edges(extract("跨江大桥建成带动两岸旅游发展"))
    # an actor that put something out is no driver
    assert not any(e[1] == "DRIVES" for e in edges(extract("该市发布推动夜间经济发展。")))


def test_state_word_split_by_the_segmenter_is_still_a_state():
    got = edges(extract("县域商业体系提质增效，持续激活农村消费。"))
    assert ("县域商业体系", "DRIVES", "农村消费") in got
    # a clause that acts on an object is no state
    got = edges(extract("该县整治河道，持续激活农村消费。"))
    assert not any(e[0] == "该县" or e[0].endswith("河道") for e in got if e[1] == "DRIVES")


def test_frame_carries_across_tasks_without_subject():
    got = edges(extract("该县以全域旅游为抓手，整合山水资源，完善服务设施，带动民宿集聚，"
                        "为县域经济增添活力。"))
    assert {("全域旅游", "DRIVES", "民宿集聚"), ("全域旅游", "DRIVES", "县域经济")} <= got
    # a frame that names a base, not a driver, is not carried
    got = edges(extract("该县以全域旅游为基础，整合山水资源，完善服务设施，为县域经济增添活力。"))
    assert not any(e[0] == "全域旅游" for e in got)
    # a clause with a subject of its own ends the frame
    got = edges(extract("该县以全域旅游为抓手，整合山水资源，游客满意度持续提升，"
                        "为县域经济增添活力。"))
    assert ("全域旅游", "DRIVES", "县域经济") not in got


def test_subject_after_a_verb_of_hope():
    got = edges(extract("与会嘉宾期待数字贸易引领区域合作迈上新台阶。"))
    assert ("数字贸易", "DRIVES", "区域合作") in got
    # an actor after it still does not drive
    assert not any(e[1] == "DRIVES" for e in edges(extract("外方期待中方推动区域合作。")))


def test_clause_of_cause_names_what_provides():
    got = edges(extract("随着冷链物流逐步普及，山区果品走出大山，为县域经济发展注入动力。"))
    assert ("冷链物流", "DRIVES", "县域经济发展") in got
    got = edges(extract("随着天气转暖，游客走进山村，为县域经济发展注入动力。"))
    assert not any(e[0] == "天气" for e in got)


def test_bare_verb_opening_a_task_drives_nothing():
    got = edges(extract("常务会议审议相关报告，研讨推动远洋渔业转型的办法。"))
    assert not any(e[1] == "DRIVES" for e in got)
    # a bare action word may be the instrument
    assert ("养殖", "DRIVES", "牧民致富") in edges(extract("该镇以养殖带动牧民致富。"))


def test_places_in_a_listed_subject_do_not_drive():
    got = edges(extract("浙江、福建持续推动山海协作深化。"))
    assert not any(e[1] == "DRIVES" for e in got)


def test_party_before_its_means_acts_and_the_means_drive():
    kg = extract("我国多项新政助推跨境电商扩容提质")
    assert ("多项新政", "DRIVES", "跨境电商") in edges(kg)
    assert "我国多项新政" in next(n for n in kg.nodes() if n.name == "多项新政").aliases


def test_measures_qualified_by_a_cue_phrase_drive_its_object():
    got = edges(extract("该省推出助力夜间消费的12项举措。"))
    assert ("12项举措", "DRIVES", "夜间消费") in got
    got = edges(extract("依托新出台的助力渔港改造举措，渔村增设码头。"))
    assert any(e[0].endswith("举措") and e[2] == "渔港改造" for e in got)
    # a plan after a light verb is what is pushed; a bare head after 的 is too vague
    assert not any(e[1] == "DRIVES" for e in edges(extract("推进渔港专项改造方案落地。")))
    assert not any(e[1] == "DRIVES" for e in edges(extract("该省推出助力夜间消费的措施。")))


def test_cue_inside_a_name_or_a_clause_with_a_copula_drives_nothing():
    for text in ("（2）县域商贸助力行动启动；",  # the cue is part of a name
                 "上一次助力山区产业发展研讨会举办后，各村收入明显提高。",  # a meeting
                 "该园区是当地大力助推打造的示范项目。"):  # a copula before the cue
        assert not any(e[1] == "DRIVES" for e in edges(extract(text)))
    assert ("数字技术", "DRIVES", "示范项目建设") in edges(extract("数字技术助推示范项目建设。"))


def test_disposal_marker_names_an_instrument():
    got = edges(extract("该县把遥感监测等数字技术全面赋能林业管护。"))
    assert any(e[0].endswith("数字技术") and e[2] == "林业管护" for e in got)
    # 把X统一到…上来: X has a verb of its own, the cue further on is not X's
    got = edges(extract("要把思想认识统一到关于促进林业发展的决策上来。"))
    assert not any(e[1] == "DRIVES" for e in got)


def test_single_character_cue_after_an_instrument():
    got = edges(extract("以数字化改革促政府职能转变。"))
    assert ("数字化改革", "DRIVES", "政府职能转变") in got
    # without an instrument 促 is no cue
    assert not any(e[1] == "DRIVES" for e in edges(extract("数字化改革促政府职能转变。")))


def test_a_bare_head_stands_for_what_was_launched_before_it():
    got = edges(extract("县里设立乡村振兴基金，发挥基金撬动作用，推动特色农业提质增效。"))
    assert ("乡村振兴基金", "DRIVES", "特色农业") in got
    assert not any(e[0] == "基金" for e in got)
    # with nothing launched before it, the head stays what it is
    got = edges(extract("发挥基金撬动作用，推动特色农业提质增效。"))
    assert not any(e[0] == "乡村振兴基金" for e in got)


def test_a_change_of_direction_is_driven_whole_named_by_its_thing():
    # the change is what is driven: its thing names it, the whole change is an alias
    # (test_drive_turned_targets.py); never the thing alone without the change
    for text, whole in (
            ("该市开展资产盘活试点，推动闲置资产向经营资产转化。", "闲置资产向经营资产转化"),
            ("智能制造推动传统产业向高端化转型。", "传统产业向高端化转型")):
        kg = extract(text)
        for e in kg.edges():
            if e.type == "DRIVES":
                assert whole in kg.node(e.target).aliases


def test_the_thing_before_a_plain_verb_is_still_driven():
    assert ("智能制造", "DRIVES", "传统产业") in edges(extract("智能制造推动传统产业升级。"))


@pytest.mark.parametrize("text, edge", [
    ("文旅产业对县域经济的带动作用持续增强。", ("文旅产业", "DRIVES", "县域经济")),
    ("要发挥数字经济对传统产业的带动作用。", ("数字经济", "DRIVES", "传统产业")),
])
def test_a_role_toward_b_makes_a_drive_b(text, edge):
    assert edge in edges(extract(text))


@pytest.mark.parametrize("text", [
    "充分发挥龙头企业对产业链的引领作用。",   # firms act, they drive nothing
    "临江县对重点项目的推动作用很大。",        # a place acts
    "数字经济对传统产业的影响很大。",          # no driving role
])
def test_a_role_frame_without_a_driving_thing(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_firms_alone_are_no_driven_thing():
    got = edges(extract("新建12个绿色工厂、共享车间，打造6个“智慧岚州”示范场景，"
                        "推动规上纺织企业加快实施以节能降耗为重点的设备更新。"))
    assert not {e for e in got if e[1] == "DRIVES" and e[2].endswith("企业")}
