"""DRIVES of a list closed by a head that only says its items form a group (带动A、B等相关产业
发展): each item is driven besides the head; a head that is a thing of its own (等新业态, 等特色
产业) keeps its list as an alias only. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _targets(text: str) -> set[str]:
    kg = extract(text)
    return {kg.node(e.target).name for e in kg.edges() if e.type == "DRIVES"}


def test_items_of_a_group_head_are_driven():
    got = _targets("雾岭康养旅游带动竹编制造、山地民宿、茶园观光等相关产业发展。")
    assert {"竹编制造", "山地民宿", "茶园观光"} <= got
    got = _targets("湖城数据港带动机房运维、语料加工等上下游产业集聚。")
    assert {"机房运维", "语料加工"} <= got


def test_items_of_a_head_of_its_own_are_not_driven():
    got = _targets("雾岭康养旅游催生竹编制造、山地民宿、茶园观光等新业态。")
    assert "新业态" in got and not {"竹编制造", "山地民宿"} & got
    got = _targets("雾岭康养旅游带动竹编制造、山地民宿等特色产业发展。")
    assert not {"竹编制造", "山地民宿"} & got
