"""Fixes from a review of the facility, engine, organiser and commitment rules (made-up texts)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _names(text: str, type_: str) -> set[str]:
    return {n.name for n in extract(text).nodes() if n.type == type_}


def test_a_one_character_stop_inside_a_word_does_not_cut_a_facility_name():
    for name in ("和平里商贸中心", "将军山风电场", "高等教育创新园", "以色列科技创新园"):
        assert name in _names(f"今天，{name}开业。", "Initiative")


def test_a_one_character_stop_of_its_own_still_cuts():
    assert "丙丁变电站" in _names("甲系统已在丙丁变电站投运。", "Initiative")


def test_a_body_is_no_facility_too():
    text = "甲乙市政务服务中心发布通知。"
    assert "甲乙市政务服务中心" in _names(text, "Organization")
    assert "甲乙市政务服务中心" not in _names(text, "Initiative")


def test_two_joined_things_of_one_process_drive_as_one():
    got = edges(extract("数字技术和实体经济的融合是高质量发展的重要引擎。"))
    assert ("数字技术和实体经济的融合", "DRIVES", "高质量发展") in got


def test_a_determiner_with_nothing_named_before_names_no_programme():
    assert not edges(extract("本届会由甲乙集团有限公司主办。"))
    got = edges(extract("本次会议由甲乙集团有限公司主办。"))
    assert ("甲乙集团有限公司", "IMPLEMENTS", "本次会议") in got


def test_a_commitment_in_someone_elses_speech_is_not_the_reports():
    text = ("甘棠能源集团有限公司2030年度报告\n\n"
            "合作伙伴代表表示，坚持“一轴三环”发展战略。集团坚持“双轮驱动”发展战略。\n")
    got = edges(extract(text))
    assert ("甘棠能源集团有限公司", "IMPLEMENTS", "双轮驱动发展战略") in got
    assert not any(t == "一轴三环发展战略" for _, _, t in got)


def test_sentence_rules_outside_the_pipeline_have_a_task_block():
    from conceptkg.loaders.extraction.rules.projects import ProjectRules

    first, second = object.__new__(ProjectRules), object.__new__(ProjectRules)
    assert first.block is not second.block
    assert first.block is first.block
