"""IMPLEMENTS on sentences of our own: the aspect of an action after 的 (X建设的关键, 核心) is no
thing that a body builds."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_key_of_building_is_no_programme():
    found = edges(extract("在青禾集团看来，数字化牧场建设的核心，是让每头牛的信息可追溯。"))
    assert not any(r == "IMPLEMENTS" and t in ("关键", "核心") for _s, r, t in found)
