"""Whose plan a title line names: a city followed by a district or county (``甲市乙区X工作方案``)
is the lower place's plan; a place of two characters no dictionary knows before 市, 县 or 区
(``place_levels``, ``minor_place_suffixes``) is a place, its government the plan's actor."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_the_district_after_its_city_owns_the_plan():
    got = _impl("柘城市椿溪区城市更新2025年度工作方案\n\n为推进我区城市更新工作，制定本方案。")
    assert any(s == "椿溪区" and t.endswith("城市更新2025年度工作方案") for s, _, t in got)
    assert not any(s == "柘城市" for s, _, t in got)


def test_an_unknown_city_before_its_plan_acts():
    # (卧 opens the name: the segmenter reads no place in it)
    got = _impl("卧川市推进先进制造业集群发展行动方案（2025—2027年）\n\n为加快发展，制定本方案。")
    assert ("卧川市", "IMPLEMENTS", "卧川市推进先进制造业集群发展行动方案") in got


def test_an_unknown_county_before_its_plan_acts():
    got = _impl("歇山县推进县域商业体系建设工作方案（2025—2026年）\n\n为畅通城乡流通，制定本方案。")
    assert ("歇山县", "IMPLEMENTS", "歇山县推进县域商业体系建设工作方案") in got


def test_a_title_opening_with_no_place_names_no_actor():
    # 数字 is a word of the dictionary: 数字县 is no place
    got = _impl("数字县域建设三年行动方案（2025—2027年）\n\n为推进数字县域建设，制定本方案。")
    assert not any(t.startswith("数字县域建设") for _, _, t in got)
