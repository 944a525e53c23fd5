"""JSON Lines from ``extract``: the lines read back as they were written, also from a file a
Windows tool saved with a BOM or as UTF-16 (PowerShell's ``conceptkg extract -o - > x.jsonl``)."""

from __future__ import annotations

import io

import pytest

from conceptkg.errors import InputError
from conceptkg.graph.io_json import graph_to_dict
from conceptkg.graph.io_jsonl import iter_jsonl, write_jsonl
from tests.helpers import full_graph, small_graph


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom"])
def test_lines_read_back_in_any_encoding_a_windows_tool_saves(tmp_path, encoding):
    graphs = [small_graph(), full_graph()]
    buf = io.StringIO()
    write_jsonl(graphs, buf)
    path = tmp_path / "x.jsonl"
    if encoding == "utf-16-le-bom":
        path.write_bytes(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    else:
        path.write_bytes(buf.getvalue().encode(encoding))
    back = list(iter_jsonl(path))
    assert [graph_to_dict(g, with_text=True) for g in back] == \
        [graph_to_dict(g, with_text=True) for g in graphs]


def test_bytes_that_are_no_text_are_one_line_naming_the_file(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"\x80\x81{}\n")
    with pytest.raises(InputError, match=r"x\.jsonl:1: not UTF-8"):
        list(iter_jsonl(path))
