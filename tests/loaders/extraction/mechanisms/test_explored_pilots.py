"""Round q88 on texts of our own: a plan task whose title names no programme (培育X市场) but
whose paragraph explores a pilot (``探索Y试点``) is carried out through that pilot by its
leading units, not through the title; exploring something that is no programme (探索新路径)
launches nothing and the title stays."""

from tests.loaders.extraction_helpers import edges, extract

_PLAN = ("松城甲区数字经济2033年工作方案\n\n"
         "一、重点任务\n\n"
         "（四）培育数据要素市场。组建区公共数据运营公司，{body}\n"
         "牵头单位：区数据资源局\n"
         "配合单位：区财政局\n")


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_PLAN.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_an_explored_pilot_is_the_task_programme():
    impl = _impl("探索数据资产入表试点，以数据流通释放发展新动能。")
    assert ("区数据资源局", "数据资产入表试点") in impl
    assert ("区数据资源局", "数据要素市场") not in impl


def test_exploring_a_path_launches_nothing():
    impl = _impl("探索数据流通新路径，以数据流通释放发展新动能。")
    assert all("路径" not in b for _, b in impl)
