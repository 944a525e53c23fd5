"""DRIVES on sentences of our own: a clause that is only an action said as a noun, with no
word of manner (甲线的开通, 乙项目的落地: ``X的<action>``), is the topic the next clause
without subject goes on about; the whole phrase drives (X an alias of it). An action of a
pronoun (它的开通) names nothing that drives."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_an_action_said_as_a_noun_drives_through_the_next_clause():
    kg = extract("丙丁货运专线的开通，也带动了沿线冷链仓储加速集聚。")
    assert ("丙丁货运专线的开通", "DRIVES", "沿线冷链仓储") in edges(kg)
    assert "丙丁货运专线" in next(n for n in kg.nodes() if n.name == "丙丁货运专线的开通").aliases


def test_an_action_of_a_pronoun_drives_nothing():
    assert _drives("它的开通，也带动了沿线冷链仓储加速集聚。") == set()
