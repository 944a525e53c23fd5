"""DRIVES whose object is a thing followed by a word of how it changes (带动A上行): the change
is part of the driven thing's alias. Sentences of our own."""

from tests.loaders.extraction_helpers import driven_aliases as _drives


def test_change_word_closing_the_object_is_driven_with_it():
    got = _drives("以冰雕节庆带动山货上行和游客回流。")
    assert "山货" in got and "山货上行" in got["山货"]
    got = _drives("以集群化发展带动全县竹编业提质增效，力争产值翻番。")
    assert "全县竹编业" in got and "全县竹编业提质增效" in got["全县竹编业"]


def test_change_word_not_closing_the_object_or_bare_growth_is_left_out():
    got = _drives("以冰雕节庆带动山货上行速度加快。")
    assert not any("山货上行" in aliases for aliases in got.values())
    got = _drives("以冰雕节庆带动山货上行的通道建设。")
    assert not any("山货上行" in aliases for aliases in got.values())
