"""IMPLEMENTS of emergency responses (启动X应急响应) started for a list of places, and headlines
of an act that name no programme."""

from ...extraction_helpers import extract, file_edges, node_types, relation_pairs


def test_response_started_for_places():
    text = "岚州省防汛指挥部针对溪宁市、临江市启动防冰冻四级应急响应。"
    pairs = relation_pairs(text, "IMPLEMENTS")
    assert ("岚州省防汛指挥部", "防冰冻四级应急响应") in pairs
    assert not any(s in ("溪宁市", "临江市") for s, _o in pairs)


def test_places_after_scope_word_do_not_act():
    text = "岚州省应急管理厅今天会商研判灾情，针对溪宁市、临江市启动山体滑坡四级应急响应。"
    pairs = relation_pairs(text, "IMPLEMENTS")
    assert not any(s in ("溪宁市", "临江市") for s, _o in pairs)


def test_bare_response_of_a_body():
    assert ("溪宁市", "应急响应") in relation_pairs("溪宁市启动应急响应。", "IMPLEMENTS")


def test_headline_of_an_act_is_no_programme(tmp_path):
    edges = file_edges(tmp_path, "岚州省应急管理厅针对溪宁市启动防冰冻三级应急响应\n"
                                 "岚州省应急管理厅今天针对溪宁市启动防冰冻三级应急响应。\n")
    names = {o for _s, r, o in edges if r == "IMPLEMENTS"}
    assert "岚州省应急管理厅针对溪宁市启动防冰冻三级应急响应" not in names
    assert "防冰冻三级应急响应" in names


def test_plan_title_stays_a_programme():
    types = node_types(extract("溪宁市推进背街小巷改造行动方案\n全市推进改造。"))
    assert types.get("溪宁市推进背街小巷改造行动方案") == "Initiative"
