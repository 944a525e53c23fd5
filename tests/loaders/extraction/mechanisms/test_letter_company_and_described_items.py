"""A letter whose title names no company is by the company its first paragraph names; a
definition (所谓X) is the topic a pronoun takes up; items of a counted summary that are whole
的-phrases (一是面向青年的技能培训). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

_LETTER = ("致股东的信\n\n各位股东：\n\n"
           "这一年，是远帆精工股份有限公司稳步发展的一年。\n\n"
           "公司出资设立全资子公司远帆储运科技有限公司。"
           "今年，公司实施“青岚工匠”培养计划。\n")


def test_a_letter_is_by_the_company_its_first_paragraph_names():
    got = edges(extract(_LETTER))
    assert ("远帆精工股份有限公司", "IMPLEMENTS", "青岚工匠培养计划") in got
    assert ("远帆储运科技有限公司", "IMPLEMENTS", "青岚工匠培养计划") not in got


def test_a_text_without_a_letter_title_keeps_the_company_named_most():
    text = _LETTER.replace("致股东的信", "行业观察").replace(
        "设立全资子公司远帆储运科技有限公司。",
        "设立远帆储运科技有限公司。远帆储运科技有限公司扩建码头。")
    got = edges(extract(text))
    assert ("远帆精工股份有限公司", "IMPLEMENTS", "青岚工匠培养计划") not in got


def test_a_defined_term_is_taken_up_by_a_pronoun_and_owns_levels():
    got = edges(extract("所谓数字经济，并不等于互联网。从内涵看，它至少包括两个层次："
                        "一是面向企业的产品研发，二是面向居民的服务供给。"))
    assert ("数字经济", "INCLUDES", "面向企业的产品研发") in got
    assert ("数字经济", "INCLUDES", "面向居民的服务供给") in got


def test_an_item_that_is_a_clause_is_no_whole_phrase():
    got = edges(extract("数字经济包括两个方面：一是要加快推进数据开放的，二是产业数字化。"))
    assert not any(t.startswith("要加快") for _s, _r, t in got)
