"""A clause that ends with a noun and its count after it (开工民生项目12个，其中包括A、B) gives the
noun phrase before the count as the whole of the list that follows (``_postposed_count``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_noun_before_a_closing_count_owns_the_list() -> None:
    got = _includes("年内计划开工民生项目12个，其中包括东湖学校扩建工程、西山水厂工程、"
                    "北郊道路改造项目。")
    assert {("民生项目", "东湖学校扩建工程"), ("民生项目", "西山水厂工程"),
            ("民生项目", "北郊道路改造项目")} <= got
    assert not any(s.endswith("12个") for s, _t in got)


def test_a_count_of_money_closes_no_owner() -> None:
    got = _includes("全年完成投资12亿元，包括东湖学校扩建工程、西山水厂工程。")
    assert not any("亿元" in s for s, _t in got)
