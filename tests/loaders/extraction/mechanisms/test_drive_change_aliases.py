"""What is driven and how it changes (以A带动B提质增效, 以A带动B效率提升): B is the node, the
phrase with the change is its alias, also when another reading of the sentence named B first.
Made-up sentences."""

from tests.loaders.extraction_helpers import extract


def _aliases(text: str) -> dict[str, list[str]]:
    return {n.name: list(n.aliases) for n in extract(text).nodes()}


def test_the_change_phrase_stays_an_alias_when_an_earlier_rule_read_the_thing():
    got = _aliases("以智能改造带动传统制造业提质增效。")
    assert "传统制造业提质增效" in got["传统制造业"]


def test_a_longer_reading_of_the_driven_phrase_is_an_alias_of_the_shorter_one():
    got = _aliases("以数字化改造带动全链条效率提升。")
    assert "全链条效率提升" in got["全链条效率"]


def test_a_change_that_does_not_close_the_phrase_gives_no_alias():
    # 提质增效的举措: the measures are the thing, the change qualifies them
    got = _aliases("以技术改造带动老旧产线提质增效的举措。")
    assert not any(a.endswith("提质增效") for names in got.values() for a in names)


def test_a_thing_before_its_process_after_de_is_an_alias():
    got = _aliases("智能家电等下游行业持续回暖，拉动了岚州工厂订单的较快增长。")
    assert "岚州工厂订单" in got["岚州工厂订单的较快增长"]


def test_the_kind_a_list_closes_with_is_an_alias_of_the_listed_phrase():
    got = _aliases("智能家电等下游行业持续回暖，拉动了岚州工厂订单的较快增长。")
    assert "下游行业" in got["智能家电等下游行业"]


def test_a_thing_before_a_noun_after_de_is_no_alias():
    # 岚州的数字经济: the place qualifies the economy, it is no name of it
    got = _aliases("岚州的数字经济带动了就业增长。")
    assert not any("岚州" in names for names in got.values())


def test_deng_inside_a_word_gives_no_kind_alias():
    # 高等, 平等: 等 is part of a word, there is no list before it
    got = _aliases("岚州以高等职业教育带动人才集聚。")
    assert "职业教育" not in got.get("高等职业教育", [])
    got = _aliases("恒拓集团以平等互利合作带动岚州产业升级。")
    assert "互利合作" not in got.get("平等互利合作", [])


def test_a_body_before_its_growth_is_no_alias_of_the_growth():
    got = _aliases("智能家电等下游行业持续回暖，拉动了恒拓集团的较快增长。")
    assert "恒拓集团" not in got.get("恒拓集团的较快增长", [])
