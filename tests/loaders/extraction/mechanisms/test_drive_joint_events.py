"""DRIVES targets on sentences of our own: two things a join links (与, 和) and a word of their
joint change closing the object (深度融合, 协同发展: ``joint_tails``) are one event, driven
whole, not the first thing alone; an object with a figure, a 的-phrase or a verb of its own
is no such event."""

from tests.loaders.extraction_helpers import edges, extract


def _targets(text: str) -> set[str]:
    return {t for _s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_a_joint_change_is_driven_whole():
    got = _targets("支持甲集团开发“乙丙”研学线路，推动农业与教育深度融合。")
    assert "农业与教育深度融合" in got
    assert "农业" not in got


def test_an_object_with_a_de_phrase_is_no_joint_event():
    got = _targets("支持甲集团开发“乙丙”研学线路，推动农业与教育的深度融合。")
    assert "农业与教育的深度融合" not in got
