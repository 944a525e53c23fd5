"""Round m101 on texts of our own: in a plan task, a clause that completes a named facility
(``建成区级X监测平台``: 建成 in ``task_body_launch_verbs``) gives it to the task's leading units,
as 实施/开展 do; a clause whose 建成 object names no programme (建成区) gives nothing."""

from tests.loaders.extraction_helpers import edges, extract

_PLAN = ("松城甲区城市安全2033年工作方案\n\n一、重点任务\n\n"
         "5．实施城市安全韧性工程，在供水、桥梁设施上安装感知设备，{body}。\n"
         "牵头单位：区城市管理局\n配合单位：区应急管理局\n\n"
         "6．加快老旧小区改造。推进加装电梯。\n牵头单位：区住房城乡建设局\n")


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_PLAN.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_a_completed_facility_of_the_task():
    impl = _impl("建成区级城市安全监测平台，实现风险早预警")
    assert ("区城市管理局", "城市安全韧性工程") in impl
    assert any(a == "区城市管理局" and "城市安全监测平台" in b for a, b in impl)


def test_completing_no_named_thing_launches_nothing():
    impl = _impl("实现风险早预警")
    assert ("区城市管理局", "城市安全韧性工程") in impl
    assert not any("预警" in b for _a, b in impl)
