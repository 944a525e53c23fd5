"""DRIVES of an event of people or things counted before it (带动超过3万户农户增收, 带动周边300多
名群众就近就业): the count is how many, no part of the driven event; what people do is its
alias. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.target).name: tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_count_before_the_actors_of_an_event_is_left_out():
    got = _drives("湖区稻虾共养带动超过4000户渔户增收。")
    assert "渔户增收" in got
    got = _drives("湖区渔具作坊带动沿湖500余名村民就近就业。")
    assert "村民就近就业" in got and "就近就业" in got["村民就近就业"]


def test_a_count_without_an_event_after_it_is_kept_as_it_was():
    got = _drives("雾岭竹编工坊带动3000名群众。")
    assert not any("群众" in t for t in got)
    got = _drives("雾岭茶旅融合带动茶叶销售增长20%。")
    assert not any(t.startswith("20") for t in got)
