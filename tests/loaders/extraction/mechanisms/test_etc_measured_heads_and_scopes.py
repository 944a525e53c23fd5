"""A list closed by 等 whose head is followed by a measure and its amount (等H发电量0.7万亿千瓦时),
and a statistical scope before the first item (规模以上工业A、B等H). All texts are made up for
these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_amount_of_a_measure_after_the_head_is_no_part_of_it():
    got = edges(extract("上月，水电、核电、太阳能发电等清洁能源发电量1.2万亿千瓦时。"))
    assert {("清洁能源", "INCLUDES", x) for x in ("水电", "核电", "太阳能发电")} <= got


def test_a_statistical_scope_qualifies_the_whole_list():
    got = edges(extract("上月，规模以上工业水电、核电、太阳能发电等清洁能源发电量增长。"))
    assert ("清洁能源", "INCLUDES", "水电") in got
    assert not any(t.startswith("规模以上") for _, _, t in got)


def test_a_tally_after_the_head_still_gives_no_list():
    got = edges(extract("年内开通医疗物资、快递外卖、商超零售等配送航线15条以上。"))
    assert not any(s.startswith("配送航线") for s, _, _ in got)


def test_a_scope_every_item_repeats_is_no_qualifier_of_the_list():
    got = edges(extract("规上工业产值、规上工业利润等指标增长。"))
    assert not any(t in ("产值", "利润") for _, _, t in got)
