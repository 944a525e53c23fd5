"""Lists on sentences of our own: a verb that opens the first item of a list belongs to the
clause (``催生A、B等新业态``: A, not 催生A), while an action word the language data reads as a
noun (``nominal_verbs``: 发展) stays in it; zones and qualities the segmenter splits around a verb
or an adverb (``noun_words``: 集聚区, 专精特新) stay inside a list's head."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_verb_before_the_first_item_opens_no_item():
    got = _incl("眼下，青岚县的算力与人才正在催生智慧农业、云端文创、数字会展等新业态。")
    assert ("新业态", "INCLUDES", "智慧农业") in got
    assert not {e for e in got if e[2].startswith("催生")}


def test_an_action_noun_before_the_first_item_stays_in_it():
    got = _incl("青岚县大力推进发展银行、城市银行、农商银行等金融机构的合作。")
    assert not {e for e in got if e[2] == "银行"}


def test_a_zone_split_around_a_verb_stays_in_the_head():
    got = _incl("临溪区打造青湾步行街、老渡口文创街区等5个夜间消费集聚区，延长营业时间。")
    assert {e[0] for e in got} and all("集聚区" in e[0] for e in got)
    assert any(e[2] == "青湾步行街" for e in got)


def test_a_quality_split_around_an_adverb_stays_in_the_head():
    got = _incl("以青石微电、蓝川精密为代表的一批专精特新企业也加入了联盟。")
    assert got and all(e[0].endswith("专精特新企业") for e in got)
