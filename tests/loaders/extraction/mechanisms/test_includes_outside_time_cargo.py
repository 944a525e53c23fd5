"""Heads that name a span of time (A、B等关键时段, 节假日) or goods carried (A、B等货物) are
outside the schema (``outside_heads``: time, cargo): their lists give no INCLUDES edge."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_periods_are_no_parts_of_a_span_of_time() -> None:
    got = _includes("确保机组在迎峰度夏、迎峰度冬等关键时段稳发满发。")
    assert not got


def test_holidays_are_no_parts() -> None:
    got = _includes("在春节、国庆等节假日推出惠民措施。")
    assert not any(s.endswith("节假日") for s, _t in got)


def test_goods_carried_are_no_parts() -> None:
    got = _includes("港口集中装运钢材、化工原料等货物。")
    assert not any(s.endswith("货物") for s, _t in got)


def test_a_kind_head_keeps_its_list() -> None:
    got = _includes("重点发展钢铁、化工等传统产业。")
    assert ("传统产业", "钢铁") in got
