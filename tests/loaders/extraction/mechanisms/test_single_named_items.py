"""INCLUDES on sentences of our own: one quoted name before 等 is an item of the head after it
(牵头发起的“X”等计划); a rough count after the head (等扶持政策20余项) is no part of it; a list of
jobs (等岗位) names no parts of a node."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_one_quoted_name_before_etc():
    got = _parts("恒拓集团牵头发起的“竹海碳汇”等国际合作计划稳步推进。")
    assert ("国际合作计划", "竹海碳汇") in got


def test_a_rough_count_after_the_head():
    got = _parts("栖梧区陆续出台《栖梧区海洋牧场规划》、《栖梧区渔港管理办法》等扶持政策20余项。")
    assert ("扶持政策", "栖梧区海洋牧场规划") in got


def test_jobs_are_no_parts():
    got = _parts("招聘会上恒拓集团拿出焊接装配、仓储管理、客服接待等岗位800余个。")
    assert not any(s.startswith("岗位") for s, _t in got)
