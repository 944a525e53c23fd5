"""A list's first item starts after the clause's verb even when the lexicon also reads that
verb as a noun (改造, 开放) or the segmenter glued it into an idiom ending in a verb: with
nothing but adverbs before it in the clause, or only a noun after a preposition (向X开放A、B),
the verb takes the list as its object. After a noun it stays inside the item (旧城改造项目), and
after the clause's own verb it qualifies the item (鼓励共享X). After a disposal preposition
(将A、B等H纳入X) the verb after the head is the predicate, no part of its name. A verb the
clause does not act with, reached over a few modifiers from the clause's verb, stays inside the
first item; an earlier list closed by 等 is another list."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_clause_opening_verb_is_no_part_of_the_first_item():
    got = _parts("岚州完善市政配套，改造热力、燃气等地下管线60公里。")
    assert ("地下管线", "热力") in got
    assert not any(t.startswith("改造") for _s, t in got)


def test_an_adverb_and_a_verb_open_the_list():
    got = _parts("优先开放水文、林草、文旅等公共数据资源。")
    assert ("公共数据资源", "水文") in got


def test_a_verb_after_a_prepositional_object_opens_the_list():
    got = _parts("向科研机构开放水文、林草、土壤等公共数据资源。")
    assert ("公共数据资源", "水文") in got


def test_an_idiom_ending_with_a_verb_opens_the_list():
    got = _parts("定向培养护理、康复治疗等紧缺人才。")
    assert ("紧缺人才", "护理") in got


def test_a_verb_after_a_noun_stays_in_the_first_item():
    got = _parts("今年，岚州将旧城改造项目、口袋公园建设等民生工程列入计划。")
    assert ("民生工程", "旧城改造项目") in got


def test_after_a_disposal_preposition_the_verb_after_the_head_is_the_predicate():
    got = _parts("岚州将竹编、茶叶等特色产业纳入规划。")
    assert {("特色产业", "竹编"), ("特色产业", "茶叶")} <= got
    assert not any(s.endswith("规划") for s, _t in got)


def test_after_the_clauses_own_verb_a_nominal_verb_qualifies_the_item():
    got = _parts("鼓励共享自习室、社区书屋等公共空间夜间开放。")
    assert ("公共空间", "共享自习室") in got


def test_a_verb_inside_the_first_item_stays_in_it():
    got = _parts("岚州聚焦大型智能分拣机器人、固态电池、智能电网等关键技术开展攻关。")
    assert ("关键技术", "大型智能分拣机器人") in got


def test_a_verb_after_a_modal_verb_still_opens_the_list():
    got = _parts("要加快培养护理员、营养师等紧缺人才。")
    assert ("紧缺人才", "护理员") in got


def test_a_body_before_the_verb_does_it():
    got = _parts("支持企业建设共享仓、冷链中心等物流设施。")
    assert not any(t.startswith("企业") for _s, t in got)


def test_an_earlier_list_closed_by_deng_is_another_list():
    got = _parts("岚州围绕甲湖、乙山等景区开发热气球、动力伞、低空观光等文旅产品。")
    assert ("文旅产品", "热气球") in got
    assert not any(t in ("甲湖", "乙山") for _s, t in got)
