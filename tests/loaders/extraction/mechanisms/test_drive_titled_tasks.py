"""A numbered task's title puts a programme in place (14. 实施“栖梧匠心”计划。); the subjectless
为B提供… clause of its body is the programme's purpose: the programme drives B. A title that
states a task as a whole (扎实推进X建设) gives no driver."""

from tests.loaders.extraction_helpers import edges, extract

_PLAN = ("岚州市加快新型工业化行动方案\n\n一、重点任务\n\n{task}牵头单位：市人社局\n")


def _drives(task: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(_PLAN.format(task=task))) if r == "DRIVES"}


def test_the_title_programme_drives_the_purpose_of_its_body():
    got = _drives("14. 实施“栖梧匠心”计划。围绕装备制造培育技能工匠，年内新增高级技工"
                  "3000名，为制造业升级提供技能人才保障。")
    assert ("栖梧匠心计划", "制造业升级") in got


def test_a_task_said_as_a_whole_drives_nothing():
    got = _drives("3. 扎实推进恒拓园区配套建设。新修园区支路12公里，为企业入驻提供便利条件。")
    assert not any(s.endswith("建设") for s, _ in got)


def _sentence_drives(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_a_programme_put_in_place_right_before_drives():
    got = _sentence_drives("栖梧区加强技工培养。实施栖梧匠心培育工程，"
                           "为制造业升级提供技能人才保障。")
    assert ("栖梧匠心培育工程", "制造业升级") in got
    assert not _sentence_drives("栖梧区加强技工培养。开展技能培训，"
                                "为制造业升级提供技能人才保障。")
