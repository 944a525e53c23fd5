"""甲局上线“乙丙”养老服务平台，平台涵盖A、B: a bare head opening the clause repeats the quoted
name that ends the clause before, even when the dictionary knows no verb there (上线 read as a
noun); a clause that ends with no quoted name gives no owner."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_bare_head_repeats_the_quoted_name_before_it() -> None:
    got = _includes("甲市民政局上线“乐龄甲市”社区照护服务平台，"
                    "平台涵盖膳食配送、康复理疗、上门护理、心理疏导四类服务。")
    assert ("乐龄甲市社区照护服务平台", "上门护理") in got
    assert ("乐龄甲市社区照护服务平台", "膳食配送") in got


def test_without_a_quoted_name_the_bare_head_owns_nothing() -> None:
    got = _includes("甲市民政局的工作十分扎实，"
                    "平台涵盖膳食配送、康复理疗、上门护理、心理疏导四类服务。")
    assert not any(s.endswith("平台") and len(s) > 2 for s, _t in got)
