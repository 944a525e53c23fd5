"""为B提供/注入…支撑/动力 where B is an event said as a clause (drives/provide_events.py): the
whole run between 为 and the verb of giving is the target, not the event's subject alone; not a
task of an actor (为企业开展X提供: X), not a phrase with 的 or a list. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_subject_and_verb_phrase_is_one_event():
    got = _drives("数据交易平台为数据跨主体流通提供技术支撑。")
    assert ("数据交易平台", "数据跨主体流通") in got
    assert ("数据交易平台", "数据") not in got


def test_preposition_phrase_inside_the_event():
    got = _drives("技术创新为茶产业向中高端迈进注入了强劲动力。")
    assert ("技术创新", "茶产业向中高端迈进") in got


def test_adverb_and_verb_after_the_subject():
    got = _drives("储能电站为风电大规模并网消纳提供了有力支撑。")
    assert ("储能电站", "风电大规模并网消纳") in got


def test_task_of_an_actor_keeps_its_object():
    got = _drives("专项基金为企业开展技术攻关提供资金支持。")
    assert ("专项基金", "技术攻关") in got
    assert not any(t.startswith("企业开展") for _, t in got)


def test_plain_noun_target_is_unchanged():
    assert ("数字人才", "乡村振兴") in _drives("数字人才为乡村振兴提供了有力支撑。")


def test_each_event_of_a_list():
    got = _drives("东湖冷链物流园为全省农产品出村进城、生鲜产品跨区域流通提供了有力支撑。")
    assert ("东湖冷链物流园", "生鲜产品跨区域流通") in got, got
    assert not any(t in ("生鲜产品", "全省农产品") for _, t in got), got


def test_list_of_nouns_stays_items():
    got = _drives("东湖物流园为农产品、生鲜产品提供了有力支撑。")
    assert {("东湖物流园", "农产品"), ("东湖物流园", "生鲜产品")} <= got, got


def test_purpose_with_its_means_serves_no_one_thing():
    got = _drives("数字平台为发展新质生产力注入动能，"
                  "为以数字化全面推进产业升级、城乡融合提供支撑。")
    assert not any(s == "数字平台" and t in ("产业升级", "城乡融合") for s, t in got), got


def test_items_not_a_bare_head_of_scenes():
    got = _drives("东湖智算中心为人工智能、工业设计、城市治理等应用场景提供算力支撑。")
    assert ("东湖智算中心", "工业设计") in got, got
    assert not any(t == "应用场景" for _, t in got), got


def test_event_of_going_somewhere():
    got = _drives("东湖平台为中小企业走向海外市场提供了有力支撑。")
    assert ("东湖平台", "中小企业走向海外市场") in got, got
