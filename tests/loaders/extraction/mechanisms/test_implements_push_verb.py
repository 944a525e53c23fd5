"""An organisation that pushes an initiative forward (推动X建设) carries it out; a thing that
pushes drives it. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_body_that_pushes_a_programme_forward_carries_it_out():
    got = edges(extract("临江市商务局推动跨境电商试验区建设。"))
    assert any(s == "临江市商务局" and t == "IMPLEMENTS" and o.startswith("跨境电商试验区")
               for s, t, o in got)


def test_a_thing_that_pushes_drives_and_implements_nothing():
    got = edges(extract("数字经济推动产业园区建设。"))
    assert not any(t == "IMPLEMENTS" for _, t, _ in got)


def test_a_body_that_pushes_a_concept_implements_nothing():
    got = edges(extract("临江市商务局推动高质量发展。"))
    assert not any(t == "IMPLEMENTS" for _, t, _ in got)
