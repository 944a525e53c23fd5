"""A cue right before a noun of role or effect (A拉动作用明显, A带动引领作用增强, A赋能效应显现:
``DRIVES.role_effect_heads``) qualifies that noun: it is no verb, and nothing is driven. A cue
with an object still drives, and so does a role frame before a cue clause
(发挥A的带动作用，促进B)."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_role_noun_after_cue_names_no_target():
    assert not _drives("今年以来，新能源汽车产业拉动作用明显。")


def test_role_noun_after_two_cues_names_no_target():
    assert not _drives("高技术制造业利润快速增长，带动引领作用增强。")


def test_effect_noun_after_cue_names_no_target():
    assert not _drives("文旅融合赋能效应持续显现。")


def test_cue_with_object_still_drives():
    assert any(s == "数字经济" for s, _ in _drives("数字经济带动就业增长。"))


def test_role_frame_before_cue_clause_still_drives():
    got = _drives("要发挥数字经济的带动作用，促进产业升级。")
    assert ("数字经济", "产业升级") in got, got
