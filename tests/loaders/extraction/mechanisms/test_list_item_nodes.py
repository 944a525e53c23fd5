"""Items of a marked enumeration that no relation took are nodes of their own
(includes/list_item_nodes.py). Made-up sentences."""

from tests.loaders.extraction_helpers import extract


def _names(text: str) -> set[str]:
    return {n.name for n in extract(text).nodes()}


def test_items_of_a_list_closed_by_deng_are_nodes_when_its_head_is_vague():
    got = _names("岚州将陆续开展专场招聘会、人才恳谈会、项目路演等系列活动30余场。")
    assert {"专场招聘会", "人才恳谈会", "项目路演"} <= got


def test_items_after_a_word_of_including_are_nodes():
    got = _names("本趟班列装载的货物主要有机电产品、家居用品、陶瓷制品和农产品。")
    assert {"机电产品", "家居用品", "陶瓷制品", "农产品"} <= got


def test_a_run_with_one_act_in_it_gives_no_nodes():
    # 管理好: an act, so the run lists tasks, not things
    got = _names("岚州要求把园区道路、公共绿地、管理好等工作落实到位。")
    assert "园区道路" not in got and "公共绿地" not in got


def test_an_unmarked_run_gives_no_nodes():
    got = _names("会议听取了岚州工作组、恒拓调研组的报告。")
    assert "岚州工作组" not in got


def test_a_place_before_the_list_is_no_part_of_its_first_item():
    got = _names("河北钢铁、煤炭等产业发展迅速。")
    assert {"钢铁", "煤炭"} <= got and "河北钢铁" not in got


def test_listed_bodies_are_organisations():
    kg = extract("市委、市政府等部门高度重视。")
    types = {n.name: n.type for n in kg.nodes()}
    assert types.get("市政府") == "Organization"
