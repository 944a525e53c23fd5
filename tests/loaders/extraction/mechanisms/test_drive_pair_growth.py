"""``带动A和B的提升``: a pair before 的 and a word of growth closing the clause
(``drive_pair_process_ends``) — each of A and B grows, each is driven. A pair before another
noun (A和B的合作) stays no pair of targets."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_pair_before_growth_each_driven():
    got = _drives("技术改造带动了检测精度和产品质量的提升。")
    assert {("技术改造", "检测精度"), ("技术改造", "产品质量")} <= got, got


def test_pair_before_other_noun():
    got = _drives("技术改造带动企业和高校的合作。")
    assert not any(d == "高校" for _, d in got), got
