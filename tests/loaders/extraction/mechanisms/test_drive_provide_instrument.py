"""以A为B提供保障: the instrument A drives B, as in 以A推动B. All texts are made up for these
tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_instrument_drives_what_it_supports():
    got = edges(extract("以数字化改革为高质量发展提供有力保障。"))
    assert ("数字化改革", "DRIVES", "高质量发展") in got


def test_an_unknown_instrument_phrase_drives_too():
    got = edges(extract("要以绿色转型新成效为高质量发展提供有力保障。"))
    assert ("绿色转型新成效", "DRIVES", "高质量发展") in got


def test_a_guiding_frame_before_is_no_instrument_of_the_support():
    got = edges(extract("坚持以新思想为指导，为高质量发展提供有力保障。"))
    assert not any(s == "新思想" for s, t, _ in got if t == "DRIVES")


def test_a_body_after_the_instrument_word_drives_nothing():
    got = edges(extract("通过市商务局为企业发展提供有力保障。"))
    assert not any(t == "DRIVES" for _, t, _ in got)
