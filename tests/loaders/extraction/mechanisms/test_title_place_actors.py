"""Title lines of plans on texts of our own: a city or county whose two characters no
dictionary joins into a word (子丑市, 寅卯县: the single characters' own tags say nothing) is a
place that carries out the plan its title names; in a city and district chain the district's
own plan is the district's. A title opening with a word that only ends in a level character
(城市更新…) names no place."""

from tests.loaders.extraction_helpers import file_edges


def _title_edges(tmp_path, title: str) -> set[tuple[str, str, str]]:
    text = f"{title}\n\n为加快发展，结合实际，制定本方案。\n"
    return {e for e in file_edges(tmp_path, text) if e[1] == "IMPLEMENTS"}


def test_an_unknown_city_or_county_carries_out_its_plan(tmp_path):
    assert ("子丑市", "IMPLEMENTS", "子丑市推进现代物流业发展行动方案") in \
        _title_edges(tmp_path, "子丑市推进现代物流业发展行动方案（2025—2027年）")
    assert ("寅卯县", "IMPLEMENTS", "寅卯县推进农村电商发展工作方案") in \
        _title_edges(tmp_path, "寅卯县推进农村电商发展工作方案（2025—2026年）")


def test_a_district_inside_a_city_carries_out_its_own_plan(tmp_path):
    got = _title_edges(tmp_path, "辰巳市午未区老旧街区改造工作方案")
    assert any(s == "午未区" for s, _r, _t in got)
    assert not any(s == "辰巳市" for s, _r, _t in got)


def test_a_word_ending_in_a_level_character_is_no_place(tmp_path):
    assert _title_edges(tmp_path, "城市更新推进工作方案") == set()
