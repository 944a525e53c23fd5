"""INCLUDES on sentences of our own: a 等-list that is what a talk is about (围绕A、B等深入交流)
has no head; a talk noun after a list that another verb takes (深化A、B等交流) is read as before."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_topics_of_a_talk_have_no_head():
    got = _parts("岚州代表和恒拓集团代表围绕竹产业升级、山区物流提速等深入交流。")
    assert not any(s.endswith("交流") for s, _t in got)


def test_a_topic_opener_before_the_list():
    got = _parts("双方就竹编出口、茶叶贸易等交换意见。")
    assert not any(s.endswith("意见") for s, _t in got)
