"""Every item of a list of events a text says are held (举办甲节、“乙”消费季和丙马拉松等) that
closes with an event head is an event (an Initiative), not only the first; an item without an
event head (丁戊路演) is none."""

from tests.loaders.extraction_helpers import extract, node_types


def test_each_held_item_is_an_event():
    got = node_types(extract("举办甲州国际美食节、“夜甲州”消费季和甲湖马拉松等系列活动，"
                             "以文旅融合拉动消费。"))
    for name in ("甲州国际美食节", "夜甲州消费季", "甲湖马拉松"):
        assert got.get(name) == "Initiative"
    assert "夜甲州消费季和甲湖马拉松" not in got


def test_an_item_without_an_event_head_is_none():
    got = node_types(extract("举办乙丙对接会、丁戊路演等活动。"))
    assert got.get("乙丙对接会") == "Initiative"
    assert "丁戊路演" not in got


def test_no_list_without_a_verb_of_holding():
    got = node_types(extract("甲湖马拉松、乙山音乐节吸引游客十万人次。"))
    assert "乙山音乐节" not in got
