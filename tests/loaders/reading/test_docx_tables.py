"""Text in the tables of a Word file is read like the rest, in the order of the document: each
cell a paragraph of its own, a merged cell once (it was silently left out)."""

from __future__ import annotations

import io

import pytest

from conceptkg.loaders.pipeline import load_document, process_text
from conceptkg.loaders.reading.readers import read_document

docx = pytest.importorskip("docx")


def _docx_with_table() -> bytes:
    d = docx.Document()
    d.add_paragraph("溪宁市数字经济工作要点")
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "任务"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "内容与责任"
    table.cell(1, 0).text = "一"
    table.cell(1, 1).text = "溪宁市数据局建设溪宁数据开放平台。"
    table.cell(1, 2).text = "岚州算力推动数字产业壮大。"
    d.add_paragraph("以上任务年底前完成。")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_table_cells_are_read_in_document_order(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(_docx_with_table())
    lines = [x for x in read_document(path).text.split("\n") if x]
    assert lines == ["溪宁市数字经济工作要点", "任务", "内容与责任", "一",
                     "溪宁市数据局建设溪宁数据开放平台。", "岚州算力推动数字产业壮大。",
                     "以上任务年底前完成。"]


def test_a_relation_stated_in_a_table_cell_is_extracted(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(_docx_with_table())
    kg = process_text(load_document(path))
    names = {n.name for n in kg.nodes()}
    assert "溪宁数据开放平台" in names
    assert any(e.type == "IMPLEMENTS" for e in kg.edges())


def test_a_cell_merged_down_several_rows_is_read_once(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "岚州算力推动数字产业壮大。"
    for r in range(3):
        table.cell(r, 1).text = f"第{r + 1}项"
    path = tmp_path / "merged.docx"
    d.save(str(path))
    lines = [x for x in read_document(path).text.split("\n") if x]
    assert lines == ["岚州算力推动数字产业壮大。", "第1项", "第2项", "第3项"]
