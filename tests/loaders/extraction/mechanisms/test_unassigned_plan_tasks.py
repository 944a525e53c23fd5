"""A department's plan: a bracket of years closing the issued title, and numbered tasks that
name no units carried out by the body whose title line issues the plan. All texts are made
up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

TITLE = "丰禾省农业农村厅关于印发《丰禾省智慧农业三年行动方案（2031—2033年）》的通知\n\n"
HEAD = ("各市农业农村局：\n\n现将方案印发给你们，请认真贯彻落实。\n\n"
        "丰禾省智慧农业三年行动方案\n\n二、主要任务\n\n")
TASKS = ("（一）实施“数田”全覆盖行动。组织服务机构为农户提供免费咨询。\n\n"
         "（二）开展智慧农场城市试点。在省内遴选三个城市开展试点。\n\n")


def test_a_bracket_of_years_is_no_part_of_the_issued_title():
    got = edges(extract(TITLE + HEAD + TASKS))
    assert ("丰禾省农业农村厅", "IMPLEMENTS", "丰禾省智慧农业三年行动方案") in got


def test_the_issuer_carries_out_tasks_that_name_no_units():
    got = edges(extract(TITLE + HEAD + TASKS))
    assert ("丰禾省农业农村厅", "IMPLEMENTS", "数田全覆盖行动") in got
    assert ("丰禾省农业农村厅", "IMPLEMENTS", "智慧农场城市试点") in got


def test_a_plan_that_names_units_leaves_its_tasks_to_them():
    boxed = TASKS.replace("免费咨询。", "免费咨询。（省农业科学院牵头，各市农业农村局负责）")
    got = edges(extract(TITLE + HEAD + boxed))
    assert not any(s == "丰禾省农业农村厅" and t == "智慧农场城市试点" for s, _r, t in got)
    assert not any(s == "丰禾省农业农村厅" and t == "数田全覆盖行动" for s, _r, t in got)


def test_a_text_without_an_issuing_title_names_no_issuer_for_its_tasks():
    got = edges(extract(HEAD + TASKS))
    assert not any(r == "IMPLEMENTS" and t == "智慧农场城市试点" for _s, r, t in got)


def test_a_government_office_issuing_for_its_government_carries_out_no_tasks():
    office = TITLE.replace("丰禾省农业农村厅", "丰禾省人民政府办公厅")
    got = edges(extract(office + HEAD + TASKS))
    assert not any(s == "丰禾省人民政府办公厅" and t == "智慧农场城市试点" for s, _r, t in got)
