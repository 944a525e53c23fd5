"""A quoted brand with 系列 and a noun after it (“甲乙”系列一体化关节) names a product line even
with no verb of launching before it, when a clause mark, a join or a word opening the predicate
(已, 完成 …) closes it; a phrase with 的 inside (“甲乙”系列的…) is none of it."""

from tests.loaders.extraction_helpers import extract, node_types


def test_a_series_closed_by_the_predicate():
    got = node_types(extract("公司自研的“甲乙”系列一体化关节已完成第三代迭代。"))
    assert got.get("甲乙系列一体化关节") == "Initiative"


def test_series_joined_in_a_list():
    got = node_types(extract("公司推出了新一代“丙丁X9”系列3D视觉检测系统和“丙丁S”系列线扫相机，"
                             "并发布平台。"))
    assert got.get("丙丁S系列线扫相机") == "Initiative"
    assert not any(n.startswith("丙丁X9") and n.endswith("相机") for n in got)


def test_a_series_run_too_long_is_none():
    got = node_types(extract("“甲乙”系列高端精密伺服驱动控制器件销量增长。"))
    assert not any(n.startswith("甲乙系列") for n in got)
