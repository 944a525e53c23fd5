"""Names in a document: organisations, quoted and numbered names, book titles, amounts."""

from conceptkg.loaders.extraction.mentions.find import find_mentions, org_aliases
from conceptkg.loaders.lexicon import get_lexicon

from ...extraction_helpers import edges, extract, node_types


def names(text: str) -> dict[str, str]:
    dm = find_mentions(text, get_lexicon())
    return {m.name: m.type for m in dm.items if m.type and m.type != "Place"}


def test_organisation_suffix_and_left_boundary():
    found = names("会上，省长听取了江南省数据集团有限公司的汇报。李明来到北川师范学院调研。")
    assert found.get("江南省数据集团有限公司") == "Organization"
    assert found.get("北川师范学院") == "Organization"
    assert not [n for n in found if n.startswith(("听取", "李明", "来到"))]


def test_words_ending_like_suffixes_are_not_organisations():
    found = names("全部干部到东部地区部署工作，召开新闻发布会，局长出席。")
    assert not [n for n, t in found.items() if t == "Organization"]


def test_generic_kinds_of_organisation_are_not_names():
    found = names("各类商业银行和律师事务所积极参与。")
    assert not [n for n, t in found.items() if t == "Organization"]


def test_place_and_core_word_and_short_forms():
    text = "江南省邮政分公司召开会议。江南邮政将推出新服务。中国联通参加。"
    dm = find_mentions(text, get_lexicon())
    orgs = [m for m in dm.items if m.type == "Organization"]
    assert [m.name for m in orgs] == ["江南省邮政分公司", "江南省邮政分公司", "中国联通"]
    assert org_aliases("恒拓银行江南省分行", ["江南"]) == {"恒拓银行江南分行"}


def test_quoted_and_numbered_names():
    found = names("采用“双轮驱动”发展模式，建设“七大平台”，推进十大工程，设立“专精特新”企业库。")
    assert found["双轮驱动发展模式"] == "Initiative"
    assert found["七大平台"] == "Initiative"
    assert found["十大工程"] == "Initiative"
    assert "二十大" not in "".join(names("学习贯彻党的二十大精神"))


def test_book_titles_of_policies():
    found = names("国务院印发《关于加快发展银发经济的意见（试行）》和《城市年鉴》。")
    assert found == {"国务院": "Organization", "关于加快发展银发经济的意见": "Initiative"}


def test_amounts_become_metrics_measuring_the_subject():
    kg = extract("江南省邮政分公司今年营业收入达到12.5亿元，同比增长8.3%。")
    metrics = {n.name: n for n in kg.nodes() if n.type == "Metric"}
    assert set(metrics) == {"营业收入 12.5亿元", "同比增长 8.3%"}
    m = next(n for n in metrics.values() if n.attributes["unit"] == "亿元")
    assert m.attributes["value"] == 12.5
    measured = {kg.node(e.target).name for e in kg.edges() if e.type == "MEASURES"}
    assert measured == {"江南省邮政分公司"}


def test_traditional_input_is_matched_and_evidence_keeps_original_text():
    kg = extract("數字經濟為高質量發展提供強勁動力。")
    e = next(e for e in kg.edges() if e.type == "DRIVES")
    assert (kg.node(e.source).name, kg.node(e.target).name) == ("数字经济", "高质量发展")
    assert e.evidence[0].sentence.startswith("數字經濟")
    assert node_types(kg)["数字经济"] == "Concept"


def test_span_lookups_agree_with_a_scan_of_every_mention():
    import random

    from conceptkg.loaders.extraction.mentions.mention_types import DocMentions, Mention

    rng = random.Random(7)
    items = []
    for k in range(300):
        s = rng.randrange(0, 200)
        items.append(Mention(s, s + rng.randrange(1, 50), f"m{k}",
                             rng.choice(["Organization", "Place", "Concept"]), "r"))
    items.sort(key=lambda m: m.start)
    dm = DocMentions(items=items, starts=[m.start for m in items])
    for _ in range(500):
        a = rng.randrange(0, 220)
        b = a + rng.randrange(0, 60)
        inside = [m for m in items if a <= m.start < b and m.end <= b]
        assert dm.between(a, b) == inside
        assert dm.at(a, b) == next((m for m in inside if m.start == a and m.end == b), None)
        assert dm.starting(a, b) == next((m for m in inside if m.start == a), None)
        assert dm.ending(b, a) == next((m for m in items if m.end == b and m.start >= a), None)
        assert dm.at_of_type(a, b, ("Place",)) == next(
            (m for m in inside if (m.start, m.end, m.type) == (a, b, "Place")), None)


def test_a_bracket_declaring_the_self_word_makes_bare_company_the_declarer():
    # 恒拓智能 declares 公司 as its own short name: bare 公司 is 恒拓智能 even where its
    # subsidiaries are named more often than it; 子公司 and 该公司 stay other bodies
    text = ("恒拓智能装备股份有限公司（以下简称“恒拓智能”或“公司”）成立十年。"
            "公司全资子公司岚州恒拓精密机械有限公司（以下简称“恒拓精密”）是主力，"
            "恒拓精密增长较快，恒拓精密扩产，恒拓精密投产。公司启动“百花计划”，扶持配套企业。")
    found = edges(extract(text))
    assert ("恒拓智能装备股份有限公司", "IMPLEMENTS", "百花计划") in found
    assert not [e for e in found if e[0] == "岚州恒拓精密机械有限公司" and e[2] == "百花计划"]



def test_bare_branch_word_stands_for_the_one_branch_the_text_names():
    text = ("恒信银行岚州分行：金融活水润企业\n\n近日，恒信银行岚州分行发布消息。"
            "今年以来，分行推出“岚企贷”专属产品，服务小微企业。各地分行业编制方案。")
    found = edges(extract(text))
    assert [t for s, r, t in found if s == "恒信银行岚州分行" and t.startswith("岚企贷")]
    dm = find_mentions(text, get_lexicon())
    at = text.index("分行业")
    assert not [m for m in dm.items if m.start == at]  # (分行业: by trade, no branch)


def test_bare_branch_word_is_no_body_where_the_text_names_two_branches():
    text = ("恒信银行岚州分行与恒信银行青溪分行签署协议。分行推出“岚企贷”专属产品。")
    dm = find_mentions(text, get_lexicon())
    at = text.index("分行推出")
    assert not [m for m in dm.items if m.start == at]


def test_a_brand_written_without_its_place_stands_for_the_company():
    text = ("岚州云起智能科技有限公司发布新品。云起智能还与岚州大学签署合作协议，"
            "双方将共建“云起联合创新中心”。")
    found = edges(extract(text))
    assert ("岚州云起智能科技有限公司", "IMPLEMENTS", "云起联合创新中心") in found
    assert ("岚州大学", "IMPLEMENTS", "云起联合创新中心") in found


def test_a_common_word_after_the_place_is_no_brand():
    # 城市建设 is a common phrase: the company is not named by it
    text = "岚州城市建设有限公司成立。城市建设水平不断提高。"
    dm = find_mentions(text, get_lexicon())
    at = text.index("城市建设水平")
    assert not [m for m in dm.items if m.start == at and m.type == "Organization"]


def test_the_body_whose_head_signs_a_report_speaks(tmp_path):
    from ...extraction_helpers import file_edges
    text = ("关于全市数字化转型工作情况的报告\n\n"
            "——2026年4月1日在岚州市人民代表大会常务委员会会议上\n\n"
            "岚州市工业和信息化局局长　李青禾\n\n"
            "主任、各位副主任、秘书长、各位委员：\n\n"
            "受岚州市人民政府委托，现将全市数字化转型工作情况报告如下，请予审议。\n\n"
            "我局联合岚州市人力资源和社会保障局实施“数字工匠”培育工程，培训技术工人。\n")
    got = file_edges(tmp_path, text)
    assert ("岚州市工业和信息化局", "IMPLEMENTS", "数字工匠培育工程") in got


def test_a_signature_line_of_no_known_body_names_no_speaker():
    text = ("关于全市数字化转型工作情况的报告\n"
            "某某组组长李青禾\n"
            "我们实施“数字工匠”培育工程。\n")
    assert find_mentions(text, get_lexicon()).speaker is None
