"""Names of funds set up or spent (``fund_set_verbs``, ``fund_name_heads``, ``fund_size``), on
sentences of our own: an Initiative node even where no body is named, the size before the name
no part of it; a bare fund word or a sum of money is no name. A size with its 的 that opens an
initiative's name (规模3亿元的X基金, ``measure_lead``) is cut off it, the full form an alias."""

from tests.loaders.extraction_helpers import extract


def _inits(text: str) -> dict[str, tuple[str, ...]]:
    return {n.name: tuple(n.aliases) for n in extract(text).nodes() if n.type == "Initiative"}


def test_a_fund_set_up_or_spent_is_a_node():
    got = _inits("市财政统筹安排甲乙发展专项资金不少于2亿元，用于奖补。"
                 "县里设立丙丁贷款风险补偿资金池，规模3亿元。")
    assert {"甲乙发展专项资金", "丙丁贷款风险补偿资金池"} <= set(got)


def test_the_size_before_a_fund_is_no_part_of_its_name():
    got = _inits("设立规模8亿元的戊己产业引导基金，主要投向新材料。")
    assert "戊己产业引导基金" in got
    assert not any(n.startswith("规模") for n in got)


def test_a_bare_fund_word_or_a_sum_is_no_name():
    got = _inits("每年安排不少于800万元专项资金扶持乡村旅游。")
    assert not any(n.endswith("专项资金") for n in got)


def test_a_size_opening_an_initiative_name_is_cut_and_kept_as_an_alias():
    got = _inits("庚辛集团在港区建成总库容6万吨的壬癸粮食物流中心。")
    assert "壬癸粮食物流中心" in got
