"""INCLUDES on sentences of our own: 该H before an including verb (该工程涵盖A、B) points back at
the name just launched that ends with H, also when a word of that name reads as a verb (协同
发展) or the segmenter glues an adverb to the launching verb (全面实施); a 该H with no such
name before it owns no list."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_determiner_points_back_at_the_launched_name():
    got = _parts("全面实施“甲乙”协同发展工程，该工程涵盖乡村民宿、非遗工坊、农事体验三个方向。")
    assert {("甲乙协同发展工程", "乡村民宿"), ("甲乙协同发展工程", "农事体验")} <= got


def test_no_name_before_no_owner():
    got = _parts("该工程涵盖乡村民宿、非遗工坊、农事体验三个方向。")
    assert not any(s == "工程" for s, _t in got)
