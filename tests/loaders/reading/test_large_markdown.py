"""A Markdown file large enough to be built in parts is still read as Markdown: its front
matter gives every part its title and date, its markup is taken out as in a small file."""

from __future__ import annotations

from conceptkg.loaders.reading import document

CHUNK = ("## 岚州要闻\n\n恒拓集团打造[岚州智算平台](http://example.com/a)，"
         "推进**溪宁云港工程**。<br>科技创新带动岚州港航升级。\n\n")


def test_a_markdown_file_in_parts_keeps_its_front_matter_and_loses_its_markup(tmp_path):
    path = tmp_path / "档案.md"
    path.write_text("---\ntitle: 岚州档案\ndate: 2024-02-03\n---\n" + CHUNK * 400,
                    encoding="utf-8")
    parts = list(document.iter_document_parts(path, max_chars=8000))
    assert len(parts) > 3
    small = document.load_document(_small(tmp_path))
    for i, doc in enumerate(parts, start=1):
        assert doc.format == "md" and doc.date == "2024-02-03", (doc.format, doc.date)
        assert doc.title == f"岚州档案 (part {i})"
        for mark in ("http", "](", "**", "##", "<br>", "title:"):
            assert mark not in doc.text, (mark, doc.text[:200])
        assert small.text.split("\n")[1] in doc.text  # the same lines as a small file's


def _small(tmp_path):
    small = tmp_path / "小.md"
    small.write_text(CHUNK * 2, encoding="utf-8")
    return small
