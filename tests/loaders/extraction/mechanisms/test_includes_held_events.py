"""A clause that says when an event is held (X于5月至10月举行) before a list clause (…，包括A、
B等板块): the event X owns the list; a bare head that opens the sentence repeats the name the
sentence before gave it (举办“甲乙”消费季。消费季于…举行) (``_held_event``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_event_held_owns_the_list() -> None:
    got = _includes("海州消费季于每年5月至10月举行，包括东湖美食节、非遗夜市、草坪音乐会等板块。")
    assert {("海州消费季", "东湖美食节"), ("海州消费季", "非遗夜市"),
            ("海州消费季", "草坪音乐会")} <= got


def test_a_bare_head_takes_up_the_name_before() -> None:
    got = _includes("举办“海州夜巷”消费季。消费季于每年5月至10月举行，包括东湖美食节、非遗夜市、"
                    "草坪音乐会等板块，全年活动不少于200场。")
    assert ("海州夜巷消费季", "非遗夜市") in got
    assert not any(s == "消费季" for s, _t in got)


def test_no_time_after_yu_no_owner() -> None:
    got = _includes("多家首店亮相，涵盖餐饮、零售等领域。")
    assert not got


def test_people_after_the_event_are_no_parts() -> None:
    got = _includes("会议于昨日举行，包括张三、李四等人参加。")
    assert not got
