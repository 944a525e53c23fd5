"""A process subject whose manner and action the segmenter keeps as one word (A的快速增长):
A drives, the whole phrase an alias. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _sources(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.source).name: tuple(kg.node(e.source).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_fused_manner_and_action_after_de_leave_the_thing_driving():
    got = _sources("今年以来，设备更新投资的快速增长有力拉动了全县工业投资。")
    assert "设备更新投资" in got
    assert "设备更新投资的快速增长" in got["设备更新投资"]


def test_a_bare_noun_after_de_is_no_process():
    got = _sources("今年以来，设备更新投资的主要方向有力拉动了全县工业投资。")
    assert "设备更新投资" not in got
