"""X与A、B、C等H相结合 / 深度融合 / 不同: 与 before the first 、 of the list is a preposition,
and X is no item of H (rules/includes.py, comitative_preps and comitative_verbs). All texts
are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_thing_joined_to_the_list_is_no_item():
    got = _includes("算力与土地、资本、技术等传统要素相结合，释放出新的活力。")
    assert ("传统要素", "土地") in got
    assert not any("算力" in t for _, t in got)


def test_an_adverb_before_the_joining_verb_changes_nothing():
    got = _includes("数据要素一旦与劳动、资本、技术等传统要素深度融合，就会放大效率。")
    assert ("传统要素", "资本") in got
    assert not any(t.startswith("数据要素") for _, t in got)


def test_a_pronoun_joined_to_the_list_is_no_item():
    got = _includes("它与土地、资本、技术等传统要素结合后，能够提高配置效率。")
    assert ("传统要素", "土地") in got
    assert not any("它" in t for _, t in got)


def test_a_conjunction_without_such_a_verb_still_joins_items():
    got = _includes("风电与光伏、储能等新能源产业快速发展。")
    assert ("新能源产业", "光伏") in got
