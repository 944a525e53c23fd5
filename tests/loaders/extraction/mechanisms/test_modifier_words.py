"""A quality the segmenter tags as an adverb but that only qualifies a noun (务实举措) opens a
subject instead of being skipped. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_qualified_subject_drives():
    got = edges(extract("多项务实举措进一步促进消费增长。"))
    assert ("多项务实举措", "DRIVES", "消费增长") in got


def test_a_bare_generic_subject_still_drives_nothing():
    got = edges(extract("这些举措促进消费增长。"))
    assert not any(t == "DRIVES" for _, t, _ in got)


def test_the_qualifier_stays_in_a_list_head():
    got = edges(extract("推进能源、物流、旅游等务实合作。"))
    assert ("务实合作", "INCLUDES", "物流") in got
