"""A clause that launches a programme, then one whose subject is its contents (X启动甲乙三年计划，
内容涵盖A、B和C): the programme includes each item (``内容`` is a scope word, ``range_nouns``;
``_scoped_programme`` finds the programme when no actor was read for the clause)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_contents_of_a_launched_programme_are_its_parts() -> None:
    got = _includes("2024年，管委会启动“绿色港区”建设三年计划，内容涵盖屋顶光伏、港区微电网和"
                    "碳排放监测四个方面。")
    assert {("绿色港区建设三年计划", "屋顶光伏"), ("绿色港区建设三年计划", "港区微电网"),
            ("绿色港区建设三年计划", "碳排放监测")} <= got


def test_contents_of_a_programme_a_company_carries_out() -> None:
    got = _includes("海州公司全面实施“数智海州”三年行动，内容涵盖研发数字化、制造数字化和营销"
                    "数字化三个方面。")
    assert {("数智海州三年行动", "研发数字化"), ("数智海州三年行动", "制造数字化"),
            ("数智海州三年行动", "营销数字化")} <= got


def test_contents_without_a_programme_before_have_no_whole() -> None:
    got = _includes("他们讨论了园区发展，内容涵盖屋顶光伏、园区微电网和碳排放监测。")
    assert not got
