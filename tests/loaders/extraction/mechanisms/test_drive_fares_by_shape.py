"""A clause that says how a thing fares by its shape (extraction/drives/fares.py): a thing, an
adverb and verbs with no object, or a verb and a figure, continued by a cue clause; sizes the
segmenter reads as verbs (超长假期) open a noun phrase; what a thing is compared with (较…)
drives nothing; the agent of 由A带动的B drives B; an engine noun may follow a cue
verb's object without 的; a list of qualities before one head (多中心、网络化的H) is one target."""

from tests.loaders.extraction_helpers import drive_pairs


def test_a_thing_and_a_figure_drive_the_next_clause():
    got = drive_pairs("家电以旧换新惠及20万人次，带动销售额70亿元。")
    assert ("家电以旧换新", "销售额") in got


def test_a_body_and_a_figure_drive_nothing():
    assert drive_pairs("恒拓集团惠及20万人次，带动销售额70亿元。") == set()


def test_a_size_word_opens_a_noun_phrase():
    got = drive_pairs("超长假期有力带动服务消费快速增长。")
    assert any(src == "超长假期" for src, _ in got)


def test_a_measure_of_comparison_drives_nothing():
    got = drive_pairs("岚州贷款平均利率3.5%，较去年平均利率下降0.2个百分点，"
                      "为个体工商户经营提供了稳定支撑。")
    assert all(not src.startswith("较") for src, _ in got)


def test_the_agent_of_a_relative_clause_of_driving_drives():
    assert ("冰雪运动", "滑雪装备销售") in drive_pairs("由冰雪运动带动的滑雪装备销售持续回暖。")
    got = drive_pairs("由冰雪运动带动的住宿、租赁等配套消费同步走高。")
    assert ("冰雪运动", "配套消费") in got


def test_a_body_as_agent_of_a_relative_clause_drives_nothing():
    assert drive_pairs("由恒拓集团推动的改革取得成效。") == set()


def test_an_engine_without_de_after_the_cue_object():
    assert ("竹编产业", "县域增收") in drive_pairs("竹编产业逐步成为带动县域增收新引擎。")


def test_an_engine_noun_without_a_cue_verb_needs_de():
    assert drive_pairs("冰雪产业是经济增长新引擎。") == set()


def test_a_list_of_qualities_before_one_head_is_one_target():
    got = drive_pairs("数字经济引领形成集约化、智能化、网络化的产业布局。")
    assert got == {("数字经济", "产业布局")}
    got = drive_pairs("数字经济促进形成以园区、街区为主要载体的新型消费格局。")
    assert got == {("数字经济", "新型消费格局")}


def test_a_list_of_things_pushed_before_a_period_stays_the_targets():
    got = drive_pairs("坚定以数字经济全面推进产业升级、城乡融合的信心。")
    assert ("数字经济", "信心") not in got


def test_known_things_before_one_head_stay_each_driven():
    got = drive_pairs("数字经济推动新型工业化、城镇化的协调发展。")
    assert {("数字经济", "新型工业化"), ("数字经济", "城镇化")} <= got


def test_an_actor_is_never_the_driven_thing_of_a_relative_clause():
    assert drive_pairs("由数字经济带动的恒拓集团快速发展。") == set()
