"""A list of occurrences closed by 等现象 names no thing that has parts (stop_heads: 现象, like
问题, 情况). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_occurrences_closed_by_a_bare_phenomena_head_give_no_list():
    got = edges(extract("避免出现重复收费、乱收费等现象。"))
    assert not any(t == "INCLUDES" for _, t, _ in got)


def test_a_qualified_head_still_owns_its_list():
    got = edges(extract("加快发展风电、光伏等新能源。"))
    assert ("新能源", "INCLUDES", "风电") in got
