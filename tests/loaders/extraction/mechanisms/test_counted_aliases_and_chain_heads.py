"""A head opened by a measure said twice (一条条X) or by an approximate count (十余款X) keeps
the bare noun phrase as an alias, as 3条X does; a ``+`` chain's head never ends inside a word
(“A+B+C”全产业链布局: no head 全产业)."""

from tests.loaders.extraction_helpers import edges, extract


def _aliases(text: str, name: str) -> tuple[str, ...]:
    kg = extract(text)
    return next((tuple(n.aliases) for n in kg.nodes() if n.name == name), ())


def test_a_measure_said_twice_counts_many():
    text = "岚州打造果品物流、民宿集群、农特电商等一条条产业链条。"
    assert "产业链条" in _aliases(text, "一条条产业链条")


def test_an_approximate_count_is_no_part_of_the_name():
    text = "恒拓银行推出“岚科贷”“岚链贷”“岚绿贷”等十余款专属产品。"
    assert "专属产品" in _aliases(text, "十余款专属产品")


def test_a_chain_head_does_not_end_inside_a_word():
    got = edges(extract("岚州聚焦“育种+种植+加工+冷链”全产业链布局，实施强链工程。"))
    assert not any(s == "全产业" for s, r, _t in got if r == "INCLUDES")


def test_a_chain_head_that_is_a_word_stays():
    got = edges(extract("岚州构建“研发+中试+量产”全链条创新链。"))
    assert ("创新链", "INCLUDES", "中试") in got
