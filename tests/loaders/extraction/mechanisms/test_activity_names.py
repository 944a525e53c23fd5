"""Names of campaigns and reforms carried out (``activity_verbs``, ``activity_heads``), on
sentences of our own: an Initiative node even where no body is named, a second verb after the
first no part of it and the quote marks left out of the name; a short kind of activity, a run
that goes on past the head or one that holds a count is none."""

from tests.loaders.extraction_helpers import extract, node_types


def _inits(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Initiative"}


def test_a_campaign_carried_out_is_a_node():
    got = _inits("各区共同推进甲乙街区无障碍改造，重点改造坡道。稳妥推进丙丁林权流转改革。"
                 "公司深入开展戊己消防隐患集中整治。")
    assert {"甲乙街区无障碍改造", "丙丁林权流转改革", "戊己消防隐患集中整治"} <= got


def test_a_second_verb_an_opener_and_the_quote_marks_stay_out():
    got = _inits("今年启动实施“庚辛上云”数字提升行动。各地推进新一轮子丑农田提质改造。")
    assert {"庚辛上云数字提升行动", "子丑农田提质改造"} <= got
    assert not any(n.startswith(("实施", "“", "新一轮")) for n in got)


def test_short_kinds_longer_runs_and_counts_are_no_names():
    got = _inits("深化国企改革，加强联合攻关。推进壬癸制度改革工作。推动120家企业完成设备改造。")
    assert not got & {"国企改革", "壬癸制度改革", "120家企业完成设备改造"}
