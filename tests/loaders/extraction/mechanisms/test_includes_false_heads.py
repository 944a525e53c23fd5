"""Round forty on sentences of our own: lists that name no parts of a whole. A head that names a
field of study or work (``field_heads``: 研究方向, 课程) owns no INCLUDES edge while its items
stay nodes; a bare record head (``record_heads``: 数据, 信息, 指标) that its clause gathers or
handles owns none either, while records that are the subject of their own predicate, and a
qualified head, keep their lists; a bare head that opens a clause and repeats a name just
before stands for that name (``X梯队，梯队由A、B组成``)."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def _names(text: str) -> set[str]:
    return {n.name for n in extract(text).nodes()}


def test_a_field_of_study_lists_no_parts_but_keeps_its_items():
    text = "青岚实验室首批确定氢能储运、固态电池、智能电网等研究方向。"
    assert not {e for e in _incl(text) if e[0].endswith("方向")}
    assert {"固态电池", "智能电网"} <= _names(text)
    assert not {e for e in _incl("临江职业学院开设无人机维修、直播营销等课程。")
                if e[0].endswith("课程")}


def test_a_field_head_keeps_nothing_else_from_lists():
    got = _incl("临江县重点发展氢能装备、智能电网等新兴产业。")
    assert {("新兴产业", "INCLUDES", "氢能装备"), ("新兴产业", "INCLUDES", "智能电网")} <= got


def test_records_a_clause_gathers_give_no_edge():
    assert not _incl("建设青岚县农业平台，归集农机作业、灌溉用水、农产品销售等数据，实现统一管理。")
    assert not _incl("青岚农商行把农机作业、灌溉用水等数据纳入授信评分。")
    assert not _incl("青岚县对水位、降雨量、土壤湿度等数据开展实时监测。")


def test_records_that_act_or_a_qualified_head_keep_their_lists():
    got = _incl("青岚县推动水位、降雨量、土壤湿度等数据汇聚共享，提升防汛能力。")
    assert ("数据", "INCLUDES", "降雨量") in got
    got = _incl("青岚县有序开放交通、医疗、气象等公共数据，培育数据产业。")
    assert ("公共数据", "INCLUDES", "医疗") in got


def test_a_bare_head_repeating_a_name_stands_for_it():
    got = _incl("第二，抓产业。集团要加快打造青松科创走廊。"
                "走廊由甲软件园、乙测试场和丙金融港三部分组成。")
    assert ("青松科创走廊", "INCLUDES", "甲软件园") in got
    assert not {e for e in got if e[0] == "走廊"}
    got = _incl("培育青苗企业梯队，梯队由初创型中小企业、成长型中小企业和专精特新中小企业组成。")
    assert ("青苗企业梯队", "INCLUDES", "初创型中小企业") in got


def test_a_bare_head_with_no_name_before_stays():
    got = _incl("走廊由甲软件园、乙测试场和丙金融港三部分组成。")
    assert not {e for e in got if e[0] != "走廊"}
