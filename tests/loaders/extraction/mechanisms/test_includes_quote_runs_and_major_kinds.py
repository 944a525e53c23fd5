"""Counted lists of quotes that follow each other with no 、 (“A”“B”“C”三大H), and counts of
major kinds (三大类H: the measure word is 大类, no part of the head); a generic kind counted as a
group (三大产业: ``group_classifiers``) names the group with its count."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_quotes_without_commas_before_a_count_are_a_list() -> None:
    got = _includes("岚州今年打造“夜游”“夜购”“夜食”三大消费场景。")
    assert {("消费场景", "夜游"), ("消费场景", "夜购"), ("消费场景", "夜食")} <= got


def test_a_count_of_major_kinds_is_no_part_of_the_head() -> None:
    got = _includes("恒拓集团布局精密轴承、伺服电机、控制系统三大类业务板块。")
    assert not any(s.startswith("类") for s, _t in got)


def test_major_kinds_of_short_items_are_still_parts() -> None:
    got = _includes("岚州今年打造夜游、夜购、夜食三大类消费场景。")
    assert {("消费场景", "夜游"), ("消费场景", "夜购"), ("消费场景", "夜食")} <= got


def test_quotes_before_a_count_and_no_kind_give_nothing() -> None:
    got = _includes("选手围绕“保育能手”“育婴能手”两大赛项同台竞技。")
    assert not got


def test_plain_kinds_of_short_qualifiers_stay_no_list() -> None:
    got = _includes("岚州银行服务工业、农业、商业三类客户。")
    assert not got



def test_a_head_holding_a_second_count_is_a_tally() -> None:
    got = _includes("岚州运动会共设冰球、冰壶、滑雪3个大项12个小项。")
    assert not any(any(ch.isdigit() for ch in s) for s, _t in got)


def test_a_generic_kind_counted_as_a_group_names_the_group() -> None:
    got = _includes("岚州重点发展储能电池、氢能装备、工业软件三大产业。")
    assert {("三大产业", "储能电池"), ("三大产业", "氢能装备"), ("三大产业", "工业软件")} <= got


def test_a_generic_kind_counted_one_by_one_is_a_tally() -> None:
    got = _includes("岚州联盟将重点服务储能电池、氢能装备、工业软件三个产业。")
    assert not any(s in ("三个产业", "产业") for s, _t in got)


def test_a_vague_counted_head_names_no_group() -> None:
    got = _includes("岚州围绕扩大内需、稳定就业两个方面发力。")
    assert not got


def test_a_digit_inside_a_counted_heads_name_is_no_second_count():
    got = _includes("岚州打造智慧工厂、智慧港口、智慧医疗三大5G应用场景。")
    assert ("5G应用场景", "智慧工厂") in got
