"""DRIVES of short listed items whose last one ends in a head they all share (拉动A、B收入,
带动A、B和C类消费): the whole list is one driven thing, not each item. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _targets(text: str) -> set[str]:
    kg = extract(text)
    return {kg.node(e.target).name for e in kg.edges() if e.type == "DRIVES"}


def test_short_items_sharing_the_last_head_are_one_thing():
    assert "住宿、餐饮收入" in _targets("雾凇旅游拉动住宿、餐饮收入超过3亿元。")
    assert "住宿、餐饮和山货消费" in _targets("以雾凇旅游带动住宿、餐饮和山货消费。")


def test_lists_without_a_shared_head_or_with_long_items_stay_apart():
    got = _targets("雾凇旅游带动住宿、餐饮发展。")
    assert "住宿、餐饮" not in got
    got = _targets("雾凇旅游带动高山民宿、特色餐饮收入。")
    assert not any("、" in t for t in got)
    got = _targets("雾凇旅游带动家电、家具等大宗商品消费。")
    assert not any(t.startswith("家电、") for t in got)
