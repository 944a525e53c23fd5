"""Counted measures: ``出台N条…(的)措施`` names one thing, even with a verb inside it."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def test_counted_measures_with_a_drive_verb_are_one_name() -> None:
    got = edges(extract("青禾市商务局发布22条推动夜间消费回暖的政策举措。"))
    whole = "22条推动夜间消费回暖的政策举措"
    assert ("青禾市商务局", "IMPLEMENTS", whole) in got
    assert (whole, "DRIVES", "夜间消费回暖") in got
    assert not any(t in ("22条", "政策举措") for _s, _r, t in got)


def test_counted_measures_without_de() -> None:
    got = edges(extract("青禾市推出15项促进县域商业发展政策措施。"))
    whole = "15项促进县域商业发展政策措施"
    assert ("青禾市", "IMPLEMENTS", whole) in got
    assert (whole, "DRIVES", "县域商业发展") in got


def test_plain_counted_measures_keep_their_name() -> None:
    got = edges(extract("青禾市出台12项便企服务措施。"))
    assert ("青禾市", "IMPLEMENTS", "12项便企服务措施") in got
    assert not any(r == "DRIVES" for _s, r, _t in got)


def test_no_measure_head_no_counted_name() -> None:
    # the clause does not end in a head of measures: no name running over the verb
    got = edges(extract("青禾市推出22条推动夜间消费回暖。"))
    assert not any(t.startswith("22条推动") for _s, _r, t in got)


def test_a_list_inside_is_no_counted_name() -> None:
    got = edges(extract("青禾市出台3项措施、5个专项计划。"))
    assert not any("、" in t for _s, _r, t in got)
