"""A、B两个基地, 甲镇、乙镇三个中心镇: a count of single things (``instance_classifiers``) of a
head that names a site or a place (``facility_heads``, ``instance_heads``) lists the sites one
by one, no kinds of the head. A count of kinds (三大, 四类) or of a head of no site keeps its
list."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_named_sites_counted_one_by_one_are_no_kinds() -> None:
    assert not _includes("以甲镇、乙镇、丙镇三个中心镇为重点，推进商贸改造。")
    assert not _includes("集团新设立潮汐能、氢燃料两个研发中心。")


def test_a_count_of_kinds_keeps_its_list() -> None:
    got = _includes("围绕茶叶、冷水鱼、中药材三大特色产业，推进融合发展。")
    assert ("特色产业", "冷水鱼") in got
    got = _includes("聚焦钢铁、石化、建材、有色四个重点行业。")
    assert ("重点行业", "建材") in got
