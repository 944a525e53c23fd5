"""IMPLEMENTS: what is carried out (tasks closed by a work noun, verb compounds, relative clauses
of purpose, lists with a generic or shared head, issued documents, objects that run to their head,
reports and bare heads that are none)."""

import pytest

from ...extraction_helpers import edges, extract, relation_pairs


def test_verb_that_heads_a_quoted_name_stays_in_the_object():
    got = edges(extract("湖南吉首完成的公交“一卡通”改造，方便了市民出行。"))
    assert ("湖南吉首", "IMPLEMENTS", "公交“一卡通”改造") in got
    # a verb after a quoted name that heads nothing is the sentence's own
    got = edges(extract("由市体育局主办的“环湖跑”比赛昨天开幕。"))
    assert ("市体育局", "IMPLEMENTS", "“环湖跑”比赛") in got or \
        ("市体育局", "IMPLEMENTS", "环湖跑比赛") in got


@pytest.mark.parametrize("text, expected", [
    ("（2）省林业局部署冬季森林防火巡护工作；", "冬季森林防火巡护工作"),
    # the addressees of 部署 and the light verb before the task are left out
    ("海州市交通局部署各区各单位落实汛期道路保畅工作。", "汛期道路保畅工作"),
])
def test_work_after_a_conduct_verb_is_the_task_taken_on(text, expected):
    got = {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}
    assert {e[2] for e in got} == {expected}


@pytest.mark.parametrize("text", [
    "省林业局部署相关工作。",              # no qualifier of its own
    "海州市交通局开展对道路的巡护工作。",    # a preposition inside: not read as one task
])
def test_work_without_a_task_of_its_own_is_no_initiative(text):
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_list_closed_by_a_generic_head_is_carried_out_whole():
    kg = extract("省商务厅实施发放消费券、延长营业时间等措施。")
    assert ("省商务厅", "IMPLEMENTS", "发放消费券、延长营业时间等措施") in edges(kg)
    node = next(n for n in kg.nodes() if n.name == "发放消费券、延长营业时间等措施")
    assert "措施" in node.aliases
    # the head does not end the clause: no group is carried out
    got = edges(extract("省商务厅实施发放消费券、延长营业时间等措施的效果明显。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}


def test_verb_compound_takes_the_last_verbs_object():
    got = edges(extract("海州市编制出台全民健身行动计划。"))
    assert ("海州市", "IMPLEMENTS", "全民健身行动计划") in got
    assert not {e for e in got if e[2].startswith("出台")}
    # a generic head that names no policy document after the compound is no initiative
    assert not {e for e in edges(extract("海州市编制出台工作方案。")) if e[1] == "IMPLEMENTS"}


@pytest.mark.parametrize("text", [
    # the relative clause runs over a comma; 联合推出 is read as 联合 + 推出
    "省文旅厅与省商务厅联合推出助力乡村民宿提质，提升夜间消费的12条措施。",
    "省文旅厅与省商务厅推出助力乡村民宿提质的12条措施。",
])
def test_relative_clause_of_purpose_closes_on_what_was_put_out(text):
    got = {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}
    assert got == {("省文旅厅", "IMPLEMENTS", "12条措施"), ("省商务厅", "IMPLEMENTS", "12条措施")}


def test_thing_put_out_drives_what_its_relative_clause_is_for():
    got = edges(extract("省文旅厅推出助力乡村民宿提质，提升夜间消费的12条措施。"))
    assert ("12条措施", "DRIVES", "乡村民宿提质") in got
    # 提升 is a light verb, no drive verb: no edge to what it names
    assert not {e for e in got if e[1] == "DRIVES" and e[2] == "夜间消费"}


def test_qualities_of_listed_things_are_no_relative_clause():
    got = {e for e in edges(extract("省文旅厅构建统一的民宿标准体系、灵敏的民宿监管体系。"))
           if e[1] == "IMPLEMENTS"}
    assert got == {("省文旅厅", "IMPLEMENTS", "民宿标准体系"),
                   ("省文旅厅", "IMPLEMENTS", "民宿监管体系")}


def test_items_joined_before_an_initiative_head_share_it():
    kg = extract("海州市建立古镇保护与修缮监督机制。")
    assert ("海州市", "IMPLEMENTS", "修缮监督机制") in edges(kg)
    node = next(n for n in kg.nodes() if n.name == "修缮监督机制")
    assert "古镇保护与修缮监督机制" in node.aliases


def test_object_runs_to_the_head_ending_the_clause():
    got = edges(extract("临江县正加快推进老旧厂房再开发示范区。"))
    assert ("临江县", "IMPLEMENTS", "老旧厂房再开发示范区") in got
    # a conjunction ends the first object: the second is a task of its own
    got = edges(extract("临江县正加快推进老旧厂房改造并建设示范区。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS" and e[2].startswith("老旧厂房改造")}


def test_counted_object_runs_to_the_head_ending_the_clause():
    got = edges(extract("临江今年推出12项两地互认养老服务项目。"))
    assert ("临江", "IMPLEMENTS", "12项两地互认养老服务项目") in got
    # no initiative head at the end: the count names nothing put out
    assert not {e for e in edges(extract("临江今年推出12项养老服务，受到欢迎。"))
                if e[1] == "IMPLEMENTS"}


def test_bare_policy_head_after_a_verb_of_issuing_is_issued():
    got = {e for e in edges(extract("海州市教育局日前印发通知，要求各校加强汛期安全管理。"))
           if e[1] == "IMPLEMENTS"}
    assert got == {("海州市教育局", "IMPLEMENTS", "通知")}
    # a report of figures is no document of policy
    assert not {e for e in edges(extract("海州市统计局今天发布数据。")) if e[1] == "IMPLEMENTS"}


def test_items_of_a_list_of_news_are_not_put_out_as_initiatives():
    got = edges(extract(
        "海州市气象局今天统一发布了“青石一号”观测结果、“青石二号”试验计划等气象预报信息。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}
    got = edges(extract("海州市气象局今天发布了“青石二号”试验计划。"))
    assert ("海州市气象局", "IMPLEMENTS", "青石二号试验计划") in got


def test_bare_head_before_a_verb_is_no_initiative():
    # 发展 is read as a light verb and 衔接 ends the phrase: 规划 alone names nothing
    got = edges(extract("甲方愿同乙方，深化发展规划衔接。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}
    got = edges(extract("甲方愿同乙方，深化能源合作战略。"))
    assert ("甲方", "IMPLEMENTS", "能源合作战略") in got


def test_object_running_to_a_report_is_no_initiative():
    got = edges(extract("海州市统计局今天发布2030年度家电零售分析报告，引发关注。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}
    got = edges(extract("海州市商务局今天发布2030年度家电零售提振计划。"))
    assert {e for e in got if e[1] == "IMPLEMENTS"}


def test_listed_items_without_a_head_share_the_last_ones():
    kg = extract("海州市将开展古桥、老街风貌改造工程。")
    assert {e for e in edges(kg) if e[1] == "IMPLEMENTS"} == {
        ("海州市", "IMPLEMENTS", "老街风貌改造工程")}
    node = next(n for n in kg.nodes() if n.name == "老街风貌改造工程")
    assert "古桥、老街风貌改造工程" in node.aliases
    # an item with a head of its own is carried out on its own
    got = edges(extract("海州市将开展东湖隧道工程、老街风貌改造工程。"))
    assert ("海州市", "IMPLEMENTS", "东湖隧道工程") in got


def test_what_a_body_sets_up_is_an_initiative_unless_a_body():
    assert ("临江县", "IMPLEMENTS", "乡村创业担保基金") in edges(
        extract("临江县加快设立乡村创业担保基金。"))
    got = edges(extract("临江县设立三家农技服务机构。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}


def test_a_verb_complement_is_no_part_of_a_listed_group():
    got = edges(extract("市财政局要落实好创业补贴、房租减免等政策。"))
    assert ("市财政局", "IMPLEMENTS", "创业补贴、房租减免等政策") in got


@pytest.mark.parametrize("text, name", [
    ("临江县深入实施村级集体经济巩固提升行动。", "村级集体经济巩固提升行动"),
    ("临江县推进乡村振兴建设提升行动。", "乡村振兴建设提升行动"),
])
def test_two_verbs_before_a_head_belong_to_the_name(text, name):
    assert ("临江县", "IMPLEMENTS", name) in edges(extract(text))


def test_quoted_names_before_a_bare_head_are_what_is_carried_out():
    got = edges(extract("临江集团深化“乡村振兴帮扶”等品牌。"))
    assert ("临江集团", "IMPLEMENTS", "乡村振兴帮扶") in got
    assert ("临江集团", "IMPLEMENTS", "品牌") not in got
    # a counted head names a whole of its own
    got = edges(extract("临江集团推出“云上临江”等十项举措。"))
    assert ("临江集团", "IMPLEMENTS", "十项举措") in got


def test_a_system_of_named_officials_is_an_initiative():
    assert ("临江县", "IMPLEMENTS", "林长制") in edges(extract("临江县全面推行林长制。"))
    assert not {e for e in edges(extract("临江县县长制定方案。")) if e[1] == "IMPLEMENTS"}


def test_a_count_after_a_name_is_no_part_of_it():
    kg = extract("海州港务集团新开通中欧班列线路4条。")
    assert ("海州港务集团", "IMPLEMENTS", "中欧班列线路") in edges(kg)
    node = next(n for n in kg.nodes() if n.name == "中欧班列线路")
    assert "中欧班列线路4条" in node.aliases
    # an ordinal inside the name stays
    got = edges(extract("海州集团开通第2条国际航线。"))
    assert ("海州集团", "IMPLEMENTS", "第2条国际航线") in got


def test_a_meeting_named_after_a_verb_of_progress_stays_whole():
    # 推进会 is a meeting: the segmenter keeps it one word, so the verb 推进 cuts nothing
    got = relation_pairs("岚州市商务局召开竹编工作部署推进会。", "IMPLEMENTS")
    assert ("岚州市商务局", "竹编工作部署推进会") in got, got


def test_an_adverb_of_continuation_is_no_part_of_the_object():
    got = relation_pairs("岚州市制定并接续实施溪宁振兴计划。", "IMPLEMENTS")
    assert ("岚州市", "溪宁振兴计划") in got, got
