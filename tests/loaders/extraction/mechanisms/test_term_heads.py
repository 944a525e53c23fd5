"""A lexicon term with a head after it (甲能集群, 乙能市场, 丙能设施) or 多层次 before it names
the longer phrase; the term stays a node where the text uses it alone, and a head that a longer
name goes on from (…集群投资基金, …市场监管局) or that opens a longer term extends nothing."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_head_after_a_term_makes_the_phrase_the_node():
    got = node_types(extract("要加快发展储能市场，培育更多经营主体。"))
    assert "储能市场" in got and "储能" not in got
    got = node_types(extract("完善储能设施，保障电网安全。"))
    assert "储能设施" in got and "储能" not in got


def test_edges_follow_the_longer_name():
    got = edges(extract("本市将壮大先进制造业集群，带动就业增长。"))
    assert ("先进制造业集群", "DRIVES", "就业") in got
    assert not any(e[0] == "先进制造业" for e in got)


def test_a_layering_modifier_before_a_term():
    got = node_types(extract("健全多层次资本市场，拓宽企业融资渠道。"))
    assert "多层次资本市场" in got and "资本市场" not in got


def test_the_term_alone_stays():
    got = node_types(extract("发展储能，推动能源转型。"))
    assert "储能" in got


def test_no_extension_where_a_longer_name_goes_on():
    got = node_types(extract("设立规模10亿元的储能集群投资基金，重点投向新材料。"))
    assert "储能集群" not in got
    got = node_types(extract("资本市场监管局发布通知。"))
    assert "资本市场监管局" in got


def test_no_extension_into_a_longer_word():
    got = node_types(extract("储能市场化改革稳步推进。"))
    assert "储能市场" not in got


def test_industry_is_no_extending_head():
    # 甲能产业 reads as the term (the convention of the relation rules)
    got = edges(extract("新能源产业涵盖光伏、风电和氢能。"))
    assert ("新能源", "INCLUDES", "风电") in got
