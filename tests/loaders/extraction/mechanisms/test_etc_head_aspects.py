"""等-lists on sentences of our own: an aspect word (供需, 物流) or a word of manner in 化 after the
nouns of the head ends the head before a word that names no kind of thing; an aspect word that
ends the phrase, or one before a kind of thing, stays in the head."""

from tests.loaders.extraction_helpers import edges, extract


def _heads(text: str) -> set[str]:
    return {e[0] for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_an_aspect_after_the_head_is_cut():
    assert _heads("青岚县加强稻谷、玉米等口粮供需调度。") == {"口粮"}
    assert _heads("去年，松果、榛子等山货物流需求量明显上升。") == {"山货"}


def test_a_manner_in_hua_before_a_verb_is_cut():
    assert _heads("机器人在纺织、五金等传统行业规模化部署加快。") == {"传统行业"}


def test_an_aspect_that_ends_the_phrase_or_names_a_kind_stays():
    assert _heads("临溪区建设甲港、乙港等冷链物流。") == {"冷链物流"}
    assert _heads("临溪区建设甲港、乙港等物流园区。") == {"物流园区"}
