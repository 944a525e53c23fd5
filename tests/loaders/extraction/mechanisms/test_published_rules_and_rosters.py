"""A body that publishes a rule (``公布《X办法》``) or the roster of a programme (``公布第二批X试点
示范项目名单``) carries it out; the roster noun is no part of the programme's name. Publishing
figures, or the roster of anything that is no programme, gives no edge."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_published_rule_is_carried_out():
    assert ("岚州市商务局", "岚州市促进夜间消费若干办法") in _impl(
        "岚州市商务局近日公布《岚州市促进夜间消费若干办法》，规范夜市经营。")


def test_a_published_roster_names_its_programme():
    impl = _impl("岚州省工业厅等三部门近期联合公布第三批绿色制造示范工厂和示范园区名单，"
                 "共有9家工厂入选。")
    assert ("岚州省工业厅", "第三批绿色制造示范工厂和示范园区") in impl
    assert not any(b.endswith("名单") or b == "第三批绿色制造示范工厂" for _, b in impl)


def test_figures_and_rosters_of_no_programme_give_nothing():
    assert not _impl("岚州市统计局公布了一季度数据。")
    assert not _impl("岚州省文物局公布十大考古新发现名单。")


def test_published_information_and_candidates_give_nothing():
    assert not _impl("岚州市物价局公布收费标准。")
    assert not _impl("岚州市教育局公布2031年中考招生计划。")
    assert not _impl("岚州市工信局公布拟推荐项目名单。")
