"""X启动Y活动，补贴范围涵盖A、B: a scope word with at most a short qualifier (``range_nouns``:
补贴范围, 支持范围) as the subject of an including verb is the scope of the one thing the clause
before launched; that thing includes the items. Without such a thing the scope owns nothing."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_launched_thing_owns_the_items_of_its_scope() -> None:
    got = _includes("甲市商务局于5月启动“乐享甲市”家居焕新活动，"
                    "补贴范围涵盖沙发、床垫、橱柜和灯具四大类。")
    assert ("乐享甲市家居焕新活动", "床垫") in got
    assert ("乐享甲市家居焕新活动", "灯具") in got
    assert not any(s.endswith("范围") for s, _t in got)


def test_a_scope_without_a_launched_thing_owns_nothing() -> None:
    got = _includes("补贴范围涵盖沙发、床垫、橱柜和灯具四大类。")
    assert not any(s.endswith("范围") for s, _t in got)


def test_a_longer_subject_that_ends_with_a_scope_word_is_left_as_it_was() -> None:
    got = _includes("新能源产业的覆盖范围包括光伏制造、风电装备和储能系统。")
    assert ("新能源产业的覆盖范围", "风电装备") in got  # (X的范围: read as before)
