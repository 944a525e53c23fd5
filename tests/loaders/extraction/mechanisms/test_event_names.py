"""Names of events a text says are held (``event_hold_verbs``, ``event_heads``), on sentences of
our own: an Initiative node even where no organiser is named, the edition count an alias; no
name before a list mark, none with one character before the head, none that is a known term,
and none whose run goes on past the head (举办X节活动)."""

from tests.loaders.extraction_helpers import extract


def _inits(text: str) -> dict[str, tuple[str, ...]]:
    return {n.name: tuple(n.aliases) for n in extract(text).nodes() if n.type == "Initiative"}


def test_an_event_held_without_an_organiser_is_a_node():
    got = _inits("每年举办甲乙采摘节，吸引城市游客。明年起举办丙丁国际农机博览会。")
    assert {"甲乙采摘节", "丙丁国际农机博览会"} <= set(got)


def test_the_edition_is_an_alias_and_a_name_may_hold_a_join():
    got = _inits("举办第二届戊己文化和体育消费季，推出惠民活动。"
                 "召开了全市甲乙产业和人才工作推进大会。")
    assert "第二届戊己文化和体育消费季" in got["戊己文化和体育消费季"]
    assert "全市甲乙产业和人才工作推进大会" in got


def test_no_event_name_past_a_list_mark_or_the_head():
    got = _inits("期间还将举办甲乙项目对接会、丙丁成果路演等活动。县里举办春节。举办庚辛节活动。")
    assert "甲乙项目对接会" in got
    assert not any(n.endswith(("路演", "春节", "节活动")) or n == "庚辛节" for n in got)
