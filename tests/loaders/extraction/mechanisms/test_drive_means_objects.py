"""A clause of means that puts one named programme or facility in place (通过实施甲示范工程，
促进B; 乙县通过建设丙平台，带动B) hands it to the subjectless cue clause after it; the body
that acts does not drive. Without a named programme, the one thing the means clause's one task
works on drives (通过开展技能培训，促进B: 技能培训)."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_the_programme_of_a_means_clause_drives():
    got = _drives("栖梧区培育茶产业。通过实施栖梧茶旅融合示范工程，促进茶农增收。")
    assert any(s == "栖梧茶旅融合示范工程" for s, _ in got)


def test_not_the_body_that_acts():
    got = _drives("岚州加快乡村发展。岚州县通过建设恒拓数字乡村平台，带动农产品销售。")
    assert any(s == "恒拓数字乡村平台" for s, _ in got)
    assert not any(s == "岚州县" for s, _ in got)


def test_the_activity_of_a_means_clause_drives():
    got = _drives("岚州加快乡村发展。通过开展技能培训，促进农民增收。")
    assert ("技能培训", "农民增收") in got, got
