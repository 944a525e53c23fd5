"""News sentences: a reporter's source is no actor, and measures put out with no actor of their
own drive what the last clause promotes (unless the clause was a task of its own)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def test_a_reporter_and_his_source_are_no_actor() -> None:
    got = edges(extract("记者从青禾市多部门了解到，今年将出台多项举措，促进县域消费回暖。"))
    assert not any(r == "IMPLEMENTS" and "记者" in s for s, r, _t in got)
    assert ("多项举措", "DRIVES", "县域消费回暖") in got


def test_a_task_verb_before_the_measure_verb_makes_two_tasks() -> None:
    got = edges(extract("要加快落实青禾合作规划，推动两地共识落地见效。"))
    assert not any(r == "DRIVES" and s == "青禾合作规划" for s, r, _t in got)


def test_counted_parties_keep_their_place_name() -> None:
    got = edges(extract("青禾市三部门联合推出惠企措施。"))
    assert ("青禾市三部门", "IMPLEMENTS", "惠企措施") in got
