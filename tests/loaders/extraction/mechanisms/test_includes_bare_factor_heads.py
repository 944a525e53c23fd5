"""A bare factor word closing a list of factors (土地、资金、人才等要素) owns the list, and under
a factor head the lexicon's bare factors (技术, 人才) are items (includes/etc_factor_heads.py).
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_bare_factor_word_owns_a_list_of_factors():
    got = _includes("多年来，土地、资金、人才等要素持续从县城流向省会。")
    assert {("要素", "土地"), ("要素", "资金"), ("要素", "人才")} <= got


def test_the_predicate_after_the_factor_word_is_no_part_of_it():
    got = _includes("土地、资金、技术等要素优先向山区倾斜。")
    assert ("要素", "技术") in got
    assert not any(s.startswith("要素优先") for s, _ in got)


def test_a_joining_verb_that_ends_the_clause_is_a_predicate():
    got = _includes("当算力与技术、资本、管理等要素深度融合，新业态便应运而生。")
    assert ("要素", "管理") in got


def test_a_compound_that_ends_the_clause_is_no_bare_factor_word():
    # 优化A、B等要素组合: the list qualifies the combination, no factor head of its own
    got = _includes("园区通过优化资金、数据、技术、管理等要素组合，提高配置效率。")
    assert not any(s == "要素" for s, _ in got)


def test_a_list_of_things_that_are_no_factors_keeps_the_old_reading():
    got = _includes("游客、车辆等要素流动日益频繁。")
    assert not any(s == "要素" for s, _ in got)


def test_bare_factors_are_items_of_a_factor_head():
    got = _includes("数据能够放大劳动、资本、技术等生产要素的配置效率。")
    assert ("生产要素", "技术") in got
