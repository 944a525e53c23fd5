"""Where the first item of a list starts: after a four-character idiom glued from an adverb
and a verb (深入开展, 积极开展), a count word (一批) or a place closed by a localizer (庙会上),
none of them part of the item (``list_items.list_start``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_an_adverb_glued_to_the_verb_is_no_part_of_the_first_item() -> None:
    got = _includes("岚州市深入开展园区扩容、服务提速、人才集聚等三大行动。")
    assert ("三大行动", "园区扩容") in got
    assert not any("开展" in t for _s, t in got)


def test_a_first_item_after_a_plain_verb_is_unchanged() -> None:
    got = _includes("恒拓集团积极发展储能电池、氢能装备等新兴产业。")
    assert not any("发展" in t for _s, t in got)


def test_a_count_word_before_the_first_item_is_no_part_of_it() -> None:
    got = _includes("岚州市将建设一批智慧农业、数字文旅等新型应用场景。")
    assert ("新型应用场景", "智慧农业") in got
    assert not any(t.startswith("一批") for _s, t in got)


def test_a_series_word_stays_in_the_first_item() -> None:
    got = _includes("恒拓集团重点推出系列培训、上门回访、技能测评等三项举措。")
    assert not any(t == "培训" for _s, t in got)


def test_a_count_word_after_a_number_stays_with_the_quantity() -> None:
    got = _includes("恒拓集团的零件来自80多家钢铁、化工等老牌工厂。")
    assert not any(t in ("钢铁", "化工") for _s, t in got)


def test_a_place_closed_by_a_localizer_is_no_part_of_the_first_item() -> None:
    got = _includes("岚州庙会上扎花灯、舞龙狮、踩高跷等民俗活动吸引了游客。")
    assert ("民俗活动", "扎花灯") in got
    assert not any("庙会" in t for _s, t in got)


def test_a_word_ending_in_a_localizer_char_inside_an_item_stays() -> None:
    got = _includes("岚州发展海上风电、陆上光伏等清洁能源。")
    assert ("清洁能源", "海上风电") in got
