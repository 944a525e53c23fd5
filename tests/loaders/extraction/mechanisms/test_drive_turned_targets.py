"""推动A向B转型, 带动A向上游延伸: the change of direction is driven; A names it and the whole
phrase is its alias (annotators name either). Not when a figure or a second clause follows.
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.target).name: tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_change_of_direction_is_driven_with_its_thing_named():
    got = _drives("业内认为，新型电池的量产，会推动湖城储能产业链向下游延伸。")
    assert any("储能产业链向下游延伸" in x for t, a in got.items() for x in (t, *a))


def test_change_of_direction_with_a_figure_gives_nothing():
    got = _drives("新型电池的量产，会推动湖城储能产业链向下游延伸30公里。")
    assert not any("储能产业链" in t for t in got)
