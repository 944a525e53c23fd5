"""INCLUDES whose head takes up a name written before it (该H包括…, 推出X服务包，服务包涵盖…)."""

import pytest

from ..extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text, head, items", [
    # 该H in the sentence of the name
    ("恒拓集团打造了智能温控产品线，该产品线主要包括温控阀、恒温器和智能面板。",
     "智能温控产品线", ("温控阀", "恒温器", "智能面板")),
    # 该H after a numbered item's title
    ("二、主要产品\n\n1．智能温控产品线。该产品线主要包括温控阀、恒温器和智能面板，由子公司负责生产。",
     "智能温控产品线", ("温控阀", "恒温器", "智能面板")),
    # a bare head opening the clause after the name
    ("岚州市场监管局推出“个转企”一站式服务包，服务包涵盖名称延续、税务衔接和社保转移三项内容。",
     "个转企一站式服务包", ("名称延续", "税务衔接", "社保转移")),
])
def test_an_anaphoric_head_is_the_name_before(text, head, items):
    got = _includes(text)
    assert {(head, "INCLUDES", x) for x in items} <= got
    assert not any(s in ("产品线", "服务包") for s, _t, _o in got)


def test_no_title_before_gives_no_bare_head():
    # a name inside a sentence is no title: the head stays unresolved, never a run with a verb
    got = _includes("首先，恒拓集团拥有智能温控产品线。该产品线主要包括温控阀、恒温器和智能面板。")
    assert not any("拥有" in s for s, _t, _o in got)


@pytest.mark.parametrize("text, items", [
    ("明年，山城将发展星空观测、溯溪露营等业态。", ("星空观测", "溯溪露营")),
    ("岚州将营业执照办理、公章刻制、发票申领等事项整合为一个环节办理。",
     ("营业执照办理", "公章刻制", "发票申领")),
    ("茶厂生产线上，摊青、杀青、揉捻等工序实现连续化作业。", ("摊青", "杀青", "揉捻")),
])
def test_a_bare_word_of_sort_after_deng_owns_no_list(text, items):
    got = edges(extract(text))
    assert not {e for e in got if e[1] == "INCLUDES" and e[0] in ("业态", "事项", "工序")}


@pytest.mark.parametrize("text, edge", [
    ("对枸杞、核桃等干果开展抽检。", ("干果", "INCLUDES", "枸杞")),         # a concrete kind
    ("重点发展物流配送、应急救援等低空应用。", None),                      # a phrase cut down
    ("青岚县加强稻谷、玉米等口粮供需调度。", ("口粮", "INCLUDES", "稻谷")),  # an aspect after it
])
def test_a_concrete_or_longer_head_keeps_its_list(text, edge):
    got = _includes(text)
    assert got if edge is None else edge in got


@pytest.mark.parametrize("text, head", [
    ("光伏组件、储能电池、氢能装备等新能源产业集群营业收入突破500亿元。", "新能源产业集群"),
    ("扩大“岚科贷”“岚创保”等政策性金融产品覆盖面。", "政策性金融产品"),
])
def test_a_measure_after_an_etc_head_is_no_part_of_it(text, head):
    heads = {s for s, _t, _o in _includes(text)}
    assert head in heads
    assert not any(s.startswith(head) and s != head for s in heads)


@pytest.mark.parametrize("text, head, items", [
    ("岚州健全涵盖绿色工厂、绿色园区和绿色供应链管理企业的绿色制造体系。",
     "绿色制造体系", ("绿色工厂", "绿色园区", "绿色供应链管理企业")),
    ("加快构建以数据产权、流通交易、收益分配为主要内容的数据基础制度体系。",
     "数据基础制度体系", ("数据产权", "流通交易", "收益分配")),
    ("恒拓集团搭建集政策兑现、供需对接、融资服务于一体的“岚企通”服务平台。",
     "岚企通服务平台", ("政策兑现", "供需对接", "融资服务")),
])
def test_a_relative_including_clause_lists_the_parts_of_its_head(text, head, items):
    assert {(head, "INCLUDES", x) for x in items} <= _includes(text)


@pytest.mark.parametrize("text", [
    "岚州完善涵盖城乡的公共服务体系。",                                  # one item
    "恒拓集团建立覆盖全县机关和重点企业的安全监测预警机制。",              # 覆盖: a scope
    "恒拓集团搭建集信息采集、需求挖掘等功能于一体的数字平台。",            # 等功能: a kind
    "他表达了包含对师长、同学的敬意。",                                  # a preposition
])
def test_no_parts_from_a_scope_or_a_summed_up_relative_clause(text):
    assert not {e for e in _includes(text) if e[0].endswith(("体系", "机制", "平台", "敬意"))}


@pytest.mark.parametrize("text, head", [
    # a vague word joined to the head; a process word after it
    ("选取工业制造、现代农业、商贸流通等重点行业和领域开展试点。", "重点行业"),
    ("节庆经济带动了民宿、餐饮、农家乐等业态发展。", "业态"),
])
def test_a_generic_head_stays_generic_beside_a_vague_or_process_word(text, head):
    assert not {e for e in _includes(text) if e[0] == head}


def test_a_document_that_sets_out_counted_tasks_includes_them():
    text = ("近日，岚州高新区印发《岚州高新区低空经济三年行动方案》，提出到2026年，低空经济规模突破"
            "50亿元。方案明确了四项重点任务，包括完善低空基础设施、培育低空制造企业和拓展低空应用场景。")
    got = _includes(text)
    assert {s for s, _t, _o in got} == {"岚州高新区低空经济三年行动方案"}
    assert len(got) == 3


def test_a_body_that_sets_out_counted_tasks_includes_nothing_of_them():
    got = _includes("国务院明确了四项重点任务，包括完善低空基础设施、培育低空制造企业和"
                    "拓展低空应用场景。")
    assert not {e for e in got if e[0] == "国务院"}


def test_a_determined_topic_of_the_clause_before_owns_the_list():
    text = ("（二）新材料产业链。链长：张三。2024年该产业链实现产值80亿元，主要包括碳纤维、"
            "高分子膜等领域。该产业链以碳纤维为特色，涵盖原丝制备、碳化和复材成型等环节。")
    got = _includes(text)
    parts = ("碳纤维", "高分子膜", "原丝制备", "碳化")
    assert {("新材料产业链", "INCLUDES", x) for x in parts} <= got
    assert not {e for e in got if e[0] in ("特色", "产值")}


def test_a_generic_compound_made_of_counted_parts_is_their_whole():
    got = _includes("生产力系统由劳动者、劳动资料和劳动对象三个基本要素构成。")
    assert {("生产力系统", "INCLUDES", x) for x in ("劳动者", "劳动资料", "劳动对象")} <= got
    assert not {e for e in got if e[0] == "基本要素"}


@pytest.mark.parametrize("text, head", [
    ("恒拓研究院下设驱动控制、精密传动、机器视觉和工业软件四个研究所。", "研究所"),
    ("岚州镇开通岚州至县城、岚州至梅坪两条镇村公交线路。", "镇村公交线路"),
])
def test_counted_single_units_are_no_kinds_of_their_head(text, head):
    assert not {e for e in _includes(text) if e[0] == head}
