"""A plan named by a driving phrase (A赋能B实施方案): A drives B, not the plan; a place before a
known term says where (甲市人工智能赋能B: 人工智能). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_title_head_is_no_part_of_the_target():
    got = edges(extract("人工智能赋能科学研究实施方案昨天启动。"))
    assert ("人工智能", "DRIVES", "科学研究") in got
    assert not any(o.endswith("实施方案") and t == "DRIVES" for _, t, o in got)


def test_a_place_before_a_known_term_is_no_part_of_the_driver():
    got = edges(extract("上海人工智能赋能科学研究实施方案昨天启动。"))
    assert ("人工智能", "DRIVES", "科学研究") in got


def test_a_plan_head_alone_after_the_cue_stays():
    got = edges(extract("数字经济赋能行动方案发布。"))
    assert not any(o == "" for _, _, o in got)
    assert not any(t == "DRIVES" and o in ("行动", "") for _, t, o in got)


def test_a_place_before_an_unknown_phrase_stays_whole():
    got = edges(extract("上海低空飞行带动文旅消费。"))
    assert not any(s == "低空飞行" for s, t, _ in got if t == "DRIVES")


def test_what_the_plan_does_next_is_no_part_of_the_target():
    got = edges(extract("人工智能赋能科学研究实施方案启动"))
    assert ("人工智能", "DRIVES", "科学研究") in got
