"""DRIVES between phrases that name a process (a thing and what it does), which no lexicon
lists: the object 产品迭代升级 and the subject 人才集聚. Made-up sentences."""

from tests.loaders.extraction_helpers import drive_pairs, relation_pairs


def test_an_object_that_ends_in_verbs_after_a_head_word_is_one_process():
    # 产品 is a head word of programmes (金融产品), but only verbs follow it here
    got = drive_pairs("岚州以工艺突破带动产品迭代升级。")
    assert ("工艺突破", "产品迭代升级") in got


def test_a_verb_with_an_object_after_a_head_word_still_opens_a_predicate():
    got = drive_pairs("恒拓集团出台8条措施扶持小微企业，带动青年就业。")
    assert not any(t.startswith("措施扶持") for _s, t in got)


def test_a_thing_and_its_process_before_the_cue_is_the_subject():
    got = drive_pairs("近年来，人才集聚为产业升级提供了有力支撑。")
    assert ("人才集聚", "产业升级") in got
    got = drive_pairs("要素流动带动区域协调发展。")
    assert ("要素流动", "区域协调发展") in got


def test_a_process_subject_needs_the_cue_right_after_it():
    # 企业开展合作: the verb has an object, no process of a thing
    got = drive_pairs("企业开展合作推动产业升级。")
    assert not any(s.startswith("企业开展") for s, _t in got)


def test_a_body_and_its_action_before_the_cue_is_no_process():
    # 研究院牵头 / 联盟有望: a body that acts or an expectation, not a thing's process
    got = drive_pairs("岚州云工研究院牵头推动智能制造发展。")
    assert not any(s.endswith("牵头") for s, _t in got)
    got = drive_pairs("业内人士认为，联盟有望促进产学研深度融合。")
    assert not any(s.endswith("有望") for s, _t in got)


def test_a_facility_that_starts_operating_is_no_process_object():
    got = relation_pairs("恒拓集团推进海外装配中心投入运营。", "IMPLEMENTS")
    assert ("恒拓集团", "海外装配中心") in got
    assert not any(t.endswith("投入运营") for _s, t in got)
