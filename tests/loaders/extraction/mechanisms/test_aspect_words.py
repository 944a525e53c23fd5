"""IMPLEMENTS on sentences of our own: the aspect of an action after 的 (X建设的关键, 核心) is no
thing that a body builds."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_key_of_building_is_no_programme():
    found = edges(extract("在恒拓集团看来，智慧型医院建设的关键，就是要让医疗数据流动起来。"))
    assert not any(r == "IMPLEMENTS" and t in ("关键", "核心") for _s, r, t in found)
