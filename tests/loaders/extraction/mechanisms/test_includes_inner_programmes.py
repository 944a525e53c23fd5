"""``包括A、B在内的X`` where X is a system or programme (an Initiative: 政策体系, 产业体系): X
includes each named part, as it does for a concept (``rules/includes.py``, ``includes_inner``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_programme_holds_the_parts_named_before_zainei() -> None:
    got = _includes("岚州已初步建立起包括技能培训、创业扶持在内的政策体系。")
    assert {("政策体系", "技能培训"), ("政策体系", "创业扶持")} <= got


def test_people_before_zainei_are_no_parts() -> None:
    got = _includes("包括岚州大学师生在内的300余人参加了活动。")
    assert not got
