"""Where the head of a 等-list starts and ends: a qualifier of which kind opens it (等重点港区,
等长期资金), a quoted predicate after it is no part of it (等传统行业“强筋壮骨”), and an activity
word after the kind every item names is left out (甲港区、乙港区等重点港区建设). All texts are
made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_qualifier_of_which_kind_opens_the_head():
    got = _includes("重点推进东湾港区、西屿港区等重点港区建设。")
    assert ("重点港区", "东湾港区") in got


def test_an_activity_after_the_kind_the_items_name_is_left_out():
    got = _includes("加快推进东湾港区、西屿港区等港区建设。")
    assert not any(s.endswith("建设") for s, _ in got)


def test_an_adverb_tagged_qualifier_opens_the_head():
    got = _includes("引导产业投资基金、社保资金等长期资金投早、投小。")
    assert ("长期资金", "社保资金") in got


def test_a_qualifier_before_a_vague_noun_changes_nothing():
    got = _includes("脱离了制造、农业、服务等具体场景，数据只是一堆字节。")
    assert not any(s.endswith("场景") for s, _ in got)


def test_a_qualifier_before_bodies_changes_nothing():
    got = _includes("支持陶瓷、家具、纺织等重点行业骨干企业建设共享检测平台。")
    assert not any("企业" in s for s, _ in got)


def test_a_quoted_predicate_after_the_head_is_no_part_of_it():
    got = _includes("用数字技术为钢铁、有色、建材等传统行业“强筋壮骨”；")
    assert ("传统行业", "钢铁") in got
    assert not any("“" in s or "强筋" in s for s, _ in got)
