"""INCLUDES lists whose owner or items are read around the list: a policy put out in the clause
before (X近日出台，包括A、B), a list of tasks closed by a task head, a count after the head, a
list of acts under a head of crimes or of work, a counted head inside a relative clause, a
causative after 等, forum names joined by 和, one example of a kind, core works of a system,
a determined head taking up what the sentence before launched."""

import pytest

from ...extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in edges(extract(text)) if r == "INCLUDES"}


@pytest.mark.parametrize("text, head, items", [
    ("溪宁高新区第三批招商政策近日印发，包括厂房租金减免、设备购置补贴、人才公寓配租等。",
     "溪宁高新区第三批招商政策", ("厂房租金减免", "设备购置补贴", "人才公寓配租")),
    ("《溪宁市人才引进办法》近日正式印发，涵盖住房补贴、配偶安置、创业资助等内容。",
     "溪宁市人才引进办法", ("住房补贴", "配偶安置", "创业资助")),
])
def test_a_policy_put_out_owns_the_list_after_it(text, head, items):
    assert {(head, x) for x in items} <= _includes(text)


def test_a_shop_opening_owns_no_list():
    # 推出 closes the clause but its subject is no initiative
    assert not _includes("溪宁市多家首店近日推出，包括咖啡店、书店等。")


def test_tasks_closed_by_a_task_head_are_parts_of_the_counted_policy():
    got = _includes("溪宁市推出六项稳企政策，包括减免厂房租金、延期缴纳社保等举措。")
    assert {o for s, o in got if s == "六项稳企政策"} >= {"减免厂房租金", "延期缴纳社保"}


def test_tasks_without_a_task_head_stay_no_parts():
    assert not _includes("溪宁市出台就业政策，重点加强技能培训、扩大见习岗位等工作。")


def test_a_count_glued_to_its_measure_after_the_head_is_cut():
    got = _includes("岚州今夏将举办龙舟赛、沙滩排球、皮划艇等水上赛事活动120余场。")
    assert {("水上赛事活动", x) for x in ("沙滩排球", "皮划艇")} <= got


@pytest.mark.parametrize("text, head, items", [
    ("加大对电信诈骗、网络赌博等涉网犯罪的打击。", "涉网犯罪", ("电信诈骗", "网络赌博")),
    ("依法惩治贪污、受贿、挪用公款等职务犯罪。", "职务犯罪", ("贪污", "受贿", "挪用公款")),
])
def test_acts_are_parts_of_a_kind_of_crime(text, head, items):
    got = _includes(text)
    assert {(head, x) for x in items} <= got
    assert not any("惩治" in o for _s, o in got)


def test_tasks_under_a_vague_head_stay_no_parts():
    assert not _includes("溪宁市将加强监管、完善制度等工作。")


def test_a_loose_counted_head_in_a_relative_clause_gives_the_list_to_the_thing_after_it():
    got = _includes("溪宁市推出涵盖租房补助、购房贴息等多重礼遇的人才礼包。")
    assert {("人才礼包", "租房补助"), ("人才礼包", "购房贴息")} <= got


def test_a_causative_after_etc_leaves_the_list_without_head():
    assert not _includes("灯笼展、非遗手作等令市民感受到了久违的节日气氛。")
    # a head before the causative still owns the list
    got = _includes("灯笼展、非遗手作等节庆活动令市民流连忘返。")
    assert {("节庆活动", "灯笼展"), ("节庆活动", "非遗手作")} <= got


def test_a_verb_before_bodies_with_a_figure_stays_in_the_head():
    got = _includes("溪宁车展上，隐形冠军、绿色工厂等优质参展企业超300家。")
    assert {("优质参展企业", "隐形冠军"), ("优质参展企业", "绿色工厂")} <= got
    assert not any(s == "优质" for s, _o in got)


def test_and_inside_forum_names_joins_no_items():
    got = _includes("本周溪宁将举办茶叶与咖啡贸易论坛、陶瓷和家居设计交流会、"
                    "数字文创推介会等一批经贸活动。")
    assert {("一批经贸活动", "陶瓷和家居设计交流会"), ("一批经贸活动", "茶叶与咖啡贸易论坛")} <= got
    assert not any(o in ("陶瓷", "家居设计交流会", "茶叶") for _s, o in got)


def test_two_forums_joined_by_and_stay_two_items():
    got = _includes("其间举办甲农业交流会和乙电商论坛、丙文化交流会等一批经贸活动。")
    assert ("一批经贸活动", "乙电商论坛") in got


@pytest.mark.parametrize("text, head, item", [
    ("岚州农技站推广稻鸭共养等增产技术。", "增产技术", "稻鸭共养"),
    ("溪宁市推广智慧灌溉等节水技术。", "节水技术", "智慧灌溉"),
])
def test_one_example_of_a_named_kind(text, head, item):
    assert (head, item) in _includes(text)


def test_one_item_left_of_a_longer_list_is_no_list():
    # the bodies are no parts: the one thing left gives no edge
    got = _includes("溪宁市与恒拓集团、岚州储能电池等18家单位签署合作协议。")
    assert not any(s.startswith("18家") for s, _o in got)


def test_a_predicate_with_le_after_the_head_is_no_quality():
    got = _includes("恒拓集团自主研制的“快充电池包”等研发成果获得了3项发明专利。")
    assert ("研发成果", "快充电池包") in got


def test_an_adjective_opening_the_clause_acts_on_the_list():
    got = _includes("稳定退役军人、残疾人等困难群体就业。")
    assert {("困难群体", "退役军人"), ("困难群体", "残疾人")} <= got
    assert not any(o.startswith("稳定") for _s, o in got)
    # an adjective before 的 describes the items' head
    got = _includes("稳定增长的灯具、卫浴等家居用品。")
    assert {("家居用品", "灯具"), ("家居用品", "卫浴")} <= got


def test_the_core_works_of_a_system_are_its_parts():
    assert ("华东电网调峰体系", "溪宁抽水蓄能电站") in \
        _includes("溪宁抽水蓄能电站是华东电网调峰体系的骨干工程。")
    # no system before 的: nothing
    assert not _includes("溪宁大桥是该市今年的核心工程。")


def test_a_determined_head_takes_up_what_the_sentence_before_launched():
    got = _includes("恒拓集团发布人才振兴计划。"
                    "该计划涵盖了产业升级、人才培养、科技创新等多个领域。")
    assert {("人才振兴计划", x) for x in ("产业升级", "人才培养", "科技创新")} <= got
    assert not any("发布" in s for s, _o in got)
    got = _includes("恒拓集团启动乡村建设行动。该行动包括道路硬化、饮水安全和农房改造。")
    assert {("乡村建设行动", x) for x in ("道路硬化", "饮水安全", "农房改造")} <= got


def test_nothing_launched_before_gives_no_owner():
    assert not _includes("恒拓集团今年新建了一批口袋公园。该计划涵盖产业升级、人才引育和技术攻关。")


def test_field_work_and_shop_work_take_verbs_as_parts():
    got = _includes("岚州果农近期忙于剪枝、浇水以及疏花等春季田间管理。")
    assert {("春季田间管理", x) for x in ("剪枝", "浇水", "疏花")} <= got
    assert not _includes("加强监管、完善制度等作业。")  # a bare head names no kind


def test_a_titled_document_launched_before_owns_the_list():
    got = _includes("溪宁市近日印发《关于促进就业的若干措施》，包括房租减免、见习补贴等内容。")
    assert {("关于促进就业的若干措施", "房租减免"), ("关于促进就业的若干措施", "见习补贴")} <= got


def test_tasks_done_to_acts_are_no_kinds_of_them():
    assert not _includes("依法严惩、从重处罚等职务犯罪。")
    assert not _includes("开展培训、加强检查等高空作业。")
