"""Round seventy-four on texts of our own: a one-character word that closes a facility's head
ends no phrase (``新设立便民金融服务站``: 站 is no verb there); ``全辖`` (a bank and its
branches as a whole) stands for the bank; in a verb compound (``建成投运X``) the last verb takes
the object (X, not 投运X); 投运 puts a facility into operation."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = ("松岩农商银行股份有限公司2033年年度报告摘要\n\n"
           "松岩农商银行股份有限公司2033年资产规模稳步增长。\n\n{body}\n")
_BANK = "松岩农商银行股份有限公司"


def _impl(body: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(_REPORT.format(body=body)))
            if r == "IMPLEMENTS"}


def test_a_station_closes_the_name():
    impl = _impl("在山区乡镇，我行新设立便民金融服务站，让村民就近办理业务。")
    assert (_BANK, "便民金融服务站") in impl
    assert (_BANK, "便民金融服务") not in impl


def test_the_whole_network_is_the_bank():
    impl = _impl("截至年末，全辖已建成松岩惠民服务站860个，覆盖全县九成以上的村。")
    assert (_BANK, "松岩惠民服务站") in impl


def test_the_last_verb_of_a_compound_takes_the_object():
    impl = _impl("一是实施“数字网点”攻坚工程，建成投运西坪数据灾备工程，系统可用率进一步提高。")
    assert not any(b.startswith("投运") for _a, b in impl)


def test_a_subsidiary_puts_a_station_into_operation():
    impl = _impl("科技板块方面，松岩金科公司投运县域首个分布式数据灾备电站，运行平稳。")
    assert any(a == "松岩金科公司" and b.endswith("数据灾备电站") for a, b in impl)


def test_quoted_products_issued_under_a_kind_are_the_banks():
    impl = _impl("全年发行“清江债”等蓝色金融债券15亿元，资金全部投向流域治理。")
    assert (_BANK, "清江债") in impl

