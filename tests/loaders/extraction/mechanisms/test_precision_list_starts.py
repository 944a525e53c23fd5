"""List starts and actors of the tenth round on sentences of our own: a one-character verb
and its complement (补上A、B), or a verbal noun after an adverb (共设置A、B), is no part of the
first item; a partner before a word of joining, or a date split into a figure and its unit,
stands before an actor that still acts."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[str]:
    return {e[2] for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_verb_and_its_complement_open_no_item():
    # (a head of its own: 等短板 names a difficulty, which owns no list — outside_heads)
    got = _includes("临江县加快补上渔港码头、冷库仓储、物流配送等薄弱领域。")
    assert "渔港码头" in got and not any(x.startswith("补") for x in got)


def test_a_verbal_noun_after_an_adverb_opens_no_item():
    got = _includes("展会共设置渔具展示、茶艺表演、美食品鉴三大板块。")
    assert "渔具展示" in got and not any(x.startswith("设置") for x in got)
    # without the adverb the verbal noun stays (the counted list keeps its first item whole)
    got = _includes("展会设置渔具展示、茶艺表演、美食品鉴三大板块。")
    assert "设置渔具展示" in got or "渔具展示" in got


def test_an_actor_with_a_partner_and_a_word_of_joining_acts():
    got = edges(extract("甲方同乙方携手实施三大工程。"))
    assert ("甲方", "IMPLEMENTS", "三大工程") in got
    # a partner without a word of joining or intent: no act read
    assert not any(e[1] == "IMPLEMENTS" for e in edges(extract("甲方同乙方实施三大工程。")))


def test_a_date_split_into_a_figure_and_its_unit_opens_no_actor():
    got = edges(extract("2026年我国将推行有力的就业政策。"))
    assert ("我国", "IMPLEMENTS", "就业政策") in got
    # a figure with another unit is no date: it stays in the subject
    assert any(e[0] == "2026项措施" for e in edges(extract("2026项措施推动渔业升级。")))
