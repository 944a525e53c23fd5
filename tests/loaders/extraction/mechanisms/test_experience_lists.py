"""INCLUDES on sentences of our own: a verb of what visitors do (体验, 品尝) before a 等-list is no
part of its first item; inside a name (VR体验馆) it stays."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_first_item_starts_after_the_visitors_verb():
    got = _parts("游客们来到岚州体验竹筏漂流、高空滑索等游玩项目。")
    assert ("游玩项目", "竹筏漂流") in got
    assert not any(t.startswith("体验") for _s, t in got)


def test_a_tasting_verb_opens_no_item():
    got = _parts("市民在恒拓广场品尝桂花糕点、竹筒米饭等特色美食。")
    assert not any(t.startswith("品尝") for _s, t in got)


def test_a_short_first_item_keeps_no_visitors_verb():
    got = _parts("游客还可以体验冰钓、雪地摩托等娱乐项目。")
    assert ("娱乐项目", "冰钓") in got


def test_a_name_that_starts_with_the_verb_stays():
    got = _parts("园区设有体验区、非遗集市等功能区。")
    assert ("功能区", "体验区") in got
