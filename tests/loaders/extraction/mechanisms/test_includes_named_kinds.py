"""X包括A、B等H where H is a named kind (a lexicon term, or 新型 + one): X includes H and H the
items, X not each item (rules/named_kinds.py). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_whole_includes_the_named_kind_and_the_kind_its_items():
    got = _includes("新质生产力包括新型劳动者，也包括智能机床、协作机器人等新型劳动资料。")
    assert ("新质生产力", "新型劳动资料") in got
    assert ("新型劳动资料", "智能机床") in got
    assert ("新质生产力", "智能机床") not in got


def test_a_generic_head_leaves_the_items_to_the_whole():
    got = _includes("低空经济主要包括低空制造、低空飞行、低空保障等环节。")
    assert ("低空经济", "低空飞行") in got
