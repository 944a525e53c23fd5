import codecs
import io

import pytest

from conceptkg.errors import EmptyDocumentError, InputError
from conceptkg.loaders.reading.document import load_document
from conceptkg.loaders.reading.readers import (
    decode_bytes,
    detect_format,
    html_to_text,
    read_document,
)

TEXT = "数字经济推动高质量发展。\n某某集团打造数字平台。"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""), ("utf-16-le", b""),
    ("gb18030", b""), ("gbk", b""),
])
def test_encodings_read_alike(tmp_path, encoding, prefix):
    p = tmp_path / f"doc-{encoding}.txt"
    p.write_bytes(prefix + TEXT.encode(encoding))
    doc = load_document(p)
    assert "数字经济推动高质量发展" in doc.text
    assert doc.id == load_document(_write(tmp_path, "ref.txt", TEXT.encode("utf-8"))).id


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_undecodable_bytes_name_the_file(tmp_path):
    p = _write(tmp_path, "bad.txt", "正文".encode() + b"\xff\xfe\xfd\x81" * 3 + b"\x80")
    with pytest.raises(InputError) as e:
        read_document(p)
    assert "bad.txt" in str(e.value) and "\n" not in str(e.value)


def test_binary_files_are_refused(tmp_path):
    p = _write(tmp_path, "x.txt", bytes(range(256)) * 20)
    with pytest.raises(InputError, match="binary"):
        read_document(p)


def test_empty_and_whitespace_files(tmp_path):
    for name, data in [("e.txt", b""), ("w.txt", " \n\t\u3000 ".encode())]:
        with pytest.raises(EmptyDocumentError):
            read_document(_write(tmp_path, name, data))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_html_markup_is_stripped_and_scripts_dropped(tmp_path):
    html = ("<html><head><title>标题</title><script>alert('x')</script></head>"
            "<body><p>数字经济&amp;实体经济</p><style>p{}</style><div>第二段</div></body></html>")
    doc = read_document(_write(tmp_path, "p.html", html.encode()))
    assert doc.format == "html"
    assert "数字经济&实体经济" in doc.text and "第二段" in doc.text
    assert "alert" not in doc.text and "<p>" not in doc.text
    assert "alert" not in html_to_text("<script>alert(1)</script>")


def test_format_by_content_as_well_as_suffix():
    assert detect_format(b"%PDF-1.7 ...", ".txt") == "pdf"
    assert detect_format(b"<!DOCTYPE html><html>", ".txt") == "html"
    assert detect_format(b"plain", ".md") == "md"
    assert detect_format(b"plain", ".txt") == "txt"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_markdown_list_item_or_quote_is_not_joined_to_the_paragraph_before(tmp_path, gap):
    md = (f"岚州推动恒拓集团转型，会议结束。{gap}- 溪宁市打造数字平台\n- 恒拓集团实施临川计划\n"
          f"\n临川港引领岚州发展。{gap}> 溪宁市推进港航升级，\n> 带动岚州物流。\n")
    text = load_document(_write(tmp_path, "纪要.md", md.encode())).text
    assert text.split("\n") == ["岚州推动恒拓集团转型，会议结束。", "溪宁市打造数字平台",
                                "恒拓集团实施临川计划", "临川港引领岚州发展。",
                                "溪宁市推进港航升级，带动岚州物流。"]


def test_markdown_links_and_tags(tmp_path):
    md = "### 标题\n<p>第一段[链接文字](http://example.com)。<br>第二段。</p>"
    doc = read_document(_write(tmp_path, "n.md", md.encode()))
    assert "http" not in doc.text and "链接文字" in doc.text and "<br>" not in doc.text


def test_docx_and_pdf(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("人工智能赋能新型工业化。")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_document(_write(tmp_path, "a.docx", buf.getvalue()))
    assert doc.format == "docx" and "人工智能赋能新型工业化" in doc.text
    # chosen by content: a .docx saved as .bin is still read as DOCX
    assert read_document(_write(tmp_path, "a.bin", buf.getvalue())).format == "docx"
    pypdf = pytest.importorskip("pypdf")
    w = pypdf.PdfWriter()
    w.add_blank_page(width=100, height=100)
    out = io.BytesIO()
    w.write(out)
    with pytest.raises(EmptyDocumentError):  # a PDF without text is an empty document
        read_document(_write(tmp_path, "blank.pdf", out.getvalue()))
    with pytest.raises(InputError, match="cannot read PDF"):
        read_document(_write(tmp_path, "broken.pdf", b"%PDF-1.4 garbage"))


def test_decode_bytes_reports_encoding():
    assert decode_bytes("中文".encode("gb18030"))[1] == "gb18030"
    assert decode_bytes(codecs.BOM_UTF8 + "中文".encode())[1] == "utf-8-sig"


TRADITIONAL = ("數字經濟是推動高質量發展的重要引擎。"
               "某某市政府推出智慧城市計畫，包括交通、醫療與教育。")


def test_big5_is_read_as_big5_not_as_gb18030_mojibake(tmp_path):
    p = _write(tmp_path, "tw.txt", TRADITIONAL.encode("big5"))
    raw = read_document(p)
    assert raw.encoding == "big5" and raw.text.strip() == TRADITIONAL
    assert decode_bytes(TRADITIONAL.encode("big5")) == (TRADITIONAL, "big5")
    # the same text in Simplified characters, GBK-encoded, stays GB18030
    assert decode_bytes(TEXT.encode("gbk"))[1] == "gb18030"


def test_a_large_big5_file_is_read_in_chunks_as_big5(tmp_path):
    from conceptkg.loaders.reading.readers import iter_text_chunks

    p = _write(tmp_path, "big.txt", ((TRADITIONAL + "\n") * 2000).encode("big5"))
    text = "".join(iter_text_chunks(p, max_chars=20_000))
    assert text.count(TRADITIONAL) == 2000


def test_a_pdf_without_text_layer_and_an_encrypted_pdf_say_why(tmp_path):
    """A scanned PDF (pages, no text) is no blank file, and a password is no broken stream:
    the one-line messages say what the user can do."""
    pypdf = pytest.importorskip("pypdf")
    w = pypdf.PdfWriter()
    for _ in range(3):
        w.add_blank_page(width=100, height=100)
    out = io.BytesIO()
    w.write(out)
    with pytest.raises(EmptyDocumentError, match=r"3 page\(s\) without a text layer.*OCR"):
        read_document(_write(tmp_path, "scan.pdf", out.getvalue()))
    w.encrypt("岚州")
    out = io.BytesIO()
    w.write(out)
    with pytest.raises(InputError, match=r"encrypted.*password") as err:
        read_document(_write(tmp_path, "locked.pdf", out.getvalue()))
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("content", [
    "---\ntitle: 岚州年报\ndate: 2024-01-01\n---\n",  # front matter and nothing else
    "---\ntitle: 岚州年报\n---\n\n  \n",
])
def test_a_file_whose_text_is_all_front_matter_is_an_empty_document(tmp_path, content):
    path = _write(tmp_path, "岚州.md", content.encode("utf-8"))
    with pytest.raises(EmptyDocumentError, match="empty document"):
        load_document(path)


def test_markdown_emphasis_code_lists_quotes_and_tables_leave_only_their_words(tmp_path):
    md = ("# 岚州要闻\n\n恒拓集团推进**溪宁云港工程**，打造*岚州智算平台*和`溪宁数据港`。\n\n"
          "- 科技创新带动__岚州港航__升级。\n* 溪宁市推进数字港航。\n> 恒拓集团实施临川计划。\n"
          "\n---\n\n| 项目 | 单位 |\n|---|:---:|\n| 溪宁云港工程 | 恒拓集团 |\n")
    text = load_document(_write(tmp_path, "岚州.md", md.encode())).text
    for mark in ("*", "_", "`", "|", "---", "> ", "- "):
        assert mark not in text, (mark, text)
    assert "恒拓集团推进溪宁云港工程，打造岚州智算平台和溪宁数据港。" in text, text
    # each list item and quote on a line of its own, not joined to the sentence before it
    assert ("溪宁数据港。\n科技创新带动岚州港航升级。\n溪宁市推进数字港航。\n"
            "恒拓集团实施临川计划。") in text
    lines = text.split("\n")
    assert "溪宁云港工程" in lines and "恒拓集团" in lines  # (table cells apart)
    # a lone star or underscore is no emphasis: 3*5, file_name
    plain = load_document(_write(tmp_path, "b.md", "岚州3*5规划见file_name。\n".encode())).text
    assert plain == "岚州3*5规划见file_name。"


def test_a_page_conceptkg_drew_is_no_document(tmp_path):
    from conceptkg.loaders.reading.readers import is_drawn_page
    from conceptkg.viz import render_html
    from tests.helpers import small_graph

    page = render_html(small_graph(), tmp_path / "图谱.html")
    assert is_drawn_page(page)
    with pytest.raises(InputError, match="a page conceptkg drew"):
        read_document(page)
    other = _write(tmp_path, "岚州.html", "<html><head><meta name=\"generator\" content=\"x\">"
                   "</head><body><p>恒拓集团推动岚州转型。</p></body></html>".encode())
    assert not is_drawn_page(other) and "恒拓集团" in read_document(other).text
