"""A department's work summary: its numbered headings state results (``（二）品牌影响力持续
扩大。``: a topic and what became of it, no programme), and its title names a report
(``report_title_words``: 工作总结), not a programme of the department, even when a plan's head
word ends it."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


_PLAN = "松岭省商务厅关于印发《松岭省外贸提质三年行动方案》的通知\n\n"


def test_a_heading_that_states_a_result_is_no_programme():
    got = _impl(_PLAN + "（一）外贸规模持续扩大。\n\n全省出口增长8%。\n\n"
                "（二）开放平台纵深推进。\n\n新设海外仓12个。\n\n"
                "（三）市场主要指标创历史新高。\n\n进出口总额首次突破万亿元。")
    assert not any(t in ("外贸规模持续扩大", "开放平台纵深推进", "市场主要指标创历史新高")
                   for _, _, t in got)


def test_a_heading_that_names_a_programme_still_is_one():
    got = _impl(_PLAN + "（一）实施“松货出海”拓市行动。\n\n新增出口企业300家。\n\n"
                "（二）跨境电商综合试验区。\n\n新设海外仓12个。")
    assert ("松岭省商务厅", "IMPLEMENTS", "松货出海拓市行动") in got


def test_a_report_title_names_no_programme():
    got = _impl("松岭省商务厅2024年工作总结和2025年工作计划\n\n"
                "2024年，我厅全面实施“数商兴农”工程，培育农村电商示范村50个。")
    assert ("松岭省商务厅", "IMPLEMENTS", "数商兴农工程") in got
    assert not any("工作总结" in t for _, _, t in got)


def test_a_plan_title_still_names_its_plan():
    got = _impl("松岭省商务厅2025年外贸工作计划\n\n我厅全面实施“数商兴农”工程。")
    assert ("松岭省商务厅", "IMPLEMENTS", "松岭省商务厅2025年外贸工作计划") in got
