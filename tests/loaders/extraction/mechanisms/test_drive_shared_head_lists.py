"""DRIVES of short listed items whose last one ends in a head they all share (拉动A、B收入,
带动A、B和C类消费): the whole list is one driven thing, not each item. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _targets(text: str) -> set[str]:
    kg = extract(text)
    return {kg.node(e.target).name for e in kg.edges() if e.type == "DRIVES"}


def test_short_items_sharing_the_last_head_are_one_thing():
    assert "交通、住宿收入" in _targets("湖区音乐节拉动交通、住宿收入近8000万元。")
    assert "餐饮、文创和夜间消费" in _targets("以湖区音乐节带动餐饮、文创和夜间消费。")


def test_lists_without_a_shared_head_or_with_long_items_stay_apart():
    got = _targets("湖区音乐节带动交通、住宿发展。")
    assert "住宿、餐饮" not in got
    got = _targets("湖区音乐节带动湖景民宿、特色餐饮收入。")
    assert not any("、" in t for t in got)
    got = _targets("湖区音乐节带动家电、家具等大宗商品消费。")
    assert not any(t.startswith("家电、") for t in got)
