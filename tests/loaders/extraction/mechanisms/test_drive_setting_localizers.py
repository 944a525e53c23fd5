"""为后续任务中A研制提供支撑: a setting closed by a localizer (中) at the start of what is
driven is no part of it (A研制 is driven; the whole phrase is an alias); a 中 inside a word
(城市中心区) is no localizer. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_setting_is_cut_off():
    got = _drives("新型材料为后续任务中电池研制提供重要支撑。")
    assert ("新型材料", "电池研制") in got


def test_zhong_inside_a_word_stays():
    assert ("数字经济", "城市中心区建设") in _drives("数字经济为城市中心区建设提供动力。")
