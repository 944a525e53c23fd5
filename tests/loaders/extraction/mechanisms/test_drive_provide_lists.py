"""DRIVES of ``为B提供…支撑``: each of two targets joined by 和 is driven, unless the pair
changes together or qualifies a noun after 的; a subject closed by an activity noun right
before an adverb or a conjunction (A规模化应用有力提升…, A开放不是…) keeps that noun.
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_each_joined_target_is_driven():
    got = _drives("雾溪集团上线调度平台，数字化转型为安全生产和节能降耗提供了有力支撑。")
    assert ("数字化转型", "安全生产") in got
    assert ("数字化转型", "节能降耗") in got


def test_a_joint_pair_is_not_split():
    got = _drives("青岭绿色算力为甲区与乙区融合发展提供了有力支撑。")
    assert not any(t == "乙区融合发展" for _, t in got)
    got = _drives("青岭科创基金为高校和企业的合作提供资金保障。")
    assert not any(t.startswith("企业") for _, t in got)


def test_an_activity_noun_closes_the_subject():
    got = _drives("氢能规模化应用有力提升了园区供能能力，也为雾溪工业降碳提供了坚实支撑。")
    assert any(s == "氢能规模化应用" for s, _ in got)
    got = _drives("这说明：行业数据开放不是“送人情”，而是为千行百业注入了新的发展动力。")
    assert any(s == "行业数据开放" for s, _ in got)


def test_an_activity_verb_with_an_object_stays_a_predicate():
    kg = extract("雾溪工厂应用机器人提升效率，为青岭制造业升级提供支撑。")
    names = {n.name for n in kg.nodes()}
    assert not any(n.startswith("雾溪工厂应用") for n in names)


def test_a_consultative_conference_is_a_body_not_a_driver():
    got = _drives("甲国国民协商会议希望同乙方深化交流合作，为增进两国经贸合作和民间友好增添动力。")
    assert not any(s.endswith("协商会议") for s, _ in got)
    assert ("交流合作", "民间友好") in got
