"""Round sixty-seven on texts of our own: who acts in a company report when the sentence does
not open with its subject — a pronoun after words of time (年内，我们…), a clause that opens
with the bodies where the act happens (在甲公司开展X), a task opened by an ordinal and verbs
of urging (二是加快X建设)."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = "甘棠能源集团2031年工作报告\n\n甘棠能源集团有限公司2031年继续稳健经营。\n\n{body}\n"
_GROUP = "甘棠能源集团有限公司"


def _graph(body: str) -> tuple[set[tuple[str, str]], set[str]]:
    g = extract(_REPORT.format(body=body))
    impl = {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}
    return impl, {b for _, b in impl}


def test_a_pronoun_after_words_of_time_is_the_reporting_body():
    impl, _ = _graph("年内，我们还建成北汀客流数据中心，服务景区调度。")
    assert (_GROUP, "北汀客流数据中心") in impl
    impl, _ = _graph("今年我们与西汀港务集团共建东汀多式联运中心，降低运输成本。")
    assert (_GROUP, "东汀多式联运中心") in impl


def test_words_of_time_before_another_subject_give_the_group_nothing():
    impl, _ = _graph("今年乙汀市建成南汀客流数据中心，服务景区调度。")
    assert not any(a == _GROUP and "南汀" in b for a, b in impl)


def test_a_clause_opened_by_the_bodies_where_the_act_happens_is_the_carried_subjects():
    impl, _ = _graph("集团深化改革。在甘棠新能源公司、甘棠数科公司开展骨干持股改革试点，"
                     "骨干积极性提高。")
    assert (_GROUP, "骨干持股改革试点") in impl


def test_a_body_that_opens_its_clause_keeps_the_act():
    impl, _ = _graph("集团深化改革。北汀大学在甘棠新能源公司开展产教融合改革试点，培养人才。")
    assert (_GROUP, "产教融合改革试点") not in impl


def test_a_task_opened_by_verbs_of_urging_builds_the_thing_after_them():
    impl, things = _graph("重点做好以下工作：一是稳定生产；"
                          "二是加快西汀营销服务中心建设，力争年内建成；"
                          "三是推动东汀营销服务中心投入运营。")
    assert (_GROUP, "西汀营销服务中心") in impl
    assert (_GROUP, "东汀营销服务中心") in impl
    assert not any(b.startswith(("二是", "三是", "加快", "推动")) for b in things)


def test_the_tasks_of_a_programme_are_the_programme():
    impl, _ = _graph("集团全面完成甘棠强链三年行动年度任务，启动南汀港区扩建工程前期工作。")
    assert (_GROUP, "甘棠强链三年行动") in impl
    assert (_GROUP, "南汀港区扩建工程") in impl


def test_tasks_with_no_programme_before_them_name_nothing():
    _, things = _graph("集团全面完成全年目标任务，经营稳中有进。")
    assert not any(b in ("全年", "全年目标") for b in things)
