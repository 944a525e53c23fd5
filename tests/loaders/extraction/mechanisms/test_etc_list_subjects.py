"""A list closed by 等 and followed at once by a verb of joint action (深化, 加强, 签署, 举办…,
``INCLUDES.etc_predicates``) is the subject or the partners of that verb, no parts of the noun
after the verb (甲与乙、丙等深化务实合作: 乙 and 丙 are partners, not kinds of 合作)."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_partners_before_a_verb_of_joint_action_are_no_parts():
    got = _includes("甲集团与沿线铁路、物流、港口企业等深化务实合作，共同开发货源。"
                    "甲市同乙市、丙市等加强交流合作。甲局与乙行、丙所等签署战略协议。")
    assert not got


def test_a_list_with_a_noun_head_still_has_parts():
    got = _includes("甲省举办了灯会、庙会等民俗活动。")
    assert {("民俗活动", "INCLUDES", "灯会"), ("民俗活动", "INCLUDES", "庙会")} <= got
