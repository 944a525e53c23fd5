"""Round fourteen on sentences of our own: spans of list items and heads. A word the dictionary
tags as a time but that names none (现代, 新一代) qualifies the first item; a count before the
first item, and an adverb glued to a light verb, are no part of it; a one-character verb that
opens the first item is no part of it; words the dictionary tags as nouns that say how a thing
fares (``predicate_words``) end a list's head, and so does an adjective before an action noun."""

from conceptkg.loaders.extraction.words.tokens import tokenize
from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def _heads(text: str) -> set[str]:
    return {e[0] for e in _incl(text)}


def _items(text: str) -> set[str]:
    return {e[2] for e in _incl(text)}


def test_a_word_tagged_as_a_time_qualifies_the_first_item():
    # 现代 is tagged as a time word by the dictionary: it names none and stays in the item
    items = _items("临江县推动超300家现代茶饮、新型陶瓷等特色产业上云用数。")
    assert "现代茶饮" in items and "新型陶瓷" in items
    assert not any(i.startswith("超") or "300" in i for i in items)  # the count is no part
    # a real time word still ends the list's start
    items = _items("临江县近年来着力培育光伏玻璃、储能电池等新兴产业。")
    assert {"光伏玻璃", "储能电池"} <= items and not any("近年" in i for i in items)


def test_an_adverb_glued_to_a_light_verb_is_no_part_of_the_first_item():
    items = _items("按照规划，海州将大力发展山地果蔬、康养旅游、现代物流等六大产业。")
    assert "山地果蔬" in items
    assert not any(i.startswith("大力") for i in items)


def test_a_one_character_verb_opening_the_first_item_is_dropped():
    items = _items("受储能电池、低空飞行器等未来产业订单增多拉动，临江县铝材销量增长。")
    assert "储能电池" in items and "受储能电池" not in items
    # one word (受托管理) is no verb and its object: it stays whole
    items = _items("海州银行拓展受托管理、资产托管等金融服务。")
    assert not any(i.startswith("托") for i in items)


def test_words_that_say_how_a_thing_fares_end_the_head():
    heads = _heads("海州市维修、保洁等家庭服务类收费小幅回落。")
    assert heads and all("小幅" not in h for h in heads)
    heads = _heads("灯会上猜灯谜、套圈圈、踩高跷等节目趣味十足。")
    assert heads and all("趣味" not in h for h in heads)


def test_an_adjective_before_an_action_noun_ends_the_head():
    heads = _heads("临江县着力促进电力、算力、数据等数字经济各要素高效融合。")
    assert heads and all(not h.endswith("融合") for h in heads)
    # an adjective before a kind of thing is part of the head
    heads = _heads("临江县培育光伏玻璃、储能电池等高效产业。")
    assert heads == {"高效产业"}


def test_predicate_words_are_read_with_their_tag():
    extract("临江县电价小幅上涨。")  # (the argument finder sets the tags)
    text = "价格小幅上涨"
    tags = {t.text: t.tag for t in tokenize(text, 0, len(text))}
    assert tags.get("小幅") == "d"
