"""A head after 等 ends before its predicate: before a word followed by 着 (等H丰富着X), as
before 了, and before a word of growth (等消费增长加快), as before a measure
(``cue_etc._etc``, ``growth_tails``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_predicate_before_zhe_is_no_part_of_the_head() -> None:
    got = _includes("岚州古镇里，灯谜竞猜、非遗展演等民俗项目丰富着游客体验。")
    assert not any("丰富" in s for s, _t in got)
    assert ("民俗项目", "灯谜竞猜") in got


def test_a_head_without_aspect_marker_is_kept_whole() -> None:
    got = _includes("岚州推出灯谜竞猜、非遗展演等民俗体验项目。")
    assert ("民俗体验项目", "灯谜竞猜") in got


def test_a_word_of_growth_closes_the_head_like_a_measure() -> None:
    got = _includes("十一月份，岚州冰雪体验、温泉康养等消费增长加快。")
    assert not any(s.endswith("增长") for s, _t in got)


def test_a_kind_of_industry_that_grows_keeps_its_items() -> None:
    got = _includes("储能电池、氢能装备等新兴产业增长迅速。")
    assert ("新兴产业", "储能电池") in got


def test_a_growth_by_a_figure_leaves_no_head() -> None:
    got = _includes("岚州带动周边民宿、滑雪场、温泉等产业消费增长超20%。")
    assert not any(s.startswith("产业消费") for s, _t in got)
