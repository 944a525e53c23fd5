"""What a DRIVES cue drives ends before a verb of where it goes (撬动社会资本投向X: 社会资本); a
figure of growth after it leaves the thing as an alias (带动A增长了6.8%: A); a bare group word
after a list names nothing but its items (带动A、B等业态成长: A, B). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.target).name: tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_verb_of_direction_ends_the_target():
    got = _drives("设立规模10亿元的海岛产业投资基金，引导社会资本投向海岛新兴产业。")
    assert "社会资本" in got and not any("投向" in t for t in got)


def test_growth_figure_leaves_the_thing_as_an_alias():
    got = _drives("去年的雾凇消费季带动山货零售额增长了6.8%。")
    assert any("山货零售额" in (t, *a) for t, a in got.items())


def test_bare_group_word_gives_only_its_items():
    got = _drives("雾岭文旅融合带动竹编展演、山货零售等业态加快成长。")
    assert {"竹编展演", "山货零售"} <= set(got) and "业态" not in got


def test_a_thing_before_a_verb_that_is_no_direction_stays_whole():
    got = _drives("雾岭文旅融合带动山货电商。")
    assert "山货电商" in got
