"""Where phrases end: a list head before how it fares, list items after a separator, a
one-character modifier, and an adverb fused with a verb as a DRIVES source."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def test_a_state_word_before_a_verb_ends_a_list_head() -> None:
    got = edges(extract("推进水电、风电等绿色电源兜底保供。"))
    assert ("绿色电源", "INCLUDES", "风电") in got
    assert not any(s.startswith("绿色电源兜底") for s, _r, _t in got)


def test_a_head_whose_state_follows_its_verb_is_no_long_head() -> None:
    got = edges(extract("青禾镇茶叶、竹编等产业发展兴旺，还建起了果园。"))
    assert not any(r == "INCLUDES" and "兴旺" in s for s, r, _t in got)


def test_an_adjective_inside_a_head_keeps_the_head_whole() -> None:
    got = edges(extract("围绕茶叶、竹编等领域推出一批向社会资本开放的项目清单。"))
    assert ("项目清单", "INCLUDES", "茶叶") in got
    # (在…等领域 is a frame of where the clause acts: test_includes_frame_lists.py)


def test_an_item_after_a_separator_keeps_its_preposition_and_time_word() -> None:
    got = edges(extract("演练完成远程侦察、对岸突击、对空拦截和夜间机动等课目训练。"))
    assert ("课目", "INCLUDES", "对空拦截") in got
    # (a bare 等事项 owns no list: test_includes_antecedents.py)
    got = edges(extract("会议商定了停火安排、物资援助及赛后维护等合作事项。"))
    assert ("合作事项", "INCLUDES", "赛后维护") in got


def test_a_preposition_before_the_first_item_governs_the_list() -> None:
    got = edges(extract("对枸杞、核桃等干果开展抽检。"))
    assert ("干果", "INCLUDES", "枸杞") in got


def test_a_one_character_modifier_binds_to_the_next_word() -> None:
    got = edges(extract("青禾港投用后，拉动区域总产出超过20亿元。"))
    assert ("青禾港", "DRIVES", "区域总产出") in got
    assert not any(t == "区域总" for _s, _r, t in got)


def test_an_adverb_fused_with_a_verb_drives_nothing() -> None:
    got = edges(extract("深入开展农技推广，为乡村振兴注入持久动力。"))
    assert not any(r == "DRIVES" and s.startswith("深入开展") for s, r, _t in got)
    got = edges(extract("要紧紧围绕推动乡村振兴这个主题来安排资金、谋划项目。"))
    assert not any(r == "DRIVES" and s == "紧紧围绕" for s, r, _t in got)


def test_what_follows_an_idiom_of_manner_still_drives() -> None:
    got = edges(extract("因地制宜发展特色产业，为乡村振兴注入活力。"))
    assert ("特色产业", "DRIVES", "乡村振兴") in got
    got = edges(extract("精准施策推动乡村旅游发展。"))
    assert ("精准施策", "DRIVES", "乡村旅游发展") in got
