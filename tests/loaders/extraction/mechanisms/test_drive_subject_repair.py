"""Subjects that are no plain name but hold one (extraction/arguments/subject_repair.py): an
event of a thing (X的陆续落地), a place's or a body's thing (P的Y), a quoted name opened by a
verb; and words the segmenter mis-tags (销量, X游) read as nouns; an idiom of how a thing
fares ends the topic an ``under`` frame drives."""

from tests.loaders.extraction_helpers import drive_pairs


def test_an_event_of_a_thing_drives():
    got = drive_pairs("重大项目的陆续落地有力带动了当地就业。")
    assert ("重大项目的陆续落地", "当地就业") in got


def test_a_places_thing_drives_not_the_place():
    got = drive_pairs("岚州市的文旅融合正加速推动乡村全面振兴。")
    assert ("文旅融合", "乡村振兴") in got


def test_a_bodys_thing_drives():
    got = drive_pairs("恒拓集团的数字化转型带动了上下游企业升级。")
    assert ("数字化转型", "上下游企业升级") in got


def test_a_quoted_name_opened_by_a_verb_drives():
    got = drive_pairs("共建“岚海走廊”倡议推动沿线国家互联互通。")
    assert ("共建“岚海走廊”倡议", "沿线国家互联互通") in got


def test_an_actor_with_a_predicate_still_drives_nothing():
    assert drive_pairs("岚州的企业正加速推动数字化转型。") == set()
    assert drive_pairs("恒拓集团的领导陆续推动了改革。") == set()


def test_a_tour_word_is_a_noun():
    assert ("冰雪游", "消费增长") in drive_pairs("冰雪游带动消费增长。")


def test_sales_end_the_driven_topic():
    got = drive_pairs("受冰雪旅游持续升温带动，滑雪装备销量大幅增长。")
    assert ("冰雪旅游", "滑雪装备销量") in got


def test_an_idiom_of_how_it_fares_ends_the_topic():
    got = drive_pairs("在数字经济的带动下，电子产业需求持续上升。")
    assert ("数字经济", "电子产业需求") in got


def test_under_frame_without_a_topic_gives_nothing():
    assert drive_pairs("在数字经济的带动下，持续上升。") == set()


def test_a_thing_that_grows_drives_what_the_next_clause_names():
    assert ("竹编产业", "农民收入") in drive_pairs("竹编产业不断壮大，带动农民收入稳步提高。")


def test_an_actor_that_grows_drives_nothing():
    assert drive_pairs("恒拓集团不断发展壮大，带动当地就业。") == set()


def test_a_clause_acting_on_an_object_is_no_state():
    assert drive_pairs("岚州产业不断吸引投资，带动农民收入增长。") == set()


def test_a_phrase_after_a_verb_is_its_object_not_what_fares():
    got = drive_pairs("岚州补助标准持续提高，使平均车费进一步降低，带动客流增长。")
    assert all(src != "平均车费" for src, _ in got)
