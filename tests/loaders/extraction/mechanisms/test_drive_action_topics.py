"""DRIVES on sentences of our own: a clause that is only an action said as a noun, with no
word of manner (甲线的开通, 乙项目的落地: ``X的<action>``), is the topic the next clause
without subject goes on about; the whole phrase drives (X an alias of it). A 的-phrase whose last
word is no action (甲线的站点) names no such topic."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_an_action_said_as_a_noun_drives_through_the_next_clause():
    kg = extract("丙丁示范线的开通，也带动了上下游产业链加速集聚。")
    assert ("丙丁示范线的开通", "DRIVES", "上下游产业链") in edges(kg)
    assert "丙丁示范线" in next(n for n in kg.nodes() if n.name == "丙丁示范线的开通").aliases


def test_a_de_phrase_without_an_action_is_no_topic():
    got = _drives("丙丁示范线的站点，也带动了上下游产业链加速集聚。")
    assert not any(s.startswith("丙丁示范线") for s, _t in got)
