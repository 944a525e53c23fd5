"""INCLUDES on sentences of our own: a verb before 式 (沉浸式, 嵌入式) is a word of manner inside
the first item of a list, no verb that opens it."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_verb_before_shi_stays_in_the_first_item():
    got = {(s, t) for s, r, t in edges(extract("岚州推出沉浸式剧场、嵌入式服务等新业态。"))
           if r == "INCLUDES"}
    assert ("新业态", "沉浸式剧场") in got
