"""DRIVES between phrases the lexicon does not know (made-up sentences)."""

import pytest

from ..extraction_helpers import edges, extract


@pytest.mark.parametrize("text, expected", [
    # any phrase before the cue drives each phrase after it
    ("好山好水带动乡村民宿经济。", {("好山好水", "DRIVES", "乡村民宿经济")}),
    ("冰雪运动热潮有力拉动冬季消费、促进就业。",
     {("冰雪运动热潮", "DRIVES", "冬季消费"), ("冰雪运动热潮", "DRIVES", "就业")}),
    # the instrument of 以…推动
    ("各地以数字技术改造推动传统工厂升级。", {("数字技术改造", "DRIVES", "传统工厂升级")}),
    # A对于拉动B、促进C起了作用
    ("夜市的繁荣对于拉动夜间消费、促进灵活就业都起了重要作用。",
     {("夜市的繁荣", "DRIVES", "夜间消费"), ("夜市的繁荣", "DRIVES", "灵活就业")}),
    # 以A为引领的B
    ("推动企业开展以数字化为引领的车间改造。", {("数字化", "DRIVES", "车间改造")}),
])
def test_drives_between_unknown_phrases(text, expected):
    assert expected <= edges(extract(text))


def test_launched_thing_drives_the_next_clause():
    got = edges(extract("海州市推出12项便民举措，促进营商环境优化。"))
    assert ("12项便民举措", "DRIVES", "营商环境优化") in got or \
        ("便民举措", "DRIVES", "营商环境优化") in got


@pytest.mark.parametrize("text", [
    "国务院推动营商环境优化。",          # an organisation does not drive (it implements)
    "要推动乡村民宿经济发展。",          # an order has no subject
    "推动乡村民宿经济发展。",            # no subject at all
    "绿色转型是推动高端制造的内在要求。",  # 是…的要求 is no driving relation
    "张三带动了村民致富。",              # a person is no driver
])
def test_no_drives_without_a_thing_as_subject(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_unknown_phrases_get_lower_confidence_than_lexicon_terms():
    kg = extract("数字经济推动高质量发展。好山好水带动乡村民宿经济。")
    conf = {(kg.node(e.source).name, kg.node(e.target).name): e.confidence for e in kg.edges()}
    assert conf[("好山好水", "乡村民宿经济")] < conf[("数字经济", "高质量发展")]


@pytest.mark.parametrize("text, expected", [
    # what a launch verb names drives what the next clause names, whoever launched it
    ("入冬以来，临江密集推出冰雕灯会活动，持续激发冬季文旅热度。",
     ("冰雕灯会活动", "DRIVES", "冬季文旅热度")),
    # A 是/成为 (推动)B 的 (重要)引擎, also with an engine noun the segmenter splits
    ("智能仓储正在成为加快港口物流升级的重要驱动力。",
     ("智能仓储", "DRIVES", "港口物流升级")),
    ("山区民宿集群成为县域旅游产业的重要增长引擎。",
     ("山区民宿集群", "DRIVES", "县域旅游产业")),
    # a time-tagged word that names a thing stays in the phrase
    ("冰雪运动激发假日出游热情。", ("冰雪运动", "DRIVES", "假日出游热情")),
])
def test_drives_v2_readings(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    # construction by an actor, then 将助力: the actor helps, not what it builds
    "园区着力构建两大制造集群，将进一步助力湾区协同发展。",
    # a pronoun (各地) stands for actors
    "各地正在推动遥感技术在林区普及。",
    # a person is no engine
    "李明成为合作社发展的主心骨和重要支柱。",
])
def test_no_drives_v2_readings(text):
    assert not {e for e in edges(extract(text)) if e[1] == "DRIVES"}


@pytest.mark.parametrize("text, expected", [
    # 以A推进B: after an instrument a verb of progress is a cue too (the adverb is left out)
    ("要以遥感监测全面推进林业治理。", ("遥感监测", "DRIVES", "林业治理")),
    # 加强X，为Y注入动力: what the clause before sets about drives Y
    ("两市要加强文旅合作，为城市友好注入新动力。", ("文旅合作", "DRIVES", "城市友好")),
])
def test_drives_instrument_and_task(text, expected):
    assert expected in edges(extract(text))


def test_progress_verb_without_instrument_is_no_cue():
    # 推进 alone is what an actor does (IMPLEMENTS), never DRIVES
    assert not {e for e in edges(extract("市政府加快推进林业治理。")) if e[1] == "DRIVES"}


def test_represented_list_is_no_instrument_for_the_next_clause():
    got = edges(extract("加快以充电桩、换电站为代表的新型设施建设，推动充电桩向乡镇延伸。"))
    assert not {e for e in got if e[1] == "DRIVES" and e[0] in ("充电桩", "换电站")}


def test_engine_clause_without_subject_takes_the_topic_before():
    got = edges(extract("今年以来本市会展业开局良好，仍是城市服务业增长的最大引擎。"))
    assert ("本市会展业", "DRIVES", "城市服务业增长") in got


def test_thing_built_without_object_drives_the_next_clause():
    got = edges(extract("与此同时，山区电商服务体系加快建设，有效拉动山货销售。"))
    assert ("山区电商服务体系", "DRIVES", "山货销售") in got
