"""A clause that says how well a thing works out (A成效显著，为B注入动力) makes A the driver,
without the words of its outcome. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_outcome_words_are_no_part_of_the_driver():
    got = edges(extract("专家表示，绿色转型成效显著，持续为世界经济发展提供动力和机遇。"))
    assert any(s == "绿色转型" and t == "DRIVES" and o.endswith("经济发展") for s, t, o in got)
    assert not any(s.endswith("成效显著") for s, _, _ in got)


def test_an_outcome_clause_without_a_frame_after_it_drives_nothing():
    got = edges(extract("绿色转型成效显著，群众满意度持续提高。"))
    assert not any(t == "DRIVES" for _, t, _ in got)
