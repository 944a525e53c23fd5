"""``这正是A赋能B的生动写照``, ``A赋能B的理论逻辑与实现路径``: a noun of discourse after 的
(``drive_discourse_heads``) says the text speaks of A driving B; what is driven is B, not the
picture or the logic. Another noun after 的 stays part of the target."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_picture_is_no_part_of_target():
    got = _drives("岚州智慧牧场的探索，正是物联网赋能畜牧养殖的生动写照。")
    assert any(d == "畜牧养殖" for _, d in got), got
    assert not any("写照" in d for _, d in got), got


def test_logic_heading():
    got = _drives("区块链赋能跨境物流的理论逻辑与实现路径")
    assert not any("逻辑" in d for _, d in got), got


def test_other_noun_after_de_stays():
    got = _drives("物联网带动农产品的销量。")
    assert any(d == "农产品的销量" for _, d in got), got
