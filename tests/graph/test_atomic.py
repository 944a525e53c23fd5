"""Exports replace their file only when complete: a write stopped half-way (Ctrl-C, a kill, a
full disk) leaves the earlier export as it was and no temporary file beside it."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from conceptkg.graph.io_evidence import write_evidence_jsonl
from conceptkg.graph.io_json import write_json
from conceptkg.graph.io_neo4j_csv import write_neo4j_csv
from conceptkg.graph.io_networkx import write_gexf, write_graphml
from tests.helpers import rich_graph

WRITERS = {"json": write_json, "graphml": write_graphml, "gexf": write_gexf,
           "jsonl": write_evidence_jsonl}


def _stop_half_way(monkeypatch, fmt: str) -> None:
    """Make the writer of ``fmt`` write part of its file and then be interrupted."""
    def interrupted(*args, **kwargs):
        target = next(a for a in args if isinstance(a, str) or hasattr(a, "write"))
        if hasattr(target, "write"):
            target.write("{\"nodes\": [")
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write("<?xml version='1.0'?><graphml")
        raise KeyboardInterrupt

    if fmt == "json":
        monkeypatch.setattr(json, "dump", lambda obj, f, **kw: interrupted(f))
    elif fmt == "graphml":
        monkeypatch.setattr(nx, "write_graphml", interrupted)
    elif fmt == "gexf":
        monkeypatch.setattr(nx.readwrite.gexf.GEXFWriter, "write",
                            lambda self, path: interrupted(path))
    else:
        monkeypatch.setattr("conceptkg.graph.io_evidence.json.dumps",
                            lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_an_interrupted_export_keeps_the_earlier_file(tmp_path, monkeypatch, fmt):
    kg = rich_graph()
    path = tmp_path / f"g.{fmt}"
    WRITERS[fmt](kg, path)
    before = path.read_bytes()
    _stop_half_way(monkeypatch, fmt)
    with pytest.raises(KeyboardInterrupt):
        WRITERS[fmt](kg, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


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
