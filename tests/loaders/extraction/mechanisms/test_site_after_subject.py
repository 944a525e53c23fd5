"""Bodies named in a clause that do not act in it. 甲银行在乙高新区设立X: a body after a
preposition of place (``IMPLEMENTS.place_preps``), with
the clause's subject before it, is the site of the act, not an actor. Made-up sentences."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_body_after_zai_is_the_site_not_an_actor():
    got = edges(extract("恒信银行在岚州高新区设立首家科技支行，配备专营团队。"))
    assert ("恒信银行", "IMPLEMENTS", "科技支行") in got
    assert not any(s == "岚州高新区" and r == "IMPLEMENTS" for s, r, _t in got)


def test_the_subject_acts_at_the_site():
    got = edges(extract("岚州市商务局在岚州高新区启动“岚品出海”行动。"))
    assert ("岚州市商务局", "IMPLEMENTS", "岚品出海行动") in got
    assert not any(s == "岚州高新区" and r == "IMPLEMENTS" for s, r, _t in got)


def test_a_body_whose_building_closes_an_object_is_no_subject():
    # 推进A三期和B研究院建设: B's 建设 is the object's noun, B does not act
    got = edges(extract("实施“科创青溪”三年行动，推进青溪科创中心三期和岚州大学青溪研究院建设，"
                        "力争新增高新技术企业60家以上。"))
    assert not any(s == "岚州大学青溪研究院" and r == "IMPLEMENTS" for s, r, _t in got)


def test_a_body_before_a_verb_with_its_object_still_acts():
    got = edges(extract("今年以来，岚州大学青溪研究院建设“青溪智造”公共服务平台。"))
    assert any(s == "岚州大学青溪研究院" and r == "IMPLEMENTS" for s, r, _t in got)
