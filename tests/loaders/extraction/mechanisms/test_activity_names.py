"""Names of campaigns and reforms carried out (``activity_verbs``, ``activity_heads``), on
sentences of our own: an Initiative node even where no body is named, a second verb after the
first no part of it and the quote marks left out of the name; a short kind of activity, a run
that goes on past the head or one that holds a count is none."""

from tests.loaders.extraction_helpers import extract, node_types


def _inits(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Initiative"}


def test_a_campaign_carried_out_is_a_node():
    got = _inits("两厅共同推进甲乙小区适老化改造，重点加装电梯。稳妥推进丙丁用地入市改革。"
                 "集团深入开展戊己隐患专项排查整治。")
    assert {"甲乙小区适老化改造", "丙丁用地入市改革", "戊己隐患专项排查整治"} <= got


def test_a_second_verb_an_opener_and_the_quote_marks_stay_out():
    got = _inits("今年启动实施“庚辛出山”电商提升行动。各地推进新一轮子丑农田提质改造。")
    assert {"庚辛出山电商提升行动", "子丑农田提质改造"} <= got
    assert not any(n.startswith(("实施", "“", "新一轮")) for n in got)


def test_short_kinds_longer_runs_and_counts_are_no_names():
    got = _inits("深化国企改革，加强联合攻关。推进壬癸制度改革工作。推动300家企业完成数字化改造。")
    assert not got & {"国企改革", "壬癸制度改革", "300家企业完成数字化改造"}
