"""A weak lexicon term (数据: a node only where a relation uses it) is weak as its short
everyday word only: its longer form that closes with a factor head (数据要素) names the factor
itself and is a node on its own, with that form as an alias. Other longer forms stay weak."""

from tests.loaders.extraction_helpers import extract, node_types


def test_the_factor_form_is_a_node():
    kg = extract("推动数据要素高效流通。")
    assert node_types(kg).get("数据") == "Factor"
    node = next(n for n in kg.nodes() if n.name == "数据")
    assert "数据要素" in node.aliases


def test_the_everyday_word_alone_stays_weak():
    got = node_types(extract("企业上报统计数据，做好日常管理。"))
    assert "数据" not in got


def test_a_longer_form_without_a_factor_head_stays_weak():
    got = node_types(extract("脱贫户家庭劳动力占到近两成。"))
    assert "劳动" not in got
