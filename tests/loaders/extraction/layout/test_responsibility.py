"""Plans: a numbered task with a box of responsible units."""

from ...extraction_helpers import edges, extract

PLAN = """三、重点任务
1．推进乡村快递网点建设。支持快递企业进村设点，完善县乡村三级寄递体系。（责任单位：省邮政管理局，省商务厅、各市人民政府）
2．打造农产品冷链平台。引导企业建设产地冷库。（牵头单位：省农业农村厅）"""


def test_each_responsible_unit_implements_the_task():
    got = edges(extract(PLAN))
    assert ("省邮政管理局", "IMPLEMENTS", "乡村快递网点建设") in got
    assert ("省商务厅", "IMPLEMENTS", "乡村快递网点建设") in got
    assert ("省农业农村厅", "IMPLEMENTS", "农产品冷链平台") in got
    # 各市人民政府 names no single body
    assert not any(s.startswith("各") for s, t, _ in got if t == "IMPLEMENTS")


def test_no_box_no_units():
    got = edges(extract(PLAN.replace("（责任单位：省邮政管理局，省商务厅、各市人民政府）", "")))
    assert ("省商务厅", "IMPLEMENTS", "乡村快递网点建设") not in got
