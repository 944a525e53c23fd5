"""A list's head closed by a word of how it fares (以A、B为代表的新型消费蓬勃兴起; the words of
``DRIVES.state_predicates``): the head ends before that word (``_before_predicate``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_state_word_closes_the_represented_head() -> None:
    got = _includes("以数字消费、绿色消费为代表的新型消费蓬勃兴起。")
    assert {("新型消费", "数字消费"), ("新型消费", "绿色消费")} <= got
    assert not any(s.endswith("兴起") for s, _t in got)


def test_a_head_without_a_state_word_stays_whole() -> None:
    got = _includes("以数字消费、绿色消费为代表的新型消费模式。")
    assert not any(s == "新型消费" for s, _t in got)
