"""A relative including clause whose head has a verb before its kind word (涵盖A、B和C的梯度
培育体系): the verb qualifies the kind, the whole head includes each item. Made-up text."""

from tests.loaders.extraction_helpers import relation_pairs


def test_a_verb_before_the_kind_word_stays_in_the_head():
    got = relation_pairs("岚州建立涵盖初创企业、成长企业和独角兽企业的梯度培育体系。", "INCLUDES")
    for item in ("初创企业", "成长企业", "独角兽企业"):
        assert ("梯度培育体系", item) in got


def test_a_verb_with_more_words_after_it_ends_the_head():
    # the verb takes an object (…的X，服务Y): no kind word closes the head right after it
    got = relation_pairs("岚州出台涵盖初创企业、成长企业的扶持政策服务全市企业。", "INCLUDES")
    assert not any(h.endswith("服务全市企业") for h, _i in got)
