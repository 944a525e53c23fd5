"""What a DRIVES cue drives ends before a verb of where it goes (撬动社会资本投向X: 社会资本); a
figure of growth after it leaves the thing as an alias (带动A增长了9.5%: A); a bare group word
after a list names nothing but its items (带动A、B等业态成长: A, B). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.target).name: tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_verb_of_direction_ends_the_target():
    got = _drives("湖城出资组建文旅发展基金，撬动民间资本流向乡村民宿项目。")
    assert "民间资本" in got and not any("流向" in t for t in got)


def test_growth_figure_leaves_the_thing_as_an_alias():
    got = _drives("湖城美食节带动餐饮营业额增长了12.5%。")
    assert any("餐饮营业额" in (t, *a) for t, a in got.items())


def test_bare_group_word_gives_only_its_items():
    got = _drives("湖区夜游带动灯光表演、水上市集等业态快速成长。")
    assert {"灯光表演", "水上市集"} <= set(got) and "业态" not in got


def test_a_thing_before_a_verb_that_is_no_direction_stays_whole():
    got = _drives("湖区夜游带动水上市集。")
    assert "水上市集" in got
