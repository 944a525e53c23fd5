"""以A为引领增强B动力: the 为 of a driving frame (以A为<frame>) names no beneficiary, so the
frame word (引领) is no target of 为…增强/注入; A still drives what the clause names. A 为 of a
beneficiary after the frame still works (以A为引领，为B注入动能)."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_frame_word_is_no_target():
    got = _drives("要以制度创新为引领增强园区内生发展动力。")
    assert not any(t == "引领" for _, t in got), got


def test_beneficiary_after_frame_still_driven():
    got = _drives("以科技创新为引领，为产业升级注入新动能。")
    assert ("科技创新", "产业升级") in got, got
