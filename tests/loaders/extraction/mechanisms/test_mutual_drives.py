"""Two things that drive each other (A与B相互促进). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_two_things_that_promote_each_other_drive_each_other():
    got = edges(extract("要让绿色能源与智能制造相互促进。"))
    assert ("绿色能源", "DRIVES", "智能制造") in got
    assert ("智能制造", "DRIVES", "绿色能源") in got


def test_a_reciprocal_cue_split_into_two_words_is_read_too():
    got = edges(extract("推动数字技术和实体经济互相赋能，打造示范区。"))
    assert ("数字技术", "DRIVES", "实体经济") in got
    assert ("实体经济", "DRIVES", "数字技术") in got


def test_a_reciprocal_word_before_a_cue_with_an_object_is_no_mutual_pair():
    got = edges(extract("绿色能源与智能制造相互促进就业增长。"))
    assert ("绿色能源", "DRIVES", "智能制造") not in got
    assert ("智能制造", "DRIVES", "绿色能源") not in got

