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
    impl = _impl(_HEAD + "本行推出以研发投入、专利质量和人才结构为核心指标的“科创积分贷”，"
                 "让初创企业凭“技术含量”获得融资。")
    assert ("岚州银行", "科创积分贷") in impl
    assert not any(b in ("专利质量", "人才结构") for _, b in impl)


def test_launched_by_named_bodies():
    impl = _impl(_HEAD + "其中，“恒信贷”由本行与岚州市科学技术局联合推出，"
                 "最高给予500万元信用贷款。")
    assert ("岚州市科学技术局", "恒信贷") in impl
    assert ("岚州银行", "恒信贷") in impl


def test_a_verb_opening_a_noun_compound_is_no_verb():
    impl = _impl("恒拓科技股份有限公司2031年年度报告\n\n"
                 "截至报告期末，公司拥有研发人员612名，公司研发体系分为前瞻研究和产品开发两个层级。")
    assert not any(b.startswith(("人员", "体系")) for _, b in impl)


def test_the_full_earlier_name_with_a_word_of_time():
    impl = _impl("在岷江市，由老旧街区改造而成的“岷江里”夜经济集聚区昨晚开街。"
                 "这个集聚区由市文广旅局联合岷江文旅集团打造，设有三大板块。")
    assert ("市文广旅局", "岷江里夜经济集聚区") in impl


def test_this_edition_takes_up_the_event_named_before():
    impl = _impl("6月13日，第三届“岚溪好物”电商直播节在县电商直播基地开幕。"
                 "本届直播节由县商务局、县供销合作社联合主办，为期一个月。")
    assert ("县商务局", "第三届岚溪好物电商直播节") in impl
    assert not any(b.startswith("本届") for _, b in impl)


def test_a_lead_and_a_builder_before_the_built_thing():
    impl = _impl("岚州临港产业园管理委员会（以下简称“管委会”）成立于2029年。"
                 "由管委会牵头、岚州数联科技有限公司负责建设运营的“临港智造云”工业互联网平台"
                 "于去年6月上线。")
    assert ("岚州临港产业园管理委员会", "临港智造云工业互联网平台") in impl
    assert ("岚州数联科技有限公司", "临港智造云工业互联网平台") in impl


def test_a_research_centre_moved_is_nothing_built():
    impl = _impl("2031年，岚汐海洋装备股份有限公司将总部和研发中心从外地整体迁入园区。")
    assert not any("迁入" in b for _, b in impl)


def test_a_relative_clause_after_a_marking_verb():
    impl = _impl("11月18日，货轮驶离岚港二期码头，标志着由岚港港务集团有限公司开通的"
                 "“岚东快航”集装箱航线正式运营。")
    assert ("岚港港务集团有限公司", "岚东快航集装箱航线") in impl
    assert not any(a.startswith("标志") or b.startswith("标志") for a, b in impl)


def test_what_a_built_thing_brings_together_is_no_object():
    impl = _impl("岚州银行2031年社会责任报告\n\n"
                 "本行打造集存款、贷款、理财于一体的“岚e贷”综合服务平台，服务客户10万户。")
    assert ("岚州银行", "岚e贷综合服务平台") in impl
    assert not any(b.startswith("集") for _, b in impl)


def test_this_fair_takes_up_the_fair_named_before():
    impl = _impl("第三届岷川国际投资贸易洽谈会今天在锦宁开幕。"
                 "本届岷洽会由岷川省人民政府主办，岷川省商务厅承办，吸引了2600余名客商参会。")
    assert ("岷川省人民政府", "第三届岷川国际投资贸易洽谈会") in impl
    assert not any(b.startswith("本届") for _, b in impl)
