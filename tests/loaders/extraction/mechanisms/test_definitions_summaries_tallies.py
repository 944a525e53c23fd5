"""A defined term owns a later subjectless list of its sentence (本办法所称X，是指…，主要包括A、B);
an unknown phrase (or the noun after the clause before's 的) owns a summary of ordinal items
(X至少包括三个层面：一是A…, …的X，大体分为三类：一是A…); a count of projects closing a list
(建设A、B等3个项目) is a tally: its items are carried out, it includes nothing. All texts are
made up."""

from tests.loaders.extraction_helpers import edges, extract


def _rel(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == rel}


def test_the_defined_term_owns_the_list():
    got = _rel("本办法所称海岛微网，是指由储能和光伏组成的供电系统，"
               "主要包括储能站、光伏板和配电柜。", "INCLUDES")
    assert {("海岛微网", "储能站"), ("海岛微网", "光伏板"), ("海岛微网", "配电柜")} <= got


def test_without_a_word_of_definition_the_subject_still_owns_the_list():
    # X是一种Y，主要包括A、B: the list is X's, not the description's
    got = _rel("海岛微网是一种供电系统，主要包括储能站、光伏板和配电柜。", "INCLUDES")
    assert ("海岛微网", "储能站") in got
    assert not any(s == "供电系统" for s, _t in got)


def test_an_unknown_phrase_owns_a_summary_of_ordinal_items():
    got = _rel("笔者认为，渔港经济至少包括三个层面：一是数字基础设施；二是远洋产业体系；"
               "三是渔港治理能力。", "INCLUDES")
    assert {("渔港经济", "数字基础设施"), ("渔港经济", "远洋产业体系"),
            ("渔港经济", "渔港治理能力")} <= got


def test_a_count_of_kinds_after_a_split_verb_is_a_summary():
    got = _rel("渔村振兴所需要的帮手，大体分为三类：一是懂养殖的技术员，二是会驾船的船员，"
               "三是懂电商的主播。", "INCLUDES")
    assert {("帮手", "懂养殖的技术员"), ("帮手", "会驾船的船员"), ("帮手", "懂电商的主播")} <= got


def test_a_split_verb_without_a_count_lists_nothing():
    got = _rel("海岛微网分两批建设。", "INCLUDES")
    assert not got


def test_an_ordinal_item_owns_its_own_list():
    got = _rel("笔者认为，渔港经济至少包括三个层面：一是冷链设施，包括冷库和冷藏车等设备；"
               "二是远洋捕捞；三是水产加工。", "INCLUDES")
    assert ("渔港经济", "冷库") not in got


def test_a_tally_of_projects_is_no_node():
    text = "甲集团建设临江货运铁路、白沙物流枢纽等3个项目。"
    assert _rel(text, "IMPLEMENTS") >= {("甲集团", "临江货运铁路"), ("甲集团", "白沙物流枢纽")}
    assert not any("3个项目" in s or "3个项目" in t
                   for s, t in _rel(text, "IMPLEMENTS") | _rel(text, "INCLUDES"))


def test_a_counted_group_that_is_no_tally_keeps_its_head():
    got = _rel("甲集团建设临江货运铁路、白沙物流枢纽等三大工程。", "INCLUDES")
    assert any(s == "三大工程" for s, _ in got)
