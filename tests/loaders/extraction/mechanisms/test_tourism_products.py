"""What a culture and tourism body puts out: a quoted route after a verb of launching
(``推出“X”入境旅游线路``: ``quoted_product_heads`` 线路, ``quoted_product_verbs`` 开发), a resort
it builds (``facility_heads`` 度假区), a brand it releases anew (``全新发布``: 全新 among
``manner_nouns``); a verb of doing (开展) is no part of a facility's name."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


_SUMMARY = "松岭省文化和旅游厅2025年工作计划\n\n"


def test_a_quoted_route_launched_is_a_programme():
    got = _impl(_SUMMARY + "我厅将推出“松岭48小时”入境旅游线路等产品，在主要口岸增设外卡受理点。")
    assert ("松岭省文化和旅游厅", "IMPLEMENTS", "松岭48小时入境旅游线路") in got


def test_a_quoted_route_developed_is_a_programme():
    got = _impl("省文化和旅游厅将开发“银发漫游”康养旅游线路，推出温泉疗养等特色产品。")
    assert ("省文化和旅游厅", "IMPLEMENTS", "银发漫游康养旅游线路") in got


def test_a_route_without_a_launching_verb_stays_bare():
    got = _impl("省文化和旅游厅介绍，“银发漫游”康养旅游线路很受欢迎。")
    assert not any("线路" in t for _, _, t in got)


def test_a_resort_built_is_carried_out_by_its_builder():
    got = _impl("省文旅投资集团牵头打造椿溪湖国家级旅游度假区，景区年接待游客突破500万人次。")
    assert ("省文旅投资集团", "IMPLEMENTS", "椿溪湖国家级旅游度假区") in got


def test_a_brand_released_anew_is_the_subjects():
    got = _impl(_SUMMARY + "5月，我厅在省会举行推介大会，全新发布“山海松岭”文旅品牌。")
    assert ("松岭省文化和旅游厅", "IMPLEMENTS", "山海松岭文旅品牌") in got


def test_kaizhan_opens_no_facility_name():
    types = node_types(extract(_SUMMARY + "开展省级文物保护利用示范区创建，支持古村落活化利用。"))
    assert not any(n.startswith("开展") for n in types)
