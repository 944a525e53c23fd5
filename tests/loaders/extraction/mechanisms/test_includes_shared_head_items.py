"""Items of a list that share their head (研发数字化、制造数字化和营销数字化): when the item
reader cut the first item's modifier off as a verb (研发), the first item keeps it
(``list_first_item.shared_head``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_first_item_keeps_a_modifier_read_as_a_verb() -> None:
    got = _includes("数字化改造主要包括研发数字化、制造数字化和营销数字化。")
    assert ("数字化改造", "研发数字化") in got
    assert not any(t == "数字化" for _s, t in got)


def test_items_without_a_shared_head_stay_as_they_were() -> None:
    got = _includes("推进研发设计、生产制造和市场营销。")
    assert not got
