"""What was corrected, and why, is shown: in the HTML tooltips (escaped) and in ``ask
evidence`` (an added edge's note is its evidence; a merged edge says so)."""

from __future__ import annotations

import pytest

from conceptkg.build import build
from conceptkg.curation import Curation, Entry, apply_to_store
from conceptkg.graph import EmbeddedStore
from conceptkg.queries.catalogue import run_named
from conceptkg.viz.payload import build_payload

from .test_curation_store import DOCS, write


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "db") as s:
            yield s
    else:
        yield request.getfixturevalue("neo4j_store")


def corrected(store, tmp_path):
    build([write(tmp_path / "docs", DOCS)], store, jobs=1)
    cur = Curation(entries=[
        Entry(op="merge", name="高质量发展", into="产业升级", note="<b>same</b>", author="ana"),
        Entry(op="add-edge", source="数据", rel="DRIVES", target="数字经济",
              note="seen in a report"),
    ])
    apply_to_store(store, cur)


def test_ask_evidence_shows_corrections(store, tmp_path):
    corrected(store, tmp_path)
    rows = run_named(store, "evidence", {"from": "数据", "to": "数字经济"}).records()
    assert [(r["sentence"], r["rule"]) for r in rows] == [
        ("[add-edge] add-edge 数据 DRIVES 数字经济: seen in a report", "curated")]
    rows = run_named(store, "evidence", {"from": "数字经济", "to": "高质量发展"}).records()
    assert {r["rule"] for r in rows} >= {"curated"}
    assert any(r["sentence"] == "[merge] merge 高质量发展 into 产业升级: <b>same</b> — ana"
               for r in rows)
    assert any(r["document"] for r in rows)  # the sentences stay


def test_panel_data_carries_corrections_as_text(tmp_path):
    with EmbeddedStore(tmp_path / "db") as store:
        corrected(store, tmp_path)
        kg = store.read_graph()
    data = build_payload(kg, title="t", positions=None)
    merged = next(i for i, n in enumerate(data["nodes"]) if n["label"] == "产业升级")
    [note] = data["info"][merged]["curated"]
    # raw text in the data block: the panel puts it in the page with textContent, never as HTML
    # (tests/viz browser tests check that markup in the data stays inert)
    assert note == "merge 高质量发展 into 产业升级 (<b>same</b> — ana)"
    assert any(x["curated"] for x in data["einfo"])
