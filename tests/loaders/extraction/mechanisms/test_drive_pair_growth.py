"""``带动A和B的提升``: a pair before 的 and a word of growth closing the clause
(``drive_pair_process_ends``) — each of A and B grows, each is driven. A pair before another
noun (A和B的合作) stays no pair of targets."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_pair_before_growth_each_driven():
    got = _drives("数字化改造带动了能源利用率和产品合格率的提升。")
    assert {("数字化改造", "能源利用率"), ("数字化改造", "产品合格率")} <= got, got


def test_pair_before_other_noun():
    got = _drives("数字化改造带动企业和院所的合作。")
    assert not any(d == "院所" for _, d in got), got
