"""DRIVES whose object is a thing, one or two nominal activity words and a change word
(赋能甲生产运营提质增效): the activity words belong to the driven thing. Sentences of our own."""

from tests.loaders.extraction_helpers import driven_aliases as _drives


def test_activity_words_before_a_closing_change_word_stay_in_the_thing():
    got = _drives("园区以智能化手段赋能生产运营提质增效。")
    assert "生产" not in got
    assert "生产运营" in got and "生产运营提质增效" in got["生产运营"]


def test_a_plain_verb_or_an_unclosed_change_does_not_extend_the_thing():
    got = _drives("以冰雕节庆带动山货加快上行。")
    assert not any(name.startswith("山货加快") for name in got)
    got = _drives("以信息化手段赋能企业管理提质增效的路径探索。")
    assert not any("提质增效" in aliases for aliases in got.values())
