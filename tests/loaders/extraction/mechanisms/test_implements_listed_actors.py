"""Bodies listed at the opening of a clause all act in the task of a later clause without a
subject (甲省、乙省紧密结合实际，组织开展X宣讲); outreach talks (宣讲) are an initiative a body
organises. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_every_listed_body_carries_out_the_task():
    got = edges(extract("连日来，江苏、浙江、安徽紧密结合实际，组织开展形式多样的基层宣讲。"))
    for body in ("江苏", "浙江", "安徽"):
        assert any(s == body and t == "IMPLEMENTS" and o.endswith("基层宣讲") for s, t, o in got)


def test_a_list_that_ends_in_no_body_stops_there():
    got = edges(extract("江苏、广大群众紧密结合实际，组织开展基层宣讲活动。"))
    assert not any(s == "广大群众" for s, _, _ in got)


def test_reported_speech_still_names_no_actor():
    got = edges(extract("江苏、浙江表示，要组织开展基层宣讲活动。"))
    assert not any(t == "IMPLEMENTS" for _, t, _ in got)
