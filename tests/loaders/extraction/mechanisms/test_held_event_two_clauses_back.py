"""A clause-initial 包括 after a clause that says when an event is held: the event owns the
list, also with an adverb before 于 (X将于6月举办，包括A、B) and when the held clause has no
subject and the event opens the clause before it (X以Y为主题，将于6月举办，包括A、B). A body
that opens the clause before a verb (甲市推出X，将于…举办，包括A) owns nothing."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_an_adverb_before_yu_is_no_part_of_the_event():
    got = _includes("峰会将于6月在海州市举办，包括开幕式、平行论坛和成果发布会等。")
    assert ("峰会", "INCLUDES", "开幕式") in got
    assert ("峰会", "INCLUDES", "成果发布会") in got


def test_the_event_two_clauses_back_owns_the_list():
    got = _includes("论坛以“数字丝路 共创未来”为主题，将于6月在海州市举办，"
                    "包括开幕式、平行论坛和成果发布会等。")
    assert ("论坛", "INCLUDES", "开幕式") in got
    assert ("论坛", "INCLUDES", "平行论坛") in got


def test_a_body_that_acts_in_the_clause_before_owns_nothing():
    got = _includes("海州市推出惠民措施，将于6月举办，包括开幕式、平行论坛和成果发布会等。")
    assert not any(s.startswith("海州") for s, _, _ in got)
