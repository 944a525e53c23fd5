"""Quoted names on sentences of our own: a quote with no head word that a verb of launching or
carrying out takes right before it (``quoted_launch_verbs``) is an Initiative node when a clause
mark or 等 closes it; a quote that lists (、), one after another verb (坚持“X”) or one that goes on
into other words is none. A facility head after a quote (“X”文创街区) and a route or channel a
body launches (推出“X”旅游线路, 上线“Y”频道) make quoted names too; a one-character verb or
preposition right after a quote opens a predicate (“X”为Y小镇), no head."""

from tests.loaders.extraction_helpers import extract, node_types


def _inits(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Initiative"}


def test_a_launched_quote_is_an_initiative():
    got = _inits("年内推出“甲乙贷”，盘活农户资源。全年发行“丙丁债”等绿色债券。组织“子丑帮扶”。")
    assert {"甲乙贷", "丙丁债", "子丑帮扶"} <= got


def test_no_launched_quote_after_other_verbs_or_in_a_list():
    got = _inits("我们坚持“稳中求进”，实行“月调度、季通报”，推出“戊己”品牌的新品。")
    assert not got & {"稳中求进", "月调度、季通报", "戊己"}


def test_facility_heads_and_launched_routes_after_a_quote():
    got = _inits("将旧仓库改造为“甲乙仓”文创街区，推出“庚辛两日游”乡村旅游线路，"
                 "平台上线了“壬癸优品”频道。")
    assert {"甲乙仓文创街区", "庚辛两日游乡村旅游线路", "壬癸优品频道"} <= got


def test_a_predicate_after_a_quote_is_no_head():
    got = _inits("布局中，“一带”为甲乙航空小镇和丙丁测试基地。")
    assert not any(n.startswith("一带") for n in got)
