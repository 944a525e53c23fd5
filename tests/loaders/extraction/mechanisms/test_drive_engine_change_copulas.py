"""Verbs of becoming (变成, 变为) are copulas of the engine-noun frame: A正在变成B的动力源泉 is
A drives B, as A成为B的动力源泉 is; a noun that is no engine noun drives nothing. Sentences of
our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_becoming_an_engine():
    assert ("冰雪旅游", "山区经济发展") in _drives("冰雪旅游正在变成山区经济发展的动力源泉。")


def test_turned_into_an_engine():
    assert ("冰雪旅游", "山区经济发展") in _drives("冰雪旅游变为山区经济发展的新引擎。")


def test_becoming_no_engine():
    assert not _drives("冰雪旅游正在变成山区经济发展的难题。")
