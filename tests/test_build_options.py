"""Build options that change a document's graph (``--min-confidence``, ``--no-metrics``) are
recorded with the document: a later build with other options rebuilds it instead of calling it
unchanged, and a build with the same options skips it."""

from __future__ import annotations

from conceptkg.build import build
from conceptkg.graph import EmbeddedStore

TEXT = ("数字经济推动高质量发展。科技创新带动产业升级。新质生产力包括劳动、资本、数据等生产要素。"
        "某某集团公司打造工业互联网平台。全年实现营业收入120亿元，同比增长8%。")


def edges(store: EmbeddedStore) -> dict[str, float]:
    kg = store.read_graph(with_text=False)
    return {f"{kg.node(e.source).name} {e.type} {kg.node(e.target).name}": e.confidence
            for e in kg.edges()}


def test_another_min_confidence_rebuilds_and_the_same_one_skips(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    with EmbeddedStore(tmp_path / "kg.db") as store:
        first = build([doc], store, jobs=1)
        assert len(first.built) == 1
        everything = edges(store)
        cut = sorted(everything.values())[len(everything) // 2]
        assert min(everything.values()) < cut  # the threshold leaves some out
        again = build([doc], store, jobs=1, min_confidence=cut)
        assert len(again.built) == 1 and len(again.stale) == 1
        kept = edges(store)
        assert kept == {k: c for k, c in everything.items() if c >= cut}
        same = build([doc], store, jobs=1, min_confidence=cut)
        assert not same.built and len(same.unchanged) == 1
        back = build([doc], store, jobs=1)
        assert len(back.stale) == 1 and edges(store) == everything


def test_no_metrics_is_recorded_too(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    with EmbeddedStore(tmp_path / "kg.db") as store:
        build([doc], store, jobs=1)
        with_metrics = store.stats()["nodes"].get("Metric", 0)
        assert with_metrics > 0
        again = build([doc], store, jobs=1, metrics=False)
        assert len(again.stale) == 1 and store.stats()["nodes"].get("Metric", 0) == 0
        assert "+no-metrics" in store.documents()[0].extractor
        assert not build([doc], store, jobs=1, metrics=False).built


def test_another_date_rebuilds_with_it_and_no_date_keeps_the_stored_one(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    with EmbeddedStore(tmp_path / "kg.db") as store:
        build([doc], store, jobs=1, date="2024-01-05")
        again = build([doc], store, jobs=1, date="2024-02-07")
        assert len(again.built) == 1 and [o.reason for o in again.built] == ["redated"]
        assert [d.date for d in store.documents()] == ["2024-02-07"]
        assert len(build([doc], store, jobs=1, date="2024-02-07").unchanged) == 1
        assert len(build([doc], store, jobs=1).unchanged) == 1  # (no --date: as stored)
        assert [d.date for d in store.documents()] == ["2024-02-07"]
