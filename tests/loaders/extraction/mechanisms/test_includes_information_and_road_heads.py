"""Heads that say what is known, faced or used about the listed things (等信息, 等突出问题,
等多种渠道: ``about_list_tails``) and heads that name roads or sites (等道路, 等服务点位:
``outside_heads``) own no list, nor does X in A、B等X的关键问题; a head of a kind still does."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_information_about_items_is_no_whole():
    got = _parts("双方将共建“岚医通”平台，实现检验报告、影像资料、用药记录等信息互认共享。")
    assert not any(s.endswith("信息") for s, _t in got)


def test_problems_of_items_are_no_whole():
    got = _parts("帮助园区企业化解审批、物流、人才等突出问题。")
    assert not any(s.endswith("问题") for s, _t in got)


def test_channels_are_no_whole():
    got = _parts("各乡镇要借助广播、短视频、宣传栏等多种渠道开展政策解读。")
    assert not any(s.endswith("渠道") for s, _t in got)


def test_roads_and_sites_are_no_whole():
    got = _parts("岚州打通纬七路、兴业大道等6条道路，设置充电桩、饮水机等服务点位20个。")
    assert not any(s.endswith(("道路", "点位")) for s, _t in got)


def test_a_kind_head_still_owns_its_list():
    got = _parts("岚州推广社区团购、即时配送等新型消费业态。")
    assert ("新型消费业态", "社区团购") in got


def test_problems_of_a_thing_after_de_are_no_whole():
    got = _parts("围绕种苗繁育、病虫防治、品牌营销等柑橘产业发展的关键问题，岚州出台专项方案。")
    assert not any(s.startswith("柑橘产业") for s, _t in got)
