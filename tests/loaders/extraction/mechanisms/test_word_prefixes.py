"""A one-character prefix word (在, 对, 要 …) is stripped from a name only when it does not open
a word of the name (在线教育平台 keeps 在)."""

from __future__ import annotations

from conceptkg.loaders.extraction.arguments.spans import opens_word
from tests.loaders.extraction_helpers import edges, extract


def test_a_word_opening_the_name_keeps_its_first_character() -> None:
    got = edges(extract("青禾集团打造在线教育平台。"))
    assert ("青禾集团", "IMPLEMENTS", "在线教育平台") in got
    assert not any(t == "线教育平台" for _s, _r, t in got)


def test_a_list_item_opening_with_such_a_word_is_kept_whole() -> None:
    got = edges(extract("新型显示产业包括对比度增强技术、高清面板。"))
    assert ("新型显示产业", "INCLUDES", "对比度增强技术") in got
    assert ("新型显示产业", "INCLUDES", "高清面板") in got


def test_a_prefix_before_a_new_word_is_still_stripped() -> None:
    got = edges(extract("青禾集团还打造智慧物流平台。"))
    assert ("青禾集团", "IMPLEMENTS", "智慧物流平台") in got
    assert not any(t.startswith("还") for _s, _r, t in got)


def test_function_words_do_not_count_as_opening_words() -> None:
    assert opens_word("在线教育")
    assert opens_word("要素市场")
    assert not opens_word("对于企业")  # 对于 is a preposition
    assert not opens_word("在青禾")
