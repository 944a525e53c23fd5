"""INCLUDES of activities under a head that only counts or groups them (等N场专题活动,
等系列专场活动): the event whose period the clause names owns them, else nobody does."""

import pytest

from ..extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text, owner, items", [
    # 会期: the meeting named before
    ("2025岚州博览会将于6月开幕。会期还将举办数字贸易论坛、岚港经贸交流会和“岚商回归”恳谈会等"
     "10场专题活动。", "2025岚州博览会", ("数字贸易论坛", "岚港经贸交流会")),
    # X期间: the event X takes up from its full name
    ("第二届“岚州好物”直播节开幕。直播节期间还将开展“村长带货”“老店新潮”等系列专场活动。",
     "第二届“岚州好物”直播节", ("村长带货", "老店新潮")),
])
def test_event_owns_programme(text: str, owner: str, items: tuple[str, ...]) -> None:
    got = _includes(text)
    for it in items:
        assert (owner, "INCLUDES", it) in got
    assert not any(e[0].endswith("活动") for e in got)


def test_programme_without_event_has_no_owner() -> None:
    got = _includes("恒拓集团组织政策宣讲、融资对接、人才招聘等专场活动。")
    assert not any(e[0].endswith("活动") for e in got)


@pytest.mark.parametrize("name, generic", [
    ("12场专题活动", True), ("系列专场活动", True), ("专场活动", True), ("三项主题活动", True),
    ("活动", False), ("文化体验活动", False), ("消费季", False),
])
def test_generic_programme_heads(name: str, generic: bool) -> None:
    from conceptkg.loaders.extraction.activity_programmes import ActivityProgrammes
    from conceptkg.loaders.extraction.extract import get_lexicon

    assert ActivityProgrammes(get_lexicon(())).generic(name) is generic


@pytest.mark.parametrize("text, owner, items", [
    # the subject 活动 names the contents of the event the sentence opens with
    ("由岚州市商务局主办的第二届岚州数字消费节于5月启动，活动为期一个月，涵盖直播带货、即时零售、"
     "数字文旅三大板块，参与企业超过800家。", "第二届岚州数字消费节",
     ("直播带货", "即时零售", "数字文旅")),
    # a short subject takes up the full name of an earlier sentence
    ("第五届岚州茶文化节在东湾镇开幕。本届茶文化节由东湾镇人民政府承办，活动包括茶园采摘体验、茶艺表演、"
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
    "岚州数字化转型促进中心为中小企业提供咨询评估、方案设计、人才培训等“一站式”服务。",
    "恒拓银行为企业提供融资规划、上市辅导、债券发行等综合性服务。",
])
def test_service_heads_of_manner_own_nothing(text: str) -> None:
    # a qualifier of manner or scope and 服务 name no whole of their own
    assert not any(e[0].endswith("服务") for e in _includes(text))


@pytest.mark.parametrize("text, owner, items", [
    # a subjectless clause of counted parts after a sentence that opens with a named event
    ("今天，2025“春游岚州”文旅消费季在东湾县启动。本次消费季由省文化和旅游厅、省商务厅联合主办，包括"
     "“百场演艺进景区”“千家民宿惠民游”和“夜游岚州”三大主题活动。", "2025“春游岚州”文旅消费季",
     ("百场演艺进景区", "千家民宿惠民游", "夜游岚州")),
    ("恒拓低空产业园由岚州城投集团投资建设，总投资20亿元，分为整机制造区和试飞测试区两个功能区。",
     "恒拓低空产业园", ("整机制造区", "试飞测试区")),
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
    got = _includes("建成镇“一老一小”服务中心，服务内容包括老年助餐、日间照料和课后托管。")
    assert any(e[0].endswith("“一老一小”服务中心") and e[2] == "老年助餐" for e in got)


def test_contents_after_a_body_built_nothing_named() -> None:
    got = _includes("建成三个站点，服务内容包括老年助餐和日间照料。")
    assert not any(e[2] == "老年助餐" for e in got)
