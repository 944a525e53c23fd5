"""A chain of parts joined by + inside quotes before a known term lists that term's parts
(“A+B+C”创新链). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_parts_of_a_quoted_chain_are_parts_of_the_term_after_it():
    got = edges(extract("加快构建“原始创新+中试验证+量产应用”全链条创新链。"))
    assert {("创新链", "INCLUDES", x) for x in ("原始创新", "中试验证", "量产应用")} <= got


def test_a_chain_part_the_lexicon_knows_keeps_its_name():
    got = edges(extract("打造“科技金融+成果转化+人才引育”产业链。"))
    assert ("产业链", "INCLUDES", "科技金融") in got


def test_a_quoted_model_name_lists_no_parts():
    got = edges(extract("推广“合作社+农户+电商”模式。"))
    assert not any(t == "INCLUDES" for _, t, _ in got)


def test_two_parts_are_a_name_not_a_list():
    got = edges(extract("推进“人工智能+制造”产业链建设。"))
    assert not any(t == "INCLUDES" for _, t, _ in got)


def test_a_chain_before_no_head_word_lists_nothing():
    got = edges(extract("他们提出“早发现+早报告+早处置”的要求。"))
    assert not any(t == "INCLUDES" for _, t, _ in got)
