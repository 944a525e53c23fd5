"""A company named by its short form as a partner (与青禾汽车合作, 联合禾川快递、丁丁银行共建): a
brand that is no dictionary word and a word of trade, between a partner opener and closer, is an
organisation, also where the text names it again; a kind of firm (与新能源汽车企业合作, 与当地
物流合作) or a brand outside a partner frame names none."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_partner_with_a_trade_word_is_a_company():
    got = node_types(extract("今年，甲乙科技公司将与青禾汽车合作，开展机器人质检实训。"))
    assert got.get("青禾汽车") == "Organization"


def test_every_listed_partner_is_a_company_and_acts():
    text = ("甲乙科技联合禾川快递、青穗农商银行共建县域数字服务站。"
            "禾川快递把二十个县的共配线路接入产地仓。")
    kg = extract(text)
    assert node_types(kg).get("禾川快递") == "Organization"
    assert ("禾川快递", "IMPLEMENTS", "县域数字服务站") in edges(kg)


def test_a_kind_of_firm_is_no_company():
    got = node_types(extract("我们与当地物流合作，并与传统汽车合作，与新能源汽车企业合作。"))
    assert not any(n.endswith(("物流", "汽车")) and t == "Organization" for n, t in got.items())


def test_no_partner_frame_names_no_company():
    got = node_types(extract("青禾汽车销量增长较快，带动了零部件生产。"))
    assert "青禾汽车" not in got or got["青禾汽车"] != "Organization"


def test_a_place_and_its_sector_is_no_company():
    got = node_types(extract("栖林市与望川市文旅合作签约仪式在栖林会展中心举行。"))
    assert "望川市文旅" not in got
