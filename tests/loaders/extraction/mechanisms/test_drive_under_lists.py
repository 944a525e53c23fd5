"""在A、B和C等多轮驱动下，X…: a list of drivers closed by a word of joint force
(``DRIVES.under_joint_tails``) names each item as a driver of X. Not bodies or people
(在甲部门和乙部门的共同推动下), and a single driver reads as before."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_each_item_of_a_list_drives():
    got = _drives("在市场牵引、技术创新和人才集聚等多轮驱动下，低空经济正加速起飞。")
    assert {("市场牵引", "低空经济"), ("技术创新", "低空经济"),
            ("人才集聚", "低空经济")} <= got, got


def test_pair_with_two_wheels():
    got = _drives("在政策扶持和需求升级双轮驱动下，新能源汽车产业快速发展。")
    assert {("政策扶持", "新能源汽车产业"), ("需求升级", "新能源汽车产业")} <= got, got


def test_joint_push_with_de():
    got = _drives("在消费补贴和以旧换新的共同推动下，家电销售额同比增长20%。")
    assert {("消费补贴", "家电销售额"), ("以旧换新", "家电销售额")} <= got, got


def test_bodies_are_no_drivers():
    assert not _drives("在甲公司和乙集团的共同推动下，家电销售额同比增长20%。")
    assert not _drives("在省委和省政府的共同推动下，家电销售额同比增长20%。")


def test_people_are_no_drivers():
    assert not _drives("在张三和李四的共同推动下，项目顺利完成。")


def test_single_driver_as_before():
    assert _drives("在消费补贴带动下，家电销售额同比增长20%。") == {("消费补贴", "家电销售额")}


def test_single_item_closed_by_etc_and_factor():
    got = _drives("在以旧换新政策等因素带动下，家电销售额同比增长20%。")
    assert ("以旧换新政策", "家电销售额") in got, got
    assert not any(s.endswith("因素") for s, _ in got), got
