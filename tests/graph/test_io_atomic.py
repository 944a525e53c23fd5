"""An export stopped halfway (Ctrl-C, SIGTERM, an error) leaves the last good export as it was
and no temporary file beside it."""

from __future__ import annotations

import networkx as nx
import pytest

from conceptkg.graph import io_evidence, io_json, io_networkx
from tests.helpers import small_graph


def _half_then_stop(path_arg: int = 1):
    def write(*args, **kwargs):
        target = args[path_arg]
        if hasattr(target, "write"):
            target.write("{\"nodes\": [")
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write("<graphml>")
        raise KeyboardInterrupt
    return write


def _rows_then_stop(kg):
    yield {"node": "岚州"}
    raise KeyboardInterrupt


@pytest.mark.parametrize("name,write,patch", [
    ("g.json", io_json.write_json, (io_json.json, "dump", _half_then_stop())),
    ("g.jsonl", io_evidence.write_evidence_jsonl, (io_evidence, "evidence_rows",
                                                   _rows_then_stop)),
    ("g.graphml", io_networkx.write_graphml, (nx, "write_graphml", _half_then_stop())),
    ("g.gexf", io_networkx.write_gexf, (nx.readwrite.gexf.GEXFWriter, "write",
                                        _half_then_stop())),
])
def test_an_interrupted_export_keeps_the_last_one_and_leaves_no_temporary_file(
        tmp_path, monkeypatch, name, write, patch):
    out = tmp_path / "导出 目录" / name
    write(small_graph(), out)
    good = out.read_bytes()
    monkeypatch.setattr(*patch)
    with pytest.raises(KeyboardInterrupt):
        write(small_graph(), out)
    assert out.read_bytes() == good
    assert [p.name for p in out.parent.iterdir()] == [name]
