"""``以A引领B、C和D``: the item after the conjunction that closes a 、-list of what a cue drives is
driven too, when it is a short noun phrase that ends the clause; a figure or a verb after it
adds nothing."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_last_item_after_conjunction_is_driven():
    got = _drives("用大数据赋能订单调度、库存管理和售后追踪。")
    assert {("大数据", "订单调度"), ("大数据", "售后追踪")} <= got, got


def test_figure_after_last_item_adds_none():
    got = _drives("以物联网带动种植业、养殖业和林业增长15%。")
    assert not any("15" in d for _, d in got), got
