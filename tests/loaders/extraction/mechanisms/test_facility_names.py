"""Round forty-eight on texts of our own: facility and project names in running text
(建成全省首座甲乙储能电站, 由丙丁数据交易中心牵头, 戊己新城综合管廊一期工程) are Initiative nodes
even where no relation verb takes them as its object; a count, 首座 phrase, preposition or
verb before such a name is no part of it."""

from tests.loaders.extraction_helpers import extract, node_types


def _inits(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Initiative"}


def test_facility_names_in_running_text_are_nodes():
    got = _inits("今年雾川能源建成全省首座甲乙储能电站，年底前投运。"
                 "由丙丁数据交易中心牵头，推动数据流通。"
                 "据悉，戊己新城综合管廊一期工程已通过验收。")
    assert {"甲乙储能电站", "丙丁数据交易中心", "戊己新城综合管廊一期工程"} <= got
    assert not any(n.startswith(("全省首座", "由", "据悉")) for n in got)


def test_a_name_starts_after_the_last_verb_or_preposition_inside():
    got = _inits("我们依托庚辛软件园，还与壬癸交易平台合作。")
    assert {"庚辛软件园", "壬癸交易平台"} <= got
    assert not any(n.startswith(("依托", "还与", "我们")) for n in got)


def test_a_bare_head_or_a_short_one_is_no_name():
    got = _inits("支持企业建设研发中心，在园区设立实验室。")
    assert not any(n.endswith(("研发中心", "实验室")) for n in got)


def test_a_clause_start_run_is_cut_at_a_verb_preposition_or_count_inside():
    # a run opened at a clause start holds a subject and its verb, preposition or count
    got = _inits("寒江储运公司完成甲乙煤炭储备基地扩容。巡检系统已在丙丁滨海变电站上线。"
                 "全市312个戊己社区服务站开放。")
    assert {"甲乙煤炭储备基地", "丙丁滨海变电站", "戊己社区服务站"} <= got
    assert not any(n.startswith(("寒江", "全市", "312")) for n in got)


def test_a_short_run_after_a_stop_is_no_name():
    # what follows the stop is too short to be a name of its own: no node at all
    got = _inits("合作各方需要在航线上协同。雾山县邮政公司把基地建好。")
    assert not any(n.endswith(("航线", "基地")) for n in got)


def test_a_join_cuts_only_before_a_name_of_its_own_and_online_is_no_stop():
    got = _inits("推进庚辛服务和监管平台建设。组建壬癸在线检测中心。"
                 "规划建设甲乙物流园区和丙丁冷链配送中心。")
    assert {"庚辛服务和监管平台", "壬癸在线检测中心", "丙丁冷链配送中心"} <= got
    assert "线检测中心" not in got and not any(n.startswith("检测") for n in got)
