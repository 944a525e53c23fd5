"""Public institutions named by a level and their function (省工业互联网研究院, 市中小企业发展促进
中心, 省无线电监测站) are organisations although their words are ordinary ones; a level inside a
word (城市数据中心) or a list of two bodies (市人社局与岚州职业技术学院) names none."""

from tests.loaders.extraction_helpers import extract, node_types


def test_institutions_named_by_level_and_function_are_organisations():
    got = node_types(extract("岚州智能还与省工业互联网研究院签署合作协议。"
                             "由市中小企业发展促进中心负责，省无线电监测站配合。"))
    assert got.get("省工业互联网研究院") == "Organization"
    assert got.get("市中小企业发展促进中心") == "Organization"
    assert got.get("省无线电监测站") == "Organization"


def test_a_level_inside_a_word_or_a_list_of_bodies_is_no_name():
    got = node_types(extract("加快建设城市数据研究中心。市人社局与岚州职业技术学院共建订单班。"))
    assert "市数据研究中心" not in got
    assert not any(n.startswith("市人社局与") for n in got)


def test_a_levels_own_committee_and_government_act():
    kg = extract("去年以来，省委、省政府出台《岚江省加快培育新动能行动方案》。县委书记王某出席。")
    got = node_types(kg)
    assert got.get("省委") == "Organization" and got.get("省政府") == "Organization"
    assert "县委" not in got


def test_a_groups_legal_form_stays_in_its_name_after_a_verb_inside_it():
    got = node_types(extract("该平台由恒拓供电公司联合恒拓能源投资集团有限公司共同开发。"))
    assert got.get("恒拓能源投资集团有限公司") == "Organization"
