"""INCLUDES of activities under a head that only counts or groups them (等N场专题活动,
等系列专场活动): the event whose period the clause names owns them, else nobody does."""

import pytest

from ...extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text, owner, items", [
    # 会期: the meeting named before
    ("2025岚州博览会将于6月开幕。会期还将举办茶叶品鉴论坛、岚港物流洽谈会和“岚商回乡”座谈会等"
     "10场专题活动。", "2025岚州博览会", ("茶叶品鉴论坛", "岚港物流洽谈会")),
    # X期间: the event X takes up from its full name
    ("第二届“栖梧好茶”品鉴节开幕。品鉴节期间将陆续开展“茶农开讲”“老茶新泡”等系列专场活动。",
     "第二届“栖梧好茶”品鉴节", ("茶农开讲", "老茶新泡")),
])
def test_event_owns_programme(text: str, owner: str, items: tuple[str, ...]) -> None:
    got = _includes(text)
    for it in items:
        assert (owner, "INCLUDES", it) in got
    assert not any(e[0].endswith("活动") for e in got)


def test_programme_without_event_has_no_owner() -> None:
    got = _includes("恒拓集团组织茶艺展示、产品试饮、订单洽谈等专场活动。")
    assert not any(e[0].endswith("活动") for e in got)


@pytest.mark.parametrize("name, generic", [
    ("12场专题活动", True), ("系列专场活动", True), ("专场活动", True), ("三项主题活动", True),
    ("活动", False), ("文化体验活动", False), ("消费季", False),
])
def test_generic_programme_heads(name: str, generic: bool) -> None:
    from conceptkg.loaders.extraction.extract import get_lexicon
    from conceptkg.loaders.extraction.includes.activity_programmes import ActivityProgrammes

    assert ActivityProgrammes(get_lexicon(())).generic(name) is generic


@pytest.mark.parametrize("text, owner, items", [
    # the subject 活动 names the contents of the event the sentence opens with
    ("由恒拓集团主办的第三届岚州菌菇美食节于9月开幕，活动持续两周，涵盖菌菇宴评选、厨艺擂台、"
     "农家集市三大板块，吸引商户四百余家。", "第三届岚州菌菇美食节",
     ("菌菇宴评选", "厨艺擂台", "农家集市")),
    # a short subject takes up the full name of an earlier sentence
    ("第五届岚州茶文化节在东湾镇开幕。本届茶文化节由东湾镇文化站具体承办，活动包括茶园采摘体验、茶艺表演、"
     "非遗市集等，将持续至5月底。", "第五届岚州茶文化节", ("茶园采摘体验", "茶艺表演")),
    # the named thing the clause before held
    ("岚州市举办第三届岚州美食节，活动包括美食展销和厨艺大赛。", "第三届岚州美食节",
     ("美食展销", "厨艺大赛")),
])
def test_contents_belong_to_topic(text: str, owner: str, items: tuple[str, ...]) -> None:
    got = _includes(text)
    for it in items:
        assert (owner, "INCLUDES", it) in got


def test_contents_of_a_body_have_no_owner() -> None:
    # a body holds an unnamed meeting: neither the body nor the bare meeting owns the list
    got = _includes("恒拓集团召开年度会议，活动包括主题演讲和圆桌对话。")
    assert not any(e[0] in ("恒拓集团", "年度会议") for e in got)


@pytest.mark.parametrize("text", [
    "栖梧区企业服务驿站为入驻商户提供证照代办、用工对接、法律咨询等“一站式”服务。",
    "恒拓物流为茶企提供仓储分拣、冷链配送、跨境报关等综合性服务。",
])
def test_service_heads_of_manner_own_nothing(text: str) -> None:
    # a qualifier of manner or scope and 服务 name no whole of their own
    assert not any(e[0].endswith("服务") for e in _includes(text))


@pytest.mark.parametrize("text, owner, items", [
    # a subjectless clause of counted parts after a sentence that opens with a named event
    ("今天，2025“秋韵栖梧”乡村美食季在青禾镇启动。本次美食季由栖梧区农业农村局、区总工会共同主办，包括"
     "“村宴百桌”“菌菇进万家”和“夜市栖梧”三大主题活动。", "2025“秋韵栖梧”乡村美食季",
     ("村宴百桌", "菌菇进万家", "夜市栖梧")),
    ("恒拓竹木产业园由栖梧区国资公司开发运营，计划投资6亿元，分为原竹加工区和家居展销区两个功能区。",
     "恒拓竹木产业园", ("原竹加工区", "家居展销区")),
])
def test_counted_parts_belong_to_opening_topic(text: str, owner: str, items: tuple[str, ...]
                                               ) -> None:
    got = _includes(text)
    for it in items:
        assert (owner, "INCLUDES", it) in got


def test_counted_parts_after_a_body_have_no_owner() -> None:
    got = _includes("恒拓集团由岚州国资委控股，总资产20亿元，分为制造和贸易两大板块。")
    assert not any(e[0] == "恒拓集团" for e in got)


def test_contents_of_the_thing_just_built() -> None:
    got = _includes("建成镇“邻里守望”服务站，服务内容包括理发义剪、家电维修和课后托管。")
    assert any(e[0].endswith("“邻里守望”服务站") and e[2] == "理发义剪" for e in got)


def test_contents_after_a_body_built_nothing_named() -> None:
    got = _includes("建成三个站点，服务内容包括理发义剪和家电维修。")
    assert not any(e[2] == "理发义剪" for e in got)
