"""A word pointing back at a list before its counted head (A、B、C这“三项H”).
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_word_pointing_back_at_a_list_is_no_part_of_its_last_item():
    got = _includes("我们把绿色能源、智能制造、现代物流这“三项重点工作”作为转型方向。")
    assert ("三项重点工作", "现代物流") in got
    assert not any(t.endswith("这") for _, t in got)


def test_a_last_item_without_such_a_word_keeps_its_name():
    got = _includes("我们把绿色能源、智能制造、现代物流“三项重点工作”作为转型方向。")
    assert ("三项重点工作", "现代物流") in got
