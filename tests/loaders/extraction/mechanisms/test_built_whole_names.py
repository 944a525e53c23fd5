"""Relative clauses of building whose verb is one of carrying out, making or setting up
(``A实施的X``, ``A研制的Y``, ``A负责施工的Z``), and the qualified thing's whole name up to its
predicate (``IMPLEMENTS.built_predicate_words``): sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_carried_out_project_keeps_both_parts_of_its_name():
    got = _impl("在北川市，南岭建材公司实施的余热回收和锅炉节能改造项目已完成设备招标。")
    assert ("南岭建材公司", "余热回收和锅炉节能改造项目") in got


def test_built_project_runs_past_a_facility_head():
    got = _impl("西港国际能源公司承建的海外风电场项目顺利并网，装机规模再创新高。")
    assert ("西港国际能源公司", "海外风电场项目") in got


def test_a_bracketed_abbreviation_stays_inside_the_name():
    got = _impl("北湾能源研究院牵头承担的燃煤电厂烟气余热梯级回收（FGHR）示范项目建成投运。")
    assert ("北湾能源研究院", "燃煤电厂烟气余热梯级回收（FGHR）示范项目") in got


def test_a_relative_clause_with_a_verb_of_construction_work():
    got = _impl("南岭路桥公司负责施工的东川抽水蓄能电站首台机组并网发电。")
    assert ("南岭路桥公司", "东川抽水蓄能电站") in got


def test_a_name_without_an_initiative_head_is_not_stretched():
    got = _impl("南岭建材公司实施的节能改造让能耗下降了一成。")
    assert not any(t.startswith("节能改造让") for _, t in got)


def test_a_place_before_the_verb_is_no_builder():
    got = _impl("北川市实施的余热回收和锅炉节能改造项目已完成设备招标。")
    assert not any(s == "北川市" and "改造项目" in t for s, t in got)
