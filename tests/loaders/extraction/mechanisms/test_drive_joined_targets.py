"""DRIVES whose object is two things joined by 和 (带动A和B): each is driven, unless the pair
changes together (带动A和B融合发展: one joint event) or qualifies a noun (A和B的合作); a pair
before a word of growth (A和B的提升) grows each, so each is driven. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_each_of_two_joined_objects_is_driven():
    got = _drives("以雾峰滑翔旅游激活夜市消费和假日消费。")
    assert {("雾峰滑翔旅游", "夜市消费"), ("雾峰滑翔旅游", "假日消费")} <= got
    got = _drives("以渔港物流带动竹编产业和茶叶产业发展。")
    targets = {t for _, t in got}
    assert {"竹编产业", "茶叶产业"} <= targets


def test_joint_event_stays_whole():
    got = _drives("以雾峰滑翔旅游带动先进制造业和现代服务业融合发展。")
    assert ("雾峰滑翔旅游", "先进制造业和现代服务业融合发展") in got
    assert ("雾峰滑翔旅游", "先进制造业") not in got


def test_pair_before_a_word_of_growth_is_split():
    got = _drives("以雾峰滑翔旅游带动夜市消费和假日消费的提升。")
    assert {("雾峰滑翔旅游", "夜市消费"), ("雾峰滑翔旅游", "假日消费")} <= got


def test_pair_qualifying_a_noun_or_a_second_task_is_not_split():
    got = _drives("以雾峰滑翔旅游带动夜市消费和假日消费的结合。")
    assert not any(t == "假日消费" for _, t in got)
    got = _drives("以雾峰滑翔旅游带动夜间消费和提升服务质量。")
    assert not any(t.startswith(("提升", "服务质量")) for _, t in got)


def test_without_an_instrument_or_with_a_figure_the_pair_is_not_split():
    got = _drives("雾峰集团紧密围绕促进竹编产业和茶叶产业发展。")
    assert not any(t.startswith("茶叶产业") for _, t in got)
    got = _drives("以雾峰滑翔旅游带动竹编产品和茶叶出口3.5亿元。")
    assert not any(t.startswith("茶叶") for _, t in got)
