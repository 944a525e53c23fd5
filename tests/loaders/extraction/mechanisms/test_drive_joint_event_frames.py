"""DRIVES whose object is two things joined by 与 (or 和) that change together (推动A与B深度融合):
the joint event is driven whole, not its first thing, also after a frame of the clause before
(以X为牵引，推动A与B深度融合) and in the rule that reads known terms. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_pair_joined_by_yu_that_fuses_is_driven_whole():
    got = _drives("以“湖光夜市”计划为抓手，推动餐饮业与演艺业深度融合。")
    assert ("湖光夜市计划", "餐饮业与演艺业深度融合") in got
    assert ("湖光夜市计划", "餐饮业") not in got


def test_known_terms_joined_in_a_joint_event_give_no_single_term():
    got = _drives("以雾峰滑翔旅游带动数字经济和实体经济融合发展。")
    assert ("雾峰滑翔旅游", "数字经济和实体经济融合发展") in got
    assert ("雾峰滑翔旅游", "数字经济") not in got


def test_pair_joined_by_yu_without_a_joint_tail_or_a_list_is_not_whole():
    got = _drives("以雾峰滑翔旅游推动竹编产业与乡村旅游。")
    assert not any("与" in t for _, t in got)
    got = _drives("以数字经济带动无人机制造、低空物流和低空旅游融合发展。")
    assert {("数字经济", "无人机制造"), ("数字经济", "低空旅游")} <= got
