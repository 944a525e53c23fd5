"""A plan that a government's office issues for its place, with section headings that launch
programmes (``（一）实施X行动``) above numbered tasks with units: the place carries out each
section programme (``layout/heading_issuer.py``). A text of our own."""

from tests.loaders.extraction_helpers import file_edges

_PLAN = """南屏区人民政府办公室关于印发《南屏区智慧城市建设三年行动计划（2025—2027年）》的通知

各街道办事处，区政府各部门：

《南屏区智慧城市建设三年行动计划（2025—2027年）》已经区政府同意，现印发给你们，请认真贯彻执行。

南屏区智慧城市建设三年行动计划（2025—2027年）

一、重点任务

（一）实施城市感知网络提升行动

1.加快物联感知设施建设。在主要道路和重点园区部署智能感知终端5000个。（牵头单位：区数据局）

（二）智慧服务场景拓展

2.推广“南屏通”服务平台。整合政务服务、停车缴费等高频事项。（牵头单位：区政务服务中心）
"""


def test_the_place_carries_out_a_section_programme(tmp_path):
    got = file_edges(tmp_path, _PLAN)
    impl = {(s, t) for s, r, t in got if r == "IMPLEMENTS"}
    assert any(s == "南屏区" and t.endswith("城市感知网络提升行动") for s, t in impl)


def test_a_heading_without_a_launching_verb_gives_no_edge(tmp_path):
    got = file_edges(tmp_path, _PLAN)
    assert not any(s == "南屏区" and "智慧服务场景" in t for s, r, t in got)


def test_an_office_of_no_place_government_gives_no_place(tmp_path):
    text = _PLAN.replace("南屏区人民政府办公室关于印发", "南屏区数据局办公室关于印发")
    got = file_edges(tmp_path, text)
    assert not any(s == "南屏区" and r == "IMPLEMENTS" for s, r, t in got)
