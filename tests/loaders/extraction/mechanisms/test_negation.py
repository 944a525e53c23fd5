"""A relation the sentence denies gives no edge (extraction/negation.py): a negator between the
two arguments, in the clause that reaches the second one. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import edges, extract


def _edges(text: str) -> set[tuple[str, str, str]]:
    return edges(extract(text))


@pytest.mark.parametrize(("said", "denied"), [
    ("星河科技集团打造工业互联网平台。", "星河科技集团没有打造工业互联网平台。"),
    ("甲市商务局启动家居焕新行动。", "甲市商务局尚未启动家居焕新行动。"),
    ("数字经济推动高质量发展。", "数字经济并不推动高质量发展。"),
])
def test_a_denied_relation_gives_no_edge(said: str, denied: str) -> None:
    stated = _edges(said)
    assert stated  # the affirmative sentence gives its edge
    assert not (_edges(denied) & stated)


def test_a_negator_in_an_earlier_clause_leaves_the_relation() -> None:
    stated = _edges("星河科技集团打造工业互联网平台。")
    assert stated <= _edges("星河科技集团没有停步，继续打造工业互联网平台。")


def test_words_that_only_look_like_negators_leave_the_relation() -> None:
    # 不断 (continually) and 未来 (the future) negate nothing
    assert ("数字经济", "DRIVES", "高质量发展") in _edges("数字经济不断推动高质量发展。")
    assert ("数字经济", "DRIVES", "高质量发展") in _edges("数字经济在未来推动高质量发展。")


def test_a_condition_and_its_consequence_are_no_denial() -> None:
    # 没有A就没有B states that B depends on A; the 没有 after 就 is no denial of an edge
    assert ("数字经济", "DRIVES", "高质量发展") in _edges(
        "没有创新就没有发展，数字经济推动高质量发展。")
