"""Round seventy-two on texts of our own: a product or service a company launches is an
initiative although its name ends with no programme word (推出“X”专属服务, 上线“Y”系列产品,
推出“Z”系列协作机器人); a quoted manner of service with no launching verb stays none."""

from tests.loaders.extraction_helpers import edges, extract, node_types

_REPORT = "甘棠银行2031年年度报告致辞\n\n甘棠银行股份有限公司2031年继续稳健经营。\n\n{body}\n"
_BANK = "甘棠银行股份有限公司"


def _graph(body: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    g = extract(_REPORT.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}, node_types(g)


def test_a_launched_service_or_product_is_an_initiative():
    impl, types = _graph("面对老龄化，我们推出“北汀安心”专属服务，在网点设立敬老窗口。")
    assert types.get("北汀安心专属服务") == "Initiative"
    impl, _ = _graph("我们在东汀、西汀两地试点推出“百企智联”服务包，企业按月付费。")
    assert (_BANK, "百企智联服务包") in impl
    impl, _ = _graph("本行上线“清溪贷”系列产品，支持流域治理。")
    assert (_BANK, "清溪贷系列产品") in impl


def test_a_launched_series_takes_the_rest_of_its_short_clause():
    impl, _ = _graph("我们推出了“云杉”系列协作机器人，负载覆盖3至20公斤。")
    assert (_BANK, "云杉系列协作机器人") in impl
    impl, types = _graph("我们推出了“云杉”系列协作机器人并获得订单。")
    assert not any(n.startswith("云杉系列协作机器人并") for n in types)


def test_a_quoted_manner_of_service_without_a_launch_is_no_initiative():
    _, types = _graph("本行为园区企业提供“一站式”金融服务，缩短办理时间。")
    assert "一站式金融服务" not in types
    _, types = _graph("由客户经理和风险经理组成的“三角”服务团队驻点服务。")
    assert "三角服务" not in types
