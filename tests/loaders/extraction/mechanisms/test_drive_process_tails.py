"""DRIVES whose object is a thing, 的 and a process said as a noun (带动甲数据的汇聚利用), or a
thing and a word of how it is used (促进甲电力就近消纳): the thing is driven, the whole phrase its
alias; after a list's head the process is left out of the head (等配套产业的发展 → 配套产业).
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.target).name: tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_process_after_de_closing_the_object_is_an_alias():
    got = _drives("以潮汐样本的开放共享带动海藻数据的汇聚利用。")
    assert "海藻数据" in got and "海藻数据的汇聚利用" in got["海藻数据"]
    got = _drives("可以说，正是平台化能力支撑了苗圃管线的持续扩容。")
    assert any("苗圃管线的持续扩容" in (name, *aliases) for name, aliases in got.items())


def test_a_noun_after_de_or_a_process_not_closing_the_object_is_no_alias():
    got = _drives("以潮汐样本的开放共享带动海藻数据的核心能力。")
    assert not any("海藻数据的核心能力" in aliases for aliases in got.values())
    got = _drives("以潮汐样本的开放共享带动海藻数据的汇聚利用能力。")
    assert not any("海藻数据的汇聚利用" in aliases for aliases in got.values())


def test_word_of_use_closing_the_object_is_an_alias():
    got = _drives("以柔性负荷调节促进了潮汐电力就近消纳。")
    assert "潮汐电力" in got and "潮汐电力就近消纳" in got["潮汐电力"]
    got = _drives("以山地直播带动高山茶叶出村进城。")
    assert "高山茶叶" in got and "高山茶叶出村进城" in got["高山茶叶"]


def test_process_after_a_list_head_is_left_out_of_the_head():
    got = _drives("雾岭风场的集中落地，拉动了当地叶片制造、运维检修等配套产业的发展。")
    assert "配套产业" in got and "配套产业的发展" in got["配套产业"]
