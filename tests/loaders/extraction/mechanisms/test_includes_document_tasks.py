"""A policy document that sets out a list of tasks (方案提出开展A、推动B等) includes each task.
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_plan_includes_the_tasks_it_sets_out():
    got = edges(extract("方案提出开展技能培训活动、推动养老进社区、完善服务标准体系等，"
                        "促进养老服务提质。"))
    for task in ("开展技能培训活动", "推动养老进社区", "完善服务标准体系"):
        assert ("方案", "INCLUDES", task) in got


def test_a_titled_document_includes_its_tasks():
    got = edges(extract("《意见》明确加强数据共享、完善标准体系。"))
    assert ("意见", "INCLUDES", "加强数据共享") in got


def test_a_body_that_proposes_tasks_includes_nothing():
    got = edges(extract("市政府提出推动养老进社区、深化产教融合等。"))
    assert not any(t == "INCLUDES" for _, t, _ in got)


def test_a_clause_after_the_verb_is_no_list_of_tasks():
    got = edges(extract("方案提出，到2027年培育一批养老服务品牌、建成一批示范社区。"))
    assert not any(t == "INCLUDES" and s == "方案" for s, t, _ in got)


def test_a_list_of_things_is_no_list_of_tasks():
    got = edges(extract("方案提出智慧养老、社区托育两个目标。"))
    assert not any(s == "方案" for s, _, _ in got)
