"""A clause that tells of an event (X项目集中开业, 多家首店亮相) before an including verb names no
whole of the list after it (``event_close_verbs``): no phrase ending in the event verb owns
A, B. A noun subject of the including verb still owns its list."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_an_event_is_no_whole():
    got = _includes("甲区文化项目集中开业，包含剧场、书店和美术馆。"
                    "多家首店亮相，涵盖轻奢、运动和餐饮。")
    assert not any(s.endswith(("开业", "亮相")) for s, _, _ in got)


def test_a_noun_subject_still_owns_its_list():
    got = _includes("该园区涵盖剧场、书店和美术馆。")
    assert ("园区", "INCLUDES", "书店") in got
