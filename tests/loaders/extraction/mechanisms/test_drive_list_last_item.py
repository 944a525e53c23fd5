"""``以A引领B、C和D``: the item after the conjunction that closes a 、-list of what a cue drives is
driven too, when it is a short noun phrase that ends the clause; a figure or a verb after it
adds nothing."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_last_item_after_conjunction_is_driven():
    got = _drives("用人工智能赋能设备监测、能耗管理和质量追溯。")
    assert {("人工智能", "设备监测"), ("人工智能", "质量追溯")} <= got, got


def test_figure_after_last_item_adds_none():
    got = _drives("以数字技术带动制造业、服务业和农业增长20%。")
    assert not any("20" in d for _, d in got), got
