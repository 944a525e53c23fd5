"""Round 34 mechanisms: a counted list framed by a verb of composing or dividing (X由A、B、C
三大H组成, X分为A和B两大部分) belongs to the whole X, not to the counted head; a list of bare
two-character words before a kind classifier (A、B、C三类客户) qualifies the head and names no
parts; an agreement named in title marks (《甲地—乙地…合作框架协议》) is a programme.
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _rel(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == rel}


# -- the whole of counted parts ------------------------------------------------------------
def test_a_dividing_verb_gives_the_parts_to_the_whole():
    got = _rel("绿源经济通常分为绿色制造和绿色服务两大部分。", "INCLUDES")
    assert got == {("绿源经济", "绿色制造"), ("绿源经济", "绿色服务")}


def test_a_dividing_verb_that_opens_a_clause_gives_them_to_the_clause_before():
    got = _rel("开展“四季惠民购物”活动，分为春季花卉节、夏季啤酒节、秋季丰收节和冬季冰雪节"
               "四个阶段。", "INCLUDES")
    assert ("四季惠民购物活动", "春季花卉节") in got
    assert ("四季惠民购物活动", "冬季冰雪节") in got
    assert not any(h == "阶段" for h, _t in got)


def test_a_composing_verb_after_a_counted_head_gives_the_parts_to_the_subject():
    got = _rel("绿源经济由绿色制造、绿色服务和绿色金融三个基本要素组成。", "INCLUDES")
    assert ("绿源经济", "绿色金融") in got
    assert not any(h == "基本要素" for h, _t in got)


def test_a_counted_list_without_such_a_verb_keeps_its_head():
    got = _rel("推动光伏组件、储能电站、氢能装置三大板块协同发展。", "INCLUDES")
    assert not any(h == "推动" or h.startswith("光伏") for h, _t in got)
    assert any(t == "储能电站" for _h, t in got)


# -- kinds named by a qualifier ------------------------------------------------------------
def test_bare_words_before_a_kind_classifier_name_no_parts():
    assert _rel("新平台面向农业、文旅、物流和教育四类客户。", "INCLUDES") == set()
    assert _rel("在电力、通信、排水三类设施上安装传感器。", "INCLUDES") == set()


def test_longer_items_before_a_kind_classifier_stay_parts():
    got = _rel("推动光伏组件、储能电站、氢能装置三类设施升级。", "INCLUDES")
    assert any(t == "储能电站" for _h, t in got)


def test_bare_words_before_a_major_count_stay_parts():
    got = _rel("聚焦纺织、化工、建材三大传统行业。", "INCLUDES")
    assert ("传统行业", "化工") in got


# -- agreements in title marks -------------------------------------------------------------
def _names(text: str) -> set[str]:
    return set(node_types(extract(text)))


def test_an_agreement_in_title_marks_is_a_programme():
    text = "两市共同签署《甲州—乙州文旅协同发展合作框架协议》，约定共建文旅走廊。"
    assert "甲州—乙州文旅协同发展合作框架协议" in _names(text)


def test_a_bare_agreement_is_no_programme():
    names = _names("云舟公司与青岚大学签署合作协议，共建实验室。")
    assert not any(n.endswith("协议") for n in names)
