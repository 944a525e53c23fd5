"""The two parties of a signed agreement when an adverb stands before the word of partnership
(甲还与乙签署…) or the second party is a body's name the mention finder does not know (甲与省某某
中心签署…): 双方 then names both. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _implementers(text: str, target: str) -> set[str]:
    return {s for s, r, t in edges(extract(text)) if r == "IMPLEMENTS" and t == target}


def test_an_adverb_before_the_partnership_word_keeps_both_parties():
    got = _implementers("临江市人民政府还与远帆精工股份有限公司签署合作协议，"
                        "双方将共建临江数据服务站。", "临江数据服务站")
    assert got == {"临江市人民政府", "远帆精工股份有限公司"}


def test_an_unknown_body_name_after_the_partnership_word_is_a_party():
    got = _implementers("当天，临江市人民政府也与省数据服务中心签署合作协议，"
                        "双方将共建临江数据服务站。", "临江数据服务站")
    assert got == {"临江市人民政府", "省数据服务中心"}


def test_a_plain_phrase_after_the_partnership_word_is_no_party():
    got = _implementers("临江市人民政府与周边多个县签署合作协议，双方将共建临江数据服务站。",
                        "临江数据服务站")
    assert "周边多个县" not in got
    assert "临江市人民政府" not in got  # (one party only: 双方 names nobody)


def test_an_adverb_that_is_no_partnership_word_joins_nobody():
    got = _implementers("临江市人民政府还在省数据服务中心签署合作协议，"
                        "双方将共建临江数据服务站。", "临江数据服务站")
    assert "省数据服务中心" not in got
