"""新模式 is a term like 新产业, 新业态 and 新动能 (lexicon.yaml), no stop head: a list of new
things a cue drives keeps it (催生A、新模式、B). A vague head alone (新机制) stays no target.
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_new_mode_in_a_list_of_new_things():
    got = _drives("量子技术突破催生了新岗位、新模式、新产业。")
    assert {("量子技术突破", "新产业"), ("量子技术突破", "新模式")} <= got


def test_vague_head_stays_no_target():
    assert ("量子技术突破", "新机制") not in _drives("量子技术突破催生了新机制。")
