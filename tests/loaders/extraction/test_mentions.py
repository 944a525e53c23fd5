"""Names in a document: organisations, quoted and numbered names, book titles, amounts."""

from conceptkg.loaders.extraction.mentions import find_mentions, org_aliases
from conceptkg.loaders.lexicon import get_lexicon

from ..extraction_helpers import extract, node_types


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
    text = "江南省邮政分公司召开会议。江南邮政将推出新服务。中国电信参加。"
    dm = find_mentions(text, get_lexicon())
    orgs = [m for m in dm.items if m.type == "Organization"]
    assert [m.name for m in orgs] == ["江南省邮政分公司", "江南省邮政分公司", "中国电信"]
    assert org_aliases("邮储银行安徽省分行", ["安徽"]) == {"邮储银行安徽分行"}


def test_quoted_and_numbered_names():
    found = names("采用“双轮驱动”发展模式，建设“六大平台”，推进十大工程，设立“专精特新”企业库。")
    assert found["双轮驱动发展模式"] == "Initiative"
    assert found["六大平台"] == "Initiative"
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

    from conceptkg.loaders.extraction.mention_types import DocMentions, Mention

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
