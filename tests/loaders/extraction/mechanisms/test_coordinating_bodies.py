"""A coordinating body a plan sets up for a task (X工作领导小组, X工作专班) is an
organisation; its office named bare (专班办公室, 领导小组办公室) is no body of its own, and a
counted or generic one (一个工作专班) names none."""

from tests.loaders.extraction_helpers import extract, node_types


def test_a_task_force_is_an_organisation():
    got = node_types(extract("市甲乙发展工作专班负责统筹推进各项措施。"))
    assert got.get("市甲乙发展工作专班") == "Organization"
    got = node_types(extract("成立区丙丁发展工作领导小组，由区长任组长，统筹推进全区工作。"))
    assert got.get("区丙丁发展工作领导小组") == "Organization"


def test_the_bare_office_of_a_task_force_is_no_body():
    text = ("成立由分管副县长任组长的甲乙消费提质工作专班，专班办公室设在县商务局。"
            "各牵头单位每月向专班办公室报送工作进展，领导小组办公室负责日常工作。")
    got = node_types(extract(text))
    assert "专班办公室" not in got and "领导小组办公室" not in got
    assert got.get("甲乙消费提质工作专班") == "Organization"


def test_a_counted_task_force_names_none():
    got = node_types(extract("按照一条产业链、一个工作专班的思路开展招商。"))
    assert not any(n.endswith("专班") for n in got)
