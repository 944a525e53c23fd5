"""INCLUDES whose head takes up a name written before it (该H包括…, 推出X服务包，服务包包括…)."""

import pytest

from ...extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text, head, items", [
    # 该H in the sentence of the name
    ("栖梧电子打造了家用储能产品线，该产品线涵盖户储电池、逆变器和能量管理盒。",
     "家用储能产品线", ("户储电池", "逆变器", "能量管理盒")),
    # 该H after a numbered item's title
    ("二、主要产品\n\n1．家用储能产品系列。该产品系列涵盖户储电池、逆变器和能量管理盒，由子公司负责生产。",
     "家用储能产品系列", ("户储电池", "逆变器", "能量管理盒")),
    # a bare head opening the clause after the name
    ("栖梧区税务局推出“新办户”开业服务包，服务包包括税控开通、申报辅导和社保登记三项内容。",
     "新办户开业服务包", ("税控开通", "申报辅导", "社保登记")),
])
def test_an_anaphoric_head_is_the_name_before(text, head, items):
    got = _includes(text)
    assert {(head, "INCLUDES", x) for x in items} <= got
    assert not any(s in ("产品线", "产品系列", "服务包") for s, _t, _o in got)


def test_no_title_before_gives_no_bare_head():
    # a name inside a sentence is no title: the head stays unresolved, never a run with a verb
    got = _includes("首先，栖梧电子拥有家用储能产品系列。"
                    "该产品系列涵盖户储电池、逆变器和能量管理盒。")
    assert not any("拥有" in s for s, _t, _o in got)


@pytest.mark.parametrize("text, items", [
    ("明年，山城将发展星空观测、溯溪露营等业态。", ("星空观测", "溯溪露营")),
    ("栖梧区把不动产登记、水电过户、燃气开户等事项合并为一个窗口受理。",
     ("不动产登记", "水电过户", "燃气开户")),
    ("竹筷车间里，开片、蒸煮、抛光等工序实现自动化衔接。", ("开片", "蒸煮", "抛光")),
])
def test_a_bare_word_of_sort_after_deng_owns_no_list(text, items):
    got = edges(extract(text))
    assert not {e for e in got if e[1] == "INCLUDES" and e[0] in ("业态", "事项", "工序")}


@pytest.mark.parametrize("text, edge", [
    ("对枸杞、核桃等干果开展抽检。", ("干果", "INCLUDES", "枸杞")),         # a concrete kind
    ("重点拓展外卖投送、山区巡检等低空应用。", None),                      # a phrase cut down
    ("青岚县加强稻谷、玉米等口粮供需调度。", ("口粮", "INCLUDES", "稻谷")),  # an aspect after it
])
def test_a_concrete_or_longer_head_keeps_its_list(text, edge):
    got = _includes(text)
    assert got if edge is None else edge in got


@pytest.mark.parametrize("text, head", [
    ("船舶修造、海工平台、港口机械等海洋装备产业集群产值超过300亿元。", "海洋装备产业集群"),
    ("扩大“栖农贷”“栖渔险”等普惠性金融产品受益面。", "普惠性金融产品"),
])
def test_a_measure_after_an_etc_head_is_no_part_of_it(text, head):
    heads = {s for s, _t, _o in _includes(text)}
    assert head in heads
    assert not any(s.startswith(head) and s != head for s in heads)


@pytest.mark.parametrize("text, head, items", [
    ("栖梧区健全涵盖零碳码头、零碳船队和低碳仓储企业的港口低碳发展体系。",
     "港口低碳发展体系", ("零碳码头", "零碳船队", "低碳仓储企业")),
    ("加快形成以岸线使用、海域确权、生态补偿为主要内容的海洋资源管理制度体系。",
     "海洋资源管理制度体系", ("岸线使用", "海域确权", "生态补偿")),
    ("栖梧港务集团搭建集报关预约、船期查询、仓单质押于一体的“栖港通”服务平台。",
     "栖港通服务平台", ("报关预约", "船期查询", "仓单质押")),
])
def test_a_relative_including_clause_lists_the_parts_of_its_head(text, head, items):
    assert {(head, "INCLUDES", x) for x in items} <= _includes(text)


@pytest.mark.parametrize("text", [
    "岚州完善涵盖城乡的公共服务体系。",                                  # one item
    "栖梧港务集团建立覆盖全港码头和危化品仓库的风险巡查响应机制。",          # 覆盖: a scope
    "栖梧港务集团搭建集船舶定位、泊位调度等功能于一体的智慧平台。",          # 等功能: a kind
    "他表达了包含对师长、同学的敬意。",                                  # a preposition
])
def test_no_parts_from_a_scope_or_a_summed_up_relative_clause(text):
    assert not {e for e in _includes(text) if e[0].endswith(("体系", "机制", "平台", "敬意"))}


@pytest.mark.parametrize("text, head", [
    # a vague word joined to the head; a process word after it
    ("选取港口物流、远洋渔业、滨海旅游等重点行业和地区开展试点。", "重点行业"),
    ("赛事经济带动了露营、骑行、研学等业态发展。", "业态"),
])
def test_a_generic_head_stays_generic_beside_a_vague_or_process_word(text, head):
    assert not {e for e in _includes(text) if e[0] == head}


def test_a_document_that_sets_out_counted_tasks_includes_them():
    text = ("近日，栖梧区印发《栖梧区海洋经济两年攻坚方案》，提出到2032年，涉海产值力争突破"
            "80亿元。方案提出了三项主要举措，包括建设深水泊位、培育海工企业和开辟近海航线。")
    got = _includes(text)
    assert {s for s, _t, _o in got} == {"栖梧区海洋经济两年攻坚方案"}
    assert len(got) == 3


def test_a_body_that_sets_out_counted_tasks_includes_nothing_of_them():
    got = _includes("省政府提出了三项主要举措，包括建设深水泊位、培育海工企业和"
                    "开辟近海航线。")
    assert not {e for e in got if e[0] == "省政府"}


def test_a_determined_topic_of_the_clause_before_owns_the_list():
    text = ("（三）海洋装备产业链。链长：李四。2031年该产业链营收达60亿元，主要包括船舶配套、"
            "海工钢构等领域。该产业链以船舶配套为特色，涵盖分段建造、舾装和涂装等环节。")
    got = _includes(text)
    parts = ("船舶配套", "海工钢构", "分段建造", "舾装")
    assert {("海洋装备产业链", "INCLUDES", x) for x in parts} <= got
    assert not {e for e in got if e[0] in ("特色", "营收")}


def test_a_generic_compound_made_of_counted_parts_is_their_whole():
    got = _includes("港口作业系统由装卸设备、堆场和集疏运通道三个基本部分组成。")
    assert {("港口作业系统", "INCLUDES", x) for x in ("装卸设备", "堆场", "集疏运通道")} <= got
    assert not {e for e in got if e[0] == "基本部分"}


@pytest.mark.parametrize("text, head", [
    ("栖梧海洋研究院下设潮汐能源、海水淡化、深海探测和海洋遥感四个研究所。", "研究所"),
    ("青禾镇开通青禾至县城、青禾至石溪两条镇村客运线路。", "镇村客运线路"),
])
def test_counted_single_units_are_no_kinds_of_their_head(text, head):
    assert not {e for e in _includes(text) if e[0] == head}
