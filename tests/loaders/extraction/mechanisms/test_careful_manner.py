"""IMPLEMENTS on sentences of our own: a word of manner the segmenter tags as a noun (精心, 倾力)
between the actor and its verb keeps the actor."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_careful_manner_keeps_the_actor():
    found = edges(extract("岚州市精心打造赏秋体验场景。"))
    got = {(s, t) for s, r, t in found if r == "IMPLEMENTS"}
    assert ("岚州市", "赏秋体验场景") in got
