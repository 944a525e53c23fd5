"""A body that a task enables (``支持甲厅组建X``: after a word of
``IMPLEMENTS.enabling_verbs``) acts in that sentence only: it does not become the body the
paragraph's later subjectless sentences are about. Sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_an_enabled_body_does_not_carry_into_the_next_sentence():
    got = _impl("鼓励快递企业开通无人机物流航线；支持省卫生健康委组建航空医疗救护队伍。"
                "在北湖、南山开展城市空中通勤试点，有序开通跨市短途航线。")
    assert not any(s == "省卫生健康委" and "通勤试点" in t for s, t in got)


def test_a_body_that_opens_the_sentence_still_carries():
    got = _impl("省卫生健康委组建航空医疗救护队伍。在北湖、南山开展城市空中通勤试点。")
    assert ("省卫生健康委", "城市空中通勤试点") in got
