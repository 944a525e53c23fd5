"""DRIVES after an instrument (以A+verb+B): a thing and the verb of what it does may be the
instrument (以A集聚带动B), and 释放/点燃 after 以A are cues; a verb that pairs with the cue
(以A创造引领B) is no part of A, and a relative clause (借助X印发的促进B举措) names no
instrument. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_a_thing_and_what_it_does_is_the_instrument():
    assert ("匠人集聚", "竹编产业集群发展") in _drives("以匠人集聚支撑竹编产业集群发展。")
    got = _drives("以渔船租赁助力渔民设备更新和技术改造。")
    assert ("渔船租赁", "技术改造") in got


def test_release_and_ignite_are_cues_after_an_instrument():
    assert ("集市改革", "土地价值") in _drives("第二条路径是以集市改革释放土地价值。")
    assert ("夜间集市", "古镇烟火气") in _drives("以夜间集市点燃古镇烟火气。")


def test_a_paired_verb_or_a_relative_clause_is_no_instrument():
    got = _drives("坚持以雾峰渔港服务创造引领夜间需求。")
    assert ("雾峰渔港服务", "夜间需求") in got
    assert not any(s.endswith("创造") for s, _ in got)
    got = _drives("借助两个厅局联合印发的助推雾峰竹编与茶园联动的举措，渔港加开航班。")
    assert not any(s.startswith("两个厅局") for s, _ in got)
    assert _drives("释放土地价值，点燃古镇烟火气。") == set()
