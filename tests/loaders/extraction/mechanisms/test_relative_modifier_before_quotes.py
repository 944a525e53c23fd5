"""A relative modifier before a quoted name (``推出覆盖X的“A”“B”``) is no part of the name: each
quoted name is what was launched."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_the_quoted_names_after_a_relative_modifier():
    impl = _impl("恒拓银行推出覆盖农户生产周期的“春耕贷”“丰收贷”。")
    assert {b for _, b in impl} == {"春耕贷", "丰收贷"}


def test_a_programme_after_a_quoted_modifier_keeps_its_name():
    assert ("恒拓银行", "普惠金融计划") in _impl("恒拓银行推出以“星火”为品牌的普惠金融计划。")
