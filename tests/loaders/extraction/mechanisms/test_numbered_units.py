"""A group's numbered unit named by the group's brand (青澜建工集团 … 青澜一局): an organisation,
where the document names the group; a count with no group's brand (第一局, 丁戊一局 with no 丁戊
group) names none."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_numbered_bureau_of_the_group_is_a_body():
    text = ("青澜建工集团全年新签合同额增长。青澜路桥公司负责施工的北陵电站并网发电；"
            "青澜一局承建的东港大桥建成通车。")
    kg = extract(text)
    assert node_types(kg).get("青澜一局") == "Organization"
    assert ("青澜一局", "IMPLEMENTS", "东港大桥") in edges(kg)


def test_no_group_named_no_unit():
    got = node_types(extract("第一局比赛结束。青澜一局承建大桥。"))
    assert "青澜一局" not in got and "第一局" not in got


def test_inside_a_longer_word_no_unit():
    got = node_types(extract("青澜建工集团召开会议。大青澜一局势稳定。"))
    assert "青澜一局" not in got
