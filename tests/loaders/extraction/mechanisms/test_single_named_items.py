"""INCLUDES on sentences of our own: one quoted name before 等 is an item of the head after it
(牵头发起的“X”等计划); a rough count after the head (等政策措施30余项) is no part of it; a list of
jobs (等岗位) names no parts of a node."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_one_quoted_name_before_etc():
    got = _parts("恒拓集团牵头发起的“竹海碳汇”等国际合作计划稳步推进。")
    assert ("国际合作计划", "竹海碳汇") in got


def test_a_rough_count_after_the_head():
    got = _parts("岚州先后出台《岚州竹产业发展规划》、《岚州茶产业条例》等产业政策措施30余项。")
    assert ("产业政策措施", "岚州竹产业发展规划") in got


def test_jobs_are_no_parts():
    got = _parts("恒拓集团现场提供竹木加工、电商运营、物流配送等岗位1200余个。")
    assert not any(s.startswith("岗位") for s, _t in got)
