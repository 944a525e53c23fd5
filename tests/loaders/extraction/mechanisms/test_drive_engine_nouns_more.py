"""The engine frame of DRIVES (A是推动B的重要引擎) with a bare action noun as A (改革是B的根本
动力), a noun and its verb as one word (数据共享是…), a way or key (途径, 一把钥匙, 一股力量), a
foundation named as support (基础支撑) and a verb of speed before B (是加速B的催化剂). Sentences
of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_engine_frames_that_drive():
    assert ("改革", "湖区渔业发展") in _drives("改革是湖区渔业发展的根本动力。")
    assert ("信息互通", "通关效率") in _drives("信息互通是提升通关效率的关键驱动力。")
    assert ("产学协作", "新品迭代") in _drives("产学协作是加速新品迭代的催化剂。")
    assert ("科技人才", "湖区振兴") in _drives("科技人才是湖区振兴的基础支撑。")
    assert ("生态旅游", "候鸟经济") in _drives("生态旅游是壮大候鸟经济的重要途径。")
    assert ("夜间经济", "老城商业") in _drives("夜间经济也是激活老城商业的一把钥匙。")
    assert ("志愿服务", "社区治理") in _drives("让志愿服务真正成为推动社区治理的一股力量。")


def test_frames_that_name_no_driver():
    assert not _drives("改革是一项系统工程。")
    assert not _drives("改革是湖区渔业发展的一项内容。")
    assert not _drives("湿地修复是候鸟经济的一把尺子。")
