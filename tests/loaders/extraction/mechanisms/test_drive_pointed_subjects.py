"""A driver named by a pointing word and a head (这个产业园, 该工程) is the thing the text named
before with that head; a pronoun before an engine frame (它正在成为B的引擎) stands for the subject
of the clause before. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_pointing_phrase_stands_for_the_thing_named_before():
    got = _drives("湖城规划建设滨湖光电产业园。这个产业园将是带动全区制造业升级的新引擎。")
    assert ("滨湖光电产业园", "全区制造业升级") in got
    got = _drives("乙集团启动“千塔微网”改造工程。该工程投用后可降低线损，"
                  "同时带动本地电气安装产业发展。")
    assert any(s == "千塔微网改造工程" for s, _ in got)


def test_pointing_phrase_without_anything_named_before_drives_nothing():
    got = _drives("这个产业园将是带动全区制造业升级的新引擎。")
    assert not any("产业园" in s for s, _ in got)


def test_pronoun_before_an_engine_frame():
    got = _drives("海洋牧场本身就是渔业的新形态，它正在成为推动渔业转型的核心引擎。")
    assert ("海洋牧场", "渔业转型") in got
