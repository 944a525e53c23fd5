"""Lists of commentary and news prose: a count of summary units closing the last item
(X包括A、B和C三个方面), a title the clause before put out (发布了《X》，涵盖A、B等4大类), a subject
before 以…为代表 with nothing after it, a range widened from one thing to several
(X从A扩展到B、C和D); the traditional factors as a node of their own; an instrument that
names an effect (A通过X效应赋能B). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str, head: str) -> set[str]:
    return {t for s, r, t in edges(extract(text)) if r == "INCLUDES" and s == head}


def _drivers(text: str, target: str) -> set[str]:
    return {s for s, r, t in edges(extract(text)) if r == "DRIVES" and t == target}


def test_a_count_of_summary_units_closes_the_last_item():
    got = _parts("云岭管理制度包括财务核算制度、人事考评制度和物资采购制度三个方面，"
                 "其中财务是关键。", "云岭管理制度")
    assert got == {"财务核算制度", "人事考评制度", "物资采购制度"}


def test_a_counted_kind_after_the_last_item_is_not_cut_as_a_summary():
    got = _parts("云岭管理制度包括财务核算制度、人事考评制度和物资采购制度。", "云岭管理制度")
    assert got == {"财务核算制度", "人事考评制度", "物资采购制度"}
    got = _parts("云岭集团包括甲禾公司、乙禾公司和丙禾公司三大板块。", "云岭集团")
    assert "丙禾公司" not in got  # 板块 is no summary unit: the count stays a list of groups


def test_the_title_put_out_before_owns_the_list():
    got = _parts("当天，临江市还发布了《临江低空应用场景开放清单》，涵盖农田植保、物流配送、"
                 "城市巡检等3大类、18个场景，面向社会征集方案。", "临江低空应用场景开放清单")
    assert got == {"农田植保", "物流配送", "城市巡检"}


def test_a_title_inside_the_clause_before_owns_no_list():
    text = "当天，临江市发布了《临江年鉴》的解读，涵盖农田植保、物流配送等3大类。"
    assert not any(r == "INCLUDES" and "临江年鉴" in s for s, r, _t in edges(extract(text)))


def test_the_subject_before_represented_by_owns_the_list():
    got = _parts("新型作业装备以巡检无人机、智能分拣终端、冷链仓储设施为代表；", "新型作业装备")
    assert got == {"巡检无人机", "智能分拣终端", "冷链仓储设施"}


def test_represented_by_before_a_head_keeps_that_head():
    got = _parts("以甲型机床、乙型终端为代表的新型装备快速普及。", "新型装备")
    assert got == {"甲型机床", "乙型终端"}


def test_a_range_widened_to_several_things_lists_them():
    got = _parts("作业对象则从传统的矿产资源扩展到信息、新材料和新能源等。", "作业对象")
    assert got == {"信息", "新材料", "新能源"}


def test_a_range_widened_to_one_place_lists_nothing():
    text = "云岭平台的服务范围也从本地扩展到周边港口城市。"
    assert not any(r == "INCLUDES" for _s, r, _t in edges(extract(text)))


def test_the_traditional_factors_are_a_node_of_their_own():
    got = _parts("数据与土地、资本、技术等传统要素结合后，能够放大其使用效率。", "传统要素")
    assert {"土地", "资本", "技术"} <= got


def test_an_effect_is_how_the_subject_drives():
    got = _drivers("我们说数据资产通过乘数效应赋能实体经济。", "实体经济")
    assert got == {"数据资产"}


def test_an_instrument_that_is_no_effect_still_drives():
    got = _drivers("云岭县通过智慧农场建设带动乡村振兴。", "乡村振兴")
    assert "智慧农场建设" in got or "智慧农场" in got
