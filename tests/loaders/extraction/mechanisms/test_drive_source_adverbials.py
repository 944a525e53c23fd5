"""A DRIVES source is a thing, not how or when the clause acts: adverbials in 地 and manner
words give no source, and a time clause's or a frequency's word is cut off the source."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _sources(text: str) -> set[str]:
    return {s for s, r, _t in edges(extract(text)) if r == "DRIVES"}


def test_an_adverbial_in_de_is_no_source() -> None:
    assert not _sources("要有选择地推动新材料产业发展。")
    assert not _sources("要积极地推动新材料产业发展。")


def test_a_manner_word_is_no_source() -> None:
    assert not _sources("要全链条推动青禾新材料产业规模化发展。")


def test_nouns_ending_in_de_still_drive() -> None:
    assert "机器人量产落地" in _sources("机器人量产落地，拉动特种钢材需求大增。")
    assert "青禾物流基地" in _sources("青禾物流基地带动周边产业发展。")


def test_time_and_frequency_words_are_cut_off_the_source() -> None:
    got = edges(extract("青禾货运专线每日开行数量增至20列，为区域经济发展提供了新引擎。"))
    assert ("青禾货运专线", "DRIVES", "区域经济发展") in got
    assert not any(s.endswith("每日") for s, _r, _t in got)

