"""A numbered task whose first clause names no programme but a later one does: the clause that
plans and builds it (``规划建设``, a verb of implementing) or that enables others to found it
(``支持A联合B组建X``: an enabling verb, then a word of ``founding_verbs``) names the block's
programme, which the units lines after carry out. What others only take part in
(``鼓励企业参与X建设``) names none; a place of a single character is no actor."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


_PLAN = "桂湾区推动低空经济发展2025年工作方案\n\n二、重点任务\n\n"


def test_a_planned_and_built_park_is_the_tasks_programme():
    got = _impl(_PLAN + "4. 依托桂湾高新区，规划建设占地800亩的低空智造产业园，引进整机项目。\n"
                "牵头单位：区发展改革局；配合单位：区投资促进中心、区工业和信息化局。\n")
    assert {("区发展改革局", "IMPLEMENTS", "低空智造产业园"),
            ("区投资促进中心", "IMPLEMENTS", "低空智造产业园")} <= \
        {(s, r, t.rsplit("的", 1)[-1]) for s, r, t in got}


def test_what_a_task_enables_others_to_found_is_its_programme():
    got = _impl(_PLAN + "5. 支持区内企业联合椿溪理工大学组建低空装备创新联合体，攻关关键技术。\n"
                "牵头单位：区科技局；配合单位：区工业和信息化局。\n")
    assert {("区科技局", "IMPLEMENTS", "低空装备创新联合体"),
            ("区工业和信息化局", "IMPLEMENTS", "低空装备创新联合体")} <= got


def test_what_others_take_part_in_is_no_programme_of_the_units():
    got = _impl(_PLAN + "6. 鼓励民营企业参与重大工程建设，在交通、水利等领域推出一批项目。\n"
                "牵头单位：区发展改革局。\n")
    assert ("区发展改革局", "IMPLEMENTS", "重大工程建设") not in got


def test_a_single_character_place_is_no_actor():
    # (湘 alone is a word the dictionary tags as a place: 湘湾高新区 is segmented 湘|湾|高新区)
    got = _impl(_PLAN + "4. 依托湘湾高新区，建设占地800亩的低空智造产业园，引进整机项目。\n"
                "牵头单位：区发展改革局。\n")
    assert not any(len(s) == 1 for s, _, _ in got)
