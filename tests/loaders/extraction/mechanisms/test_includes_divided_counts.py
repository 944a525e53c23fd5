"""X分为A、B和C三个层次: a concept or a factor divided into counted parts includes each part
when the list has as many items as the count says (rules/includes.py, divided). All texts are
made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_divided_concept_includes_its_counted_parts():
    got = _includes("从结构上看，新型劳动者分为战略科学家、卓越工程师和高技能工匠三个层次。")
    assert {("新劳动者", "战略科学家"), ("新劳动者", "卓越工程师"),
            ("新劳动者", "高技能工匠")} <= got


def test_a_count_that_does_not_match_gives_nothing():
    got = _includes("从结构上看，新型劳动者分为战略科学家、卓越工程师两个层次和其他人员。")
    assert not any(t == "其他人员" for _, t in got)
