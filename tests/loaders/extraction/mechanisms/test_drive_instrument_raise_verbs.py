"""以A提升B, 以A培育B (``DRIVES.instrument_end_verbs``): after an instrument a verb of raising
makes A drive B when the clause holds no cue of its own and a noun follows the verb; 以A提升促进B
keeps A提升 as the instrument, and a 以 with no object after the verb drives nothing. Sentences of
our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_instrument_and_verb_of_raising():
    assert ("储能配套", "电网调节能力") in _drives("以储能配套提升电网调节能力。")


def test_instrument_and_cultivate():
    assert ("冰雪经济", "消费增长新动能") in _drives("以冰雪经济培育消费增长新动能。")


def test_a_cue_after_the_raising_verb_keeps_it_in_the_instrument():
    got = _drives("以技能提升促进稳定就业。")
    assert ("技能提升", "稳定就业") in got
    assert ("技能", "稳定就业") not in got


def test_no_object_after_the_verb():
    assert not _drives("一个规模以万计、参与意愿日益增强的志愿者群体，正在形成。")
