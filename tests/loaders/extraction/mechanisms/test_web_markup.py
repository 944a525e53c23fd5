"""Markup of a web page left in plain text: block tags and bold runs (a headline, a byline) end a
unit of the page, other inline tags go. All texts are made up for these tests."""

from conceptkg.loaders.reading.markup import strip_markup
from conceptkg.loaders.reading.normalize import normalize_text
from tests.loaders.extraction_helpers import edges, extract, file_edges


def test_block_tags_and_bold_runs_become_line_breaks():
    text = normalize_text("</p><p><strong>某市推出冬季新玩法</strong></p><p>某市今天发布新举措。")
    assert text.split("\n") == ["某市推出冬季新玩法", "某市今天发布新举措。"]


def test_a_byline_in_bold_stands_apart_from_the_sentence_after_it():
    text = normalize_text("<p><strong>某某网消息</strong>（晚间新闻）：绿色能源推动产业升级。")
    assert text.split("\n")[-1] == "（晚间新闻）：绿色能源推动产业升级。"
    assert "<" not in text


def test_inline_tags_go_and_their_words_stay():
    assert strip_markup('据<a href="x">某报</a>报道，<span style="c">数字经济</span>发展。') == \
        "据某报报道，数字经济发展。"


def test_character_references_become_characters():
    assert normalize_text("&nbsp;</p><p>新举措&amp;新成效。") == "新举措&新成效。"


def test_signs_that_are_no_tags_are_left_alone():
    for text in ("增速<5%，利润>3亿元。", "比较 a<b 与 c>d 两种情况。"):
        assert strip_markup(text) == text


def test_a_name_after_a_tag_is_read_without_the_tag():
    got = edges(extract("</p><p><strong>某市</strong></p><p>绿色能源推动产业升级。"))
    assert ("绿色能源", "DRIVES", "产业升级") in got
    assert not any("<" in s or "<" in t for s, _, t in got)


def test_a_file_with_page_markup_gives_the_same_edges_as_plain_text(tmp_path):
    marked = file_edges(tmp_path, "<p>数字经济是带动岚州产业升级的重要引擎。</p><p><br></p>")
    plain = file_edges(tmp_path, "数字经济是带动岚州产业升级的重要引擎。")
    assert marked == plain and marked
