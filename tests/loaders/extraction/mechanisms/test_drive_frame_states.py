"""A driving frame followed by a clause of growth (以A为动力，B不断壮大: A drives B), what an
actor's cue clause fostered drives the 为B注入… clause after it (各地培育壮大A，为B注入动能),
and two words of manner before the force noun (为B注入强劲核心动能)
(extraction/drives/frame_states.py, rules/common.py)."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_a_driving_frame_drives_the_subject_of_a_clause_of_growth():
    assert ("数字技术", "溪宁市文旅产业") in _drives("以数字技术为动力，溪宁市文旅产业不断壮大。")
    assert ("工业互联网", "溪宁市制造业") in _drives("以工业互联网为牵引，溪宁市制造业持续升级。")
    assert ("改革", "溪宁市文旅产业") in _drives("以改革为动力，溪宁市文旅产业不断壮大。")


def test_no_frame_of_focus_no_actor_and_no_task_clause():
    assert not _drives("以项目建设为重点，溪宁市经济持续增长。")
    assert not _drives("以工业互联网为牵引，溪宁市加快建设数字园区。")
    assert not _drives("以数字技术为动力，恒拓集团不断壮大。")
    assert not _drives("以恒拓集团为龙头，溪宁市文旅产业不断壮大。")


def test_what_an_actor_fostered_drives_the_provided_thing():
    pair = ("冰雪装备产业", "山区经济")
    assert pair in _drives("溪宁市培育壮大冰雪装备产业，为山区经济注入新动能。")
    assert pair in _drives("各地积极培育冰雪装备产业，为山区经济注入新动能。")


def test_an_instrument_or_a_clause_object_is_not_handed_on():
    got = _drives("各地推动大数据深度赋能传统工厂，为山区经济注入新动能。")
    assert not any(d == "山区经济" for _, d in got)
    got = _drives("溪宁市以港口物流带动外贸增长，为沿江协作提供新支撑。")
    assert ("外贸增长", "沿江协作") not in got


def test_two_words_of_manner_before_the_force_noun():
    got = _drives("各地培育壮大海洋牧场，为渔业转型注入强劲核心动能。")
    assert ("海洋牧场", "渔业转型") in got


def test_a_provider_clause_of_nouns_may_open_with_its_and_a_time():
    got = _drives("岚州陶瓷膜试制成功，其下一步的规模化量产，将为净水行业带来新机遇。")
    assert ("规模化量产", "净水行业") in got
    got = _drives("今后的配方优化及产能扩张，将为净水行业带来新机遇。")
    assert ("配方优化", "净水行业") in got


def test_a_purpose_clause_before_is_no_task_that_provides():
    got = _drives("溪方愿同岚方携手建设友好港口，为沿岸居民改善生计，为海上贸易增添动力。")
    assert not any(s == "生计" for s, _ in got)


def test_a_model_named_by_a_relative_clause_is_not_driven():
    got = _drives("溪宁市树立以数字技术引领制造业升级的标杆。")
    assert ("数字技术", "制造业升级") in got


def test_an_adjective_of_manner_before_the_verb_after_the_target_is_no_part_of_it():
    got = _drives("全县风电并网容量已近60万千瓦，有力支撑全县绿电供应稳定维持在五成以上。")
    assert ("全县风电并网容量", "全县绿电供应") in got

