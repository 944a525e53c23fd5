"""Document titles and dates: front matter, the title line, the file name, --date."""

import pytest

from conceptkg.errors import InputError
from conceptkg.loaders.pipeline import load_document
from conceptkg.loaders.reading.docmeta import (
    document_meta,
    find_date,
    parse_date,
    split_front_matter,
)


@pytest.mark.parametrize(("text", "date"), [
    ("报道 20240301 期", "2024-03-01"), ("2024-3-5 发布", "2024-03-05"),
    ("2024年3月5日，某地", "2024-03-05"), ("2024/12/31", "2024-12-31"),
    ("20241301 不是日期", ""), ("编号 120240301999", ""), ("没有日期", ""),
])
def test_find_date(text, date):
    assert find_date(text) == date


def test_front_matter_is_read_and_removed():
    meta, body = split_front_matter("---\ntitle: 某某报告\ndate: 2023-07-09\n---\n正文。\n")
    assert meta == {"title": "某某报告", "date": "2023-07-09"} and body == "正文。\n"
    assert split_front_matter("---\n正文\n---\n")[0] == {}


def test_title_and_date_sources_in_order(tmp_path):
    f = tmp_path / "20240102.md"
    f.write_text("# 某某周报 (2024-01-05)\n\n数字经济推动高质量发展。\n", encoding="utf-8")
    doc = load_document(f)
    assert (doc.title, doc.date) == ("某某周报(2024-01-05)", "2024-01-05")  # title first
    assert load_document(f, "2023-12-31").date == "2023-12-31"  # --date wins
    g = tmp_path / "report-2022-06-30.txt"
    g.write_text("数字经济推动高质量发展，某某集团公司打造工业互联网平台，成效明显。\n",
                 encoding="utf-8")
    doc = load_document(g)
    assert (doc.title, doc.date) == ("report-2022-06-30", "2022-06-30")  # a sentence: no title
    assert doc.resolved == str(g.resolve()) and doc.size == g.stat().st_size
    h = tmp_path / "x.md"
    h.write_text("---\ntitle: 某某简报\ndate: 2021-02-03\n---\n正文内容。\n", encoding="utf-8")
    doc = load_document(h)
    assert (doc.title, doc.date) == ("某某简报", "2021-02-03") and "title" not in doc.text
    assert document_meta("", "plain.txt").date == ""


def test_a_bad_date_is_one_clear_error():
    with pytest.raises(InputError, match="not a date"):
        parse_date("next tuesday")
    assert parse_date("2024-02-29") == "2024-02-29"


def test_a_one_character_first_line_is_no_title():
    # a page whose paragraph opens with a drop cap: the letter stands on a line of its own
    text = " 据\n某某日报讯，今年以来某市数字经济推动高质量发展。\n"
    assert document_meta(text, "page-2024.txt").title == "page-2024"
    assert document_meta("某某周报\n正文。\n", "x.txt").title == "某某周报"
