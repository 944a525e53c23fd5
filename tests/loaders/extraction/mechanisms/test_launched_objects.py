"""Round m110 on texts of our own: what a body launches, read more closely —

- ``推出以A、B为核心指标的“X”``: the quoted name that closes a 以…为…的 frame is launched, not the
  items inside the frame;
- ``“X”由A与B联合推出`` / ``该平台由A开发``: a launching verb closes the 由 clause of the thing;
- ``研发人员``, ``研发体系``: an implementing verb that opens a noun compound is no verb;
- ``该集聚区由A打造`` takes up the full earlier name, a word of time after its quoted part
  included (``“甲乙里”夜经济集聚区``); ``本届直播节由A主办`` takes up the festival named before;
- ``由A牵头、B负责建设运营的X``: the building verb before 的 closes the list of bodies;
- ``打造集A、B于一体的X``: X is built, the frame only says what it holds."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = "岚州银行2031年社会责任报告\n\n"


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(text))
            if r == "IMPLEMENTS"}


def test_a_framed_quote_is_launched():
    impl = _impl(_HEAD + "本行推出以订单流水、纳税记录和用工规模为主要依据的“青禾快贷”，"
                 "让小微商户凭“经营信用”拿到周转资金。")
    assert ("岚州银行", "青禾快贷") in impl
    assert not any(b in ("纳税记录", "用工规模") for _, b in impl)


def test_launched_by_named_bodies():
    impl = _impl(_HEAD + "另外，“栖梧农担贷”由本行与青禾县林业局共同推出，"
                 "单户额度最高300万元。")
    assert ("青禾县林业局", "栖梧农担贷") in impl
    assert ("岚州银行", "栖梧农担贷") in impl


def test_a_verb_opening_a_noun_compound_is_no_verb():
    impl = _impl("青禾精工集团2031年年度报告\n\n"
                 "去年，公司有研发人员348名，公司研发体系包含基础研究和应用开发两个层次。")
    assert not any(b.startswith(("人员", "体系")) for _, b in impl)


def test_the_full_earlier_name_with_a_word_of_time():
    impl = _impl("在栖梧区，由废弃粮仓改建而成的“栖梧仓”夜经济集聚区上周开放。"
                 "这个集聚区由区商务局联合栖梧城投公司打造，分为四个街区。")
    assert ("区商务局", "栖梧仓夜经济集聚区") in impl


def test_this_edition_takes_up_the_event_named_before():
    impl = _impl("9月20日，第五届“青禾山货”网络直播节在镇文化广场启幕。"
                 "本届直播节由县农业农村局、县妇联联合主办，持续两周。")
    assert ("县农业农村局", "第五届青禾山货网络直播节") in impl
    assert not any(b.startswith("本届") for _, b in impl)


def test_a_lead_and_a_builder_before_the_built_thing():
    impl = _impl("栖梧数字园区管理委员会（以下简称“管委会”）成立于2028年。"
                 "由管委会牵头、栖梧云启集团负责建设并运营的“栖梧链”供应链协同平台"
                 "于今年3月启用。")
    assert ("栖梧数字园区管理委员会", "栖梧链供应链协同平台") in impl
    assert ("栖梧云启集团", "栖梧链供应链协同平台") in impl


def test_a_research_centre_moved_is_nothing_built():
    impl = _impl("2030年，青禾储能科技公司将总部及研发中心一并迁入栖梧区。")
    assert not any("迁入" in b for _, b in impl)


def test_a_relative_clause_after_a_marking_verb():
    impl = _impl("3月2日，首班列车驶出青禾物流园，标志着由栖梧陆港物流有限公司开通的"
                 "“青禾直达”冷链班列正式开行。")
    assert ("栖梧陆港物流有限公司", "青禾直达冷链班列") in impl
    assert not any(a.startswith("标志") or b.startswith("标志") for a, b in impl)


def test_what_a_built_thing_brings_together_is_no_object():
    impl = _impl("岚州银行2031年社会责任报告\n\n"
                 "本行打造集缴费、结算、咨询于一体的“岚惠通”便民金融平台，覆盖商户3万家。")
    assert ("岚州银行", "岚惠通便民金融平台") in impl
    assert not any(b.startswith("集") for _, b in impl)


def test_this_fair_takes_up_the_fair_named_before():
    impl = _impl("第二届栖梧山地农业博览会昨天在青禾镇开幕。"
                 "本届农博会由青禾县人民政府主办，青禾县农业农村局承办，吸引了900多家参展商。")
    assert ("青禾县人民政府", "第二届栖梧山地农业博览会") in impl
    assert not any(b.startswith("本届") for _, b in impl)
