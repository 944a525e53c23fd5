"""A driving frame followed by a clause of growth (以A为动力，B不断壮大: A drives B), what an
actor's cue clause fostered drives the 为B注入… clause after it (各地培育壮大A，为B注入动能),
and two words of manner before the force noun (为B注入强劲创新动能)
(extraction/drive_frame_states.py, rules/common.py)."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_a_driving_frame_drives_the_subject_of_a_clause_of_growth():
    assert ("数字技术", "溪宁市文旅产业") in _drives("以数字技术为动力，溪宁市文旅产业不断壮大。")
    assert ("科技创新", "溪宁市制造业") in _drives("以科技创新为引领，溪宁市制造业持续升级。")
    assert ("改革", "溪宁市文旅产业") in _drives("以改革为动力，溪宁市文旅产业不断壮大。")


def test_no_frame_of_focus_no_actor_and_no_task_clause():
    assert not _drives("以项目建设为重点，溪宁市经济持续增长。")
    assert not _drives("以科技创新为引领，溪宁市加快建设创新高地。")
    assert not _drives("以数字技术为动力，恒拓集团不断壮大。")
    assert not _drives("以恒拓集团为龙头，溪宁市文旅产业不断壮大。")


def test_what_an_actor_fostered_drives_the_provided_thing():
    pair = ("冰雪装备产业", "县域经济")
    assert pair in _drives("溪宁市培育壮大冰雪装备产业，为县域经济注入新动能。")
    assert pair in _drives("各地积极培育冰雪装备产业，为县域经济注入新动能。")


def test_an_instrument_or_a_clause_object_is_not_handed_on():
    got = _drives("各地推动人工智能全方位赋能千行百业，为县域经济注入新动能。")
    assert not any(d == "县域经济" for _, d in got)
    got = _drives("溪宁市以高水平开放促进产业升级，为区域合作提供新动能。")
    assert ("产业升级", "区域合作") not in got


def test_two_words_of_manner_before_the_force_noun():
    got = _drives("各地培育壮大新质生产力，为高质量发展注入强劲创新动能。")
    assert ("新质生产力", "高质量发展") in got


def test_a_provider_clause_of_nouns_may_open_with_its_and_a_time():
    got = _drives("岚州新材料研发取得突破，其后续的产业化应用，将为制造业发展带来新动能。")
    assert ("产业化应用", "制造业发展") in got
    got = _drives("后续的技术迭代及产业化应用，将为制造业发展带来新动能。")
    assert ("技术迭代", "制造业发展") in got


def test_a_purpose_clause_before_is_no_task_that_provides():
    got = _drives("中方愿同岚国打造更富活力的伙伴关系，为两国人民增进福祉，为区域合作增添动力。")
    assert not any(s == "福祉" for s, _ in got)


def test_a_model_named_by_a_relative_clause_is_not_driven():
    got = _drives("溪宁市树立以数字技术引领制造业升级的标杆。")
    assert ("数字技术", "制造业升级") in got


def test_an_adjective_of_manner_before_the_verb_after_the_target_is_no_part_of_it():
    got = _drives("全市光伏装机已近200万千瓦，有力支撑全市能源自给率稳定保持在80%以上。")
    assert ("全市光伏装机", "全市能源自给率") in got


def test_a_provider_clause_of_joined_nouns_may_open_with_their_owner():
    got = _drives("岚州300万人口的消费升级需求和产业转型潜力，将为区域经济提供强劲动力。")
    assert {("消费升级需求", "区域经济"), ("产业转型潜力", "区域经济")} <= got
