"""An export stopped halfway (Ctrl-C, SIGTERM, an error) leaves the last good export as it was
and no temporary file beside it."""

from __future__ import annotations

import networkx as nx
import pytest

from conceptkg.graph import io_evidence, io_json, io_networkx
from conceptkg.graph.io_neo4j_csv import write_neo4j_csv
from tests.helpers import rich_graph, small_graph


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


def test_an_interrupted_neo4j_csv_export_leaves_no_import_command(tmp_path, monkeypatch):
    """The bundle's command is written last: a bundle without import.txt is unfinished, and no
    file of it is half-written."""
    kg = rich_graph()
    out = tmp_path / "bundle"
    write_neo4j_csv(kg, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    import conceptkg.graph.io_neo4j_csv as mod

    calls = []
    real = mod._write

    def second_fails(directory, stem, *args):
        calls.append(stem)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(directory, stem, *args)

    monkeypatch.setattr(mod, "_write", second_fails)
    with pytest.raises(KeyboardInterrupt):
        write_neo4j_csv(kg, out)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert "import.txt" not in after and not [n for n in after if "tmp" in n]
    assert all(after[n] == before[n] for n in after)
