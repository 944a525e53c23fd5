"""A quotation mark of speech holds clauses, not a name (extraction/discourse/speech_quotes.py): an
opening mark not closed in its sentence (a paragraph of speech) and a pair after a colon that
closes the sentence are cut into clauses like any text; a quoted name with a comma inside stays
one name. Sentences of our own."""

from conceptkg.loaders.extraction.discourse.context import clause_spans
from conceptkg.loaders.extraction.discourse.speech_quotes import speech_marks
from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_spans(text, 0, len(text))]


def test_unclosed_quote_of_speech_is_cut_into_clauses():
    text = "“对沿海小城来说，渔港经济就是城镇发展的第一引擎。"
    assert _clauses(text)[0] == "“对沿海小城来说"
    assert ("渔港经济", "城镇发展") in _drives(text)


def test_unclosed_quote_with_instrument_in_a_later_clause():
    got = _drives("“设备改造不是简单的以新换旧，而是以工艺创新带动生产方式的整体跃升。")
    assert ("工艺创新", "生产方式的整体跃升") in got


def test_quoted_speech_after_a_colon_is_cut():
    text = "他说：“对沿海小城来说，渔港经济就是城镇发展的第一引擎。”"
    assert len(_clauses(text)) >= 3
    assert ("渔港经济", "城镇发展") in _drives(text)


def test_quoted_name_with_a_comma_stays_whole():
    text = "该区推出“百企焕新，千家提质”行动，带动制造业升级。"
    assert not speech_marks(text, 0, len(text))
    assert any("百企焕新，千家提质" in c for c in _clauses(text))


def test_closed_quote_not_after_a_colon_is_no_speech():
    text = "他提出“先试点，后推广”的思路，带动全县改革。"
    assert not speech_marks(text, 0, len(text))


def test_short_quoted_name_is_no_speech():
    text = "实施数字经济“一号工程”，带动产业升级。"
    assert not speech_marks(text, 0, len(text))
