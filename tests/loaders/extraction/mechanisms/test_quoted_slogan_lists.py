"""A quote that lists the parts of one slogan, right after a verb of launching and with a head
after it (推出“提前申报、抵港直装”服务), names one practice, the quote kept in the name; a quoted
list of qualities (“可靠、温暖”品牌形象), a list with no launching verb before it or no head after
it names none."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_launched_slogan_list_with_a_head_is_one_name():
    kg = extract("甲乙海关依托平台推出“提前申报、抵港直装”服务，出口货物通关时间明显压缩。")
    assert node_types(kg).get("“提前申报、抵港直装”服务") == "Initiative"
    assert ("甲乙海关", "IMPLEMENTS", "“提前申报、抵港直装”服务") in edges(kg)


def test_a_list_of_qualities_is_no_name():
    got = node_types(extract("公司推出“稳健、亲和、创新”品牌形象。"))
    assert not any("稳健" in n for n in got)


def test_no_launching_verb_no_name():
    got = node_types(extract("坚持“送政策、解难题”活动，服务企业。"))
    assert not any("送政策" in n for n in got)


def test_no_head_after_the_quote_no_name():
    got = node_types(extract("推行“提前申报、抵港直装”，压缩通关时间。"))
    assert not any("提前申报" in n for n in got)
