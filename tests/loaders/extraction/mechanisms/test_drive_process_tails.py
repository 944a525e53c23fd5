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
    got = _drives("以渔船轨迹的统一归集带动渔情数据的共享利用。")
    assert "渔情数据" in got and "渔情数据的共享利用" in got["渔情数据"]
    got = _drives("事实上，正是冷链网络支撑了鲜果订单的稳步扩容。")
    assert any("鲜果订单的稳步扩容" in (name, *aliases) for name, aliases in got.items())


def test_a_noun_after_de_or_a_process_not_closing_the_object_is_no_alias():
    got = _drives("以渔船轨迹的统一归集带动渔情数据的核心能力。")
    assert not any("渔情数据的核心能力" in aliases for aliases in got.values())
    got = _drives("以渔船轨迹的统一归集带动渔情数据的共享利用能力。")
    assert not any("渔情数据的共享利用" in aliases for aliases in got.values())


def test_word_of_use_closing_the_object_is_an_alias():
    got = _drives("以储热设施推动湖区光伏电力就近消纳。")
    assert any("湖区光伏电力就近消纳" in aliases for aliases in got.values())
    got = _drives("以乡村集市带动湖区鲜鱼出村进城。")
    assert any("湖区鲜鱼出村进城" in aliases for aliases in got.values())


def test_process_after_a_list_head_is_left_out_of_the_head():
    got = _drives("湖区渔港的扩建，带动了船舶修造、渔具加工等配套产业的发展。")
    assert "配套产业" in got and "配套产业的发展" in got["配套产业"]
