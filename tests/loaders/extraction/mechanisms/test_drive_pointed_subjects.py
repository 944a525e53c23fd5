"""A driver named by a pointing word and a head (这个产业园, 该工程) is the thing the text named
before with that head; a pronoun before an engine frame (它正在成为B的引擎) stands for the subject
of the clause before. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_pointing_phrase_stands_for_the_thing_named_before():
    got = _drives("我们要建设雾岭智能装备产业园。这个产业园是我们推动县域经济转型升级的主引擎。")
    assert ("雾岭智能装备产业园", "县域经济转型升级") in got
    got = _drives("甲公司启动“百站储能”配套工程。该工程将有效平抑出力波动，"
                  "并带动本地运维服务产业发展。")
    assert any(s == "百站储能配套工程" for s, _ in got)


def test_pointing_phrase_without_anything_named_before_drives_nothing():
    got = _drives("这个产业园是我们推动县域经济转型升级的主引擎。")
    assert not any("产业园" in s for s, _ in got)


def test_pronoun_before_an_engine_frame():
    got = _drives("海洋牧场本身就是渔业的新形态，它正在成为推动渔业转型的核心引擎。")
    assert ("海洋牧场", "渔业转型") in got
