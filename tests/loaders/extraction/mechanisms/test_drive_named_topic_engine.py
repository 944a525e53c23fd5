"""A clause that only names a thing (A，) before a subjectless engine clause (正在成为B的动力源泉)
names the engine: A drives B. A clause of time or place (在此背景下，) or one that says how a
thing fares names no engine. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_named_topic_is_the_engine():
    assert ("乡村旅游", "山区经济发展") in _drives("乡村旅游，正在成为山区经济发展的持久动力源泉。")


def test_clause_of_place_names_no_engine():
    assert not _drives("在此背景下，是山区经济发展的动力源泉。")
