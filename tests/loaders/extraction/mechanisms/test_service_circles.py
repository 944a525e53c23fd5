"""Round q88 on texts of our own: a service circle a plan's task builds (``打造十分钟便民生活圈``)
is one of the task's programmes: the units that lead the task carry it out besides the task
its title names. A clause that only mentions daily life (提升居民生活品质) names none."""

from tests.loaders.extraction_helpers import edges, extract

_PLAN = ("松城甲区社区服务2033年工作方案\n\n"
         "一、重点任务\n\n"
         "1．开展“幸福社区”建设试点，{body}\n"
         "牵头单位：区商务局\n"
         "责任单位：区民政局、东湖街道办事处\n")


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_PLAN.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_the_task_builds_a_service_circle():
    impl = _impl("在东湖、西湖两个社区打造十分钟便民生活圈，补齐托育设施短板。")
    assert ("区商务局", "十分钟便民生活圈") in impl
    assert ("区商务局", "幸福社区建设试点") in impl


def test_daily_life_is_no_programme():
    impl = _impl("补齐托育设施短板，提升居民生活品质。")
    assert all("生活" not in b for _, b in impl)
