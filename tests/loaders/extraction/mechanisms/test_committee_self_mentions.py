"""Round m96 on texts of our own: a text that names one governing committee (``甲乙产业园管理
委员会``, also written ``甲乙产业园管委会``) calls it ``管委会`` afterwards
(``committee_self_mentions``): the bare word is that body, and the two full names are one body.
A text that names two committees leaves the bare word to nobody, and the word inside a longer
name is no mention of its own."""

from tests.loaders.extraction_helpers import edges, extract, node_types

_ONE = ("甲乙产业园管理委员会主任王丙介绍了园区的发展。站在甲乙产业园管委会大楼上眺望，厂房林立。"
        "2031年，管委会联合丁戊大学共同组建甲乙储能技术研究院，开展联合攻关。\n")
_TWO = ("甲乙产业园管理委员会和丙丁新区管理委员会签署协议。"
        "2031年，管委会联合丁戊大学共同组建甲乙储能技术研究院，开展联合攻关。\n")


def test_the_bare_word_is_the_one_committee():
    g = extract(_ONE)
    got = edges(g)
    assert ("甲乙产业园管理委员会", "IMPLEMENTS", "甲乙储能技术研究院") in got
    assert "甲乙产业园管委会" not in node_types(g)  # (one body: the short name an alias)


def test_two_committees_leave_the_bare_word_to_nobody():
    got = edges(extract(_TWO))
    assert not any(a.endswith("管理委员会") and b == "甲乙储能技术研究院"
                   for a, r, b in got if r == "IMPLEMENTS")


def test_a_second_committee_the_names_missed_leaves_the_bare_word_to_nobody():
    # (r107: only one of the two committees is read as a name; the other's 管委会 still says
    # that the text names two)
    got = edges(extract("海州高新区管委会和临江新区管委会共同举办论坛。"
                        "管委会还启动了人才引进计划。\n"))
    assert not any(b == "人才引进计划" for a, r, b in got if r == "IMPLEMENTS"), got


def test_the_one_committee_named_twice_still_takes_the_bare_word():
    got = edges(extract("临江新区管委会举办论坛。管委会还启动了人才引进计划。\n"))
    assert ("临江新区管委会", "IMPLEMENTS", "人才引进计划") in got
