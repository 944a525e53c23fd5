"""Owners of a subjectless list read from the clauses before it: a sentence opened by people
(记者从X了解到) has no Initiative as its opening topic (``topic_contents._opening_topic``); a noun
counted after a word of total (X共12个，其中包括A、B) owns the list
(``cue_owners._postposed_count``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_reporter_owns_no_list() -> None:
    got = _includes("记者从第三届岚州博览会上了解到，本届博览会已组织超460场贸易促进活动，"
                    "涵盖项目路演、专家问诊、样品试用等。")
    assert not any(s == "记者" for s, _t in got)


def test_an_opening_initiative_still_owns_a_counted_list() -> None:
    got = _includes("第三届岚州美食节于9月开幕，活动持续两周，包括美食展销、厨艺比拼两大板块。")
    assert ("第三届岚州美食节", "美食展销") in got or ("岚州美食节", "美食展销") in got


def test_a_noun_counted_after_a_word_of_total_owns_the_list() -> None:
    got = _includes("岚州今年开工民生项目共12个，其中包括岚江大桥、岚州体育中心。")
    assert ("民生项目", "岚江大桥") in got


def test_a_total_with_no_noun_before_it_owns_nothing() -> None:
    got = _includes("今年共开工12个，其中包括岚江大桥、岚州体育中心。")
    assert not any(s.startswith("今年") for s, _t in got)
