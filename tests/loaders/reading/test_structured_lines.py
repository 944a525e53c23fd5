"""HTML and Word files say where their paragraphs, headings and table cells end: the normalized
text keeps those breaks (a heading is not glued to the paragraph after it, nor one table cell to
the next), while the line breaks of an HTML page's source are only spaces, as in a browser."""

from __future__ import annotations

import pytest

from conceptkg.loaders.pipeline import load_document

PAGE = """<html><head><title>溪宁日报</title><style>p {color: red}</style></head><body>
<nav>首页 | 新闻 | 岚州</nav>
<h1>恒拓集团推进岚州云港工程</h1>
<p>恒拓集团打造溪宁
  数据港平台。<br>溪宁市推进港航建设。</p>
<table><tr><td>岚州港群包括溪宁港</td><td>恒拓码头和临川港。</td></tr></table>
<pre>岚州
溪宁</pre>
</body></html>"""


def test_html_blocks_and_cells_stay_apart_and_source_wraps_join(tmp_path):
    path = tmp_path / "岚州.html"
    path.write_text(PAGE, encoding="utf-8")
    lines = load_document(path).text.split("\n")
    assert "恒拓集团推进岚州云港工程" in lines
    assert "恒拓集团打造溪宁数据港平台。" in lines and "溪宁市推进港航建设。" in lines
    assert "岚州港群包括溪宁港" in lines and "恒拓码头和临川港。" in lines
    assert "岚州" in lines and "溪宁" in lines  # (<pre> keeps its lines)
    assert not any("溪宁港恒拓" in x or "工程恒拓" in x for x in lines), lines


def test_word_paragraphs_and_cells_stay_apart(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("溪宁港航工作要点")
    d.add_paragraph("恒拓集团打造溪宁数据港平台。")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "一"
    table.cell(0, 1).text = "岚州算力推动港航产业壮大。"
    path = tmp_path / "要点.docx"
    d.save(str(path))
    lines = load_document(path).text.split("\n")
    assert lines == ["溪宁港航工作要点", "恒拓集团打造溪宁数据港平台。", "一",
                     "岚州算力推动港航产业壮大。"], lines
