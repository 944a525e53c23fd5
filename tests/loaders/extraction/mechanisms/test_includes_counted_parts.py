"""Lists on sentences of our own: after an including verb, a count that closes the last item
(``X包括A、B和C三个子项目``) is no part of that item, whatever it counts; the whole before the
verb includes each item. A counted item of its own (``…和三大H``) stays whole."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_count_of_parts_closing_the_list_leaves_the_last_item():
    got = _incl("青禾基金包括种苗补贴、农机租赁和冷库共建三个子项目，年内投放5亿元。")
    assert ("青禾基金", "INCLUDES", "冷库共建") in got
    assert ("青禾基金", "INCLUDES", "种苗补贴") in got
    assert not {e for e in got if "子项目" in e[2]}


def test_a_count_of_works_after_a_covering_verb():
    got = _incl("“晴川行动”涵盖路灯节能化、屋顶光伏化、雨水回收化三大工程。")
    assert {e[2] for e in got if e[0] == "晴川行动"} >= {"路灯节能化", "雨水回收化"}
    assert not {e for e in got if "工程" in e[2]}


def test_a_counted_item_of_its_own_stays_whole():
    got = _incl("青禾基金包括种苗补贴、农机租赁和三大冷链项目。")
    assert ("青禾基金", "INCLUDES", "三大冷链项目") in got
