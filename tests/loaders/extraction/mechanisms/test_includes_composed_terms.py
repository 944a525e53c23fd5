"""Compositions on sentences of our own: a lexicon term made of generic words (生产力) that a
sentence says is made of parts (``X由A、B和C(三个基本要素)构成``) owns the parts, not the counted
unit after them; a generic subject the lexicon does not know (体系, 平台) still owns nothing."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_known_generic_term_owns_the_parts_it_is_made_of():
    got = _incl("按照这种看法，生产力由智能装备、复合材料和工业软件三个基本要素构成。")
    assert ("生产力", "INCLUDES", "智能装备") in got
    assert ("生产力", "INCLUDES", "复合材料") in got
    assert not {e for e in got if "要素" in e[0]}


def test_a_known_generic_term_without_a_count():
    got = _incl("生产力由智能装备、复合材料和工业软件组成。")
    assert {e[2] for e in got if e[0] == "生产力"} >= {"智能装备", "复合材料"}


def test_an_unknown_generic_subject_owns_nothing():
    assert not _incl("体系由智能装备、复合材料和工业软件组成。")
    assert not _incl("平台由智能装备、复合材料和工业软件组成。")

