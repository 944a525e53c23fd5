"""Public institutions named by a level and their function (省海洋装备研究院, 市外贸企业服务促进
中心, 省无线电监测站) are organisations although their words are ordinary ones; a level inside a
word (城市数据中心) or a list of two bodies (市人社局与岚州航运职业学院) names none."""

from tests.loaders.extraction_helpers import extract, node_types


def test_institutions_named_by_level_and_function_are_organisations():
    got = node_types(extract("栖梧数控还同省海洋装备研究院签订框架协议。"
                             "由市外贸企业服务促进中心牵头，省无线电监测站配合。"))
    assert got.get("省海洋装备研究院") == "Organization"
    assert got.get("市外贸企业服务促进中心") == "Organization"
    assert got.get("省无线电监测站") == "Organization"


def test_a_level_inside_a_word_or_a_list_of_bodies_is_no_name():
    got = node_types(extract("加快建设城市数据研究中心。市人社局与岚州航运职业学院合办订单班。"))
    assert "市数据研究中心" not in got
    assert not any(n.startswith("市人社局与") for n in got)


def test_a_levels_own_committee_and_government_act():
    kg = extract("今年初，省委、省政府印发《岚江省海洋经济提速行动方案》。县委书记王某出席。")
    got = node_types(kg)
    assert got.get("省委") == "Organization" and got.get("省政府") == "Organization"
    assert "县委" not in got


def test_a_groups_legal_form_stays_in_its_name_after_a_verb_inside_it():
    got = node_types(extract("该系统由栖梧水务公司联合栖梧城乡开发集团有限公司合作研制。"))
    assert got.get("栖梧城乡开发集团有限公司") == "Organization"
