"""Two cities as the parties of a signing (两市 names both; a verb ending like a body, 共同签署,
names no body), a department's full name opening a title line and its self-reference (我委),
a campaign word inside a list's head (等X创建行动), the head of a list a task's paragraph
launches, and a meeting head the segmenter splits (对接/会). All texts are made up."""

from tests.loaders.extraction_helpers import edges, extract


def _implementers(text: str, target: str) -> set[str]:
    return {s for s, r, t in edges(extract(text)) if r == "IMPLEMENTS" and t == target}


_SIGNING = ("3月2日，栖林市与望川市文旅合作签约仪式在栖林会展中心举行。两市共同签署合作备忘录，"
            "约定共建“双城文旅走廊”，并同步启动“云游互通”计划。当天下午，两市还联合举办了"
            "文旅线路对接会，来自望川的40余家旅行社参加。")


def test_two_cities_named_by_their_level_are_both_parties():
    got = edges(extract(_SIGNING))
    for target in ("双城文旅走廊", "云游互通计划", "文旅线路对接会"):
        assert {s for s, r, t in got if r == "IMPLEMENTS" and t == target} == \
            {"栖林市", "望川市"}, target
    assert not any(s.endswith("签署") for s, r, t in got)


def test_the_count_word_names_nobody_without_a_signing_of_two():
    got = _implementers("栖林市文旅局发布通知。两市将共建“双城文旅走廊”。", "双城文旅走廊")
    assert "栖林市" not in got and "望川市" not in got


def test_a_city_and_a_plain_phrase_are_no_pair_of_cities():
    got = _implementers("栖林市与周边多个县签署合作备忘录，两市将共建“双城文旅走廊”。",
                        "双城文旅走廊")
    assert "栖林市" not in got


_NOTICE = ("沧岭省农业农村委员会关于推进数字乡村建设的实施意见\n\n"
           "各设区市农业农村局：\n\n"
           "（一）推行智慧农事服务。开展数字农场、智慧果园、云上牧场等数字农业创建行动。"
           "我委将联合有关部门建立数字乡村监测指标体系。（省畜牧局、省林业局按职责分工负责）\n")


def test_a_departments_full_name_on_the_title_line_issues_it():
    got = edges(extract(_NOTICE))
    issuers = {s for s, r, t in got if r == "IMPLEMENTS" and
               t.startswith(("关于推进数字乡村", "沧岭省农业农村委员会关于"))}
    assert issuers == {"沧岭省农业农村委员会"}
    assert ("沧岭省农业农村委员会", "IMPLEMENTS", "数字乡村监测指标体系") in got


def test_a_campaign_word_before_the_head_is_part_of_the_lists_head():
    got = edges(extract(_NOTICE))
    parts = {t for s, r, t in got if r == "INCLUDES" and s == "数字农业创建行动"}
    assert parts == {"数字农场", "智慧果园", "云上牧场"}
    units = {s for s, r, t in got if r == "IMPLEMENTS" and t == "数字农业创建行动"}
    assert units == {"省畜牧局", "省林业局"}


def test_a_campaign_verb_with_an_object_stays_a_predicate():
    got = edges(extract("沧岭县企业、学校等单位创建数字平台。"))
    assert not any(s.endswith("创建数字平台") or s.endswith("创建") for s, r, t in got)


def test_a_bare_kind_of_activity_a_paragraph_launches_is_no_programme():
    text = ("（二）丰富假日消费。开展徒步、骑行、观鸟等特色活动，带动周边民宿消费。"
            "（县文旅局负责）\n")
    assert "特色活动" not in {t for s, r, t in edges(extract(text))
                              if r == "IMPLEMENTS" and s == "县文旅局"}
