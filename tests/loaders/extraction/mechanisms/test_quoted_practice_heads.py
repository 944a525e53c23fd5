"""Heads that make a quoted name an initiative (``quoted_heads``): a column or an app a body
runs, a practice it assesses or grows by, the layout of its business."""

from tests.loaders.extraction_helpers import extract


def _typed(text: str) -> dict[str, str]:
    return {n.name: n.type for n in extract(text).nodes()}


def test_a_quoted_column_practice_or_layout_is_an_initiative():
    got = _typed("县融媒体中心开设“特产看丙县”专栏，及时宣传推广经验。")
    assert got.get("特产看丙县专栏") == "Initiative"
    got = _typed("对子企业实施“一企一档”分类考核，考核结果与薪酬挂钩。")
    assert got.get("一企一档分类考核") == "Initiative"
    got = _typed("遴选20家企业开展“智慧工厂”培育，以示范工厂带动中小企业转型。")
    assert got.get("智慧工厂培育") == "Initiative"
    got = _typed("集团将聚焦“一体两翼”发展格局，推动转型。")
    assert got.get("一体两翼发展格局") == "Initiative"


def test_a_quote_before_a_clause_or_a_plain_word_is_no_such_name():
    got = _typed("这种“一站式”考核办法受到好评。")
    assert "一站式考核" not in got
    got = _typed("“一体两翼”是集团的发展方向。")
    assert not any(n.startswith("一体两翼") and t == "Initiative" for n, t in got.items()
                   if n != "一体两翼")


def test_a_head_before_a_clause_after_the_quote_still_heads_it():
    # the longest run (…App进行适老化改造) is a clause; the shorter run ending at App is the name
    got = _typed("公司已对旗下“甲乙生活”App进行适老化改造，推出大字版界面。")
    assert got.get("甲乙生活App") == "Initiative"
    # a quote that opens a clause of its own names nothing
    assert not any(n.startswith("链") for n in _typed("以“链”聚势打造产业集群。"))
