"""Evidence rows (JSON Lines): one line per sentence behind an edge, with its document's date."""

import json

from conceptkg.graph import Document
from conceptkg.graph.io_evidence import (
    EVIDENCE_FIELDS,
    document_date,
    evidence_rows,
    write_evidence_jsonl,
)
from tests.helpers import rich_graph


def test_one_line_per_edge_sentence_with_every_field(tmp_path):
    kg = rich_graph()
    path = write_evidence_jsonl(kg, tmp_path / "ev.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == sum(len(e.evidence) for e in kg.edges())
    assert all(tuple(r) == EVIDENCE_FIELDS for r in rows)
    expected = sorted((e.source, e.type, e.target, x.document, x.start, x.end, x.rule, x.sentence)
                      for e in kg.edges() for x in e.evidence)
    got = sorted((r["source_id"], r["type"], r["target_id"], r["document"], r["start"],
                  r["end"], r["rule"], r["sentence"]) for r in rows)
    assert got == expected
    for r in rows:
        doc = kg.documents[r["document"]]
        assert doc.text[r["start"]:r["end"]] == r["sentence"]
        assert r["source"] == kg.node(r["source_id"]).name
        assert r["path"] == doc.path
    dated = {r["date"] for r in rows if r["path"] == "dir/20240102.md"}
    assert dated == {"2024-01-02"}
    assert {r["date"] for r in rows if r["path"] == "small.txt"} == {None}
    assert rows == list(evidence_rows(kg))


def test_document_date_from_file_name_or_title():
    def doc(path, title=""):
        return Document(id="doc_x", path=path, title=title)

    assert document_date(doc("news/2024-03-01.txt")) == "2024-03-01"
    assert document_date(doc("a/20231231_report.md")) == "2023-12-31"
    assert document_date(doc("plan.txt", "通知 2022.05.06")) == "2022-05-06"
    assert document_date(doc("id_120240301999.txt")) is None
    assert document_date(doc("20241332.txt")) is None
    assert document_date(None) is None


def test_the_date_a_document_was_built_with_comes_first():
    """A date from ``build --date`` or front matter (the one ``ask documents`` shows) is the
    row's date, also when the file name holds none or another one."""
    assert document_date(Document(id="doc_x", path="岚州.txt", date="2023-07-08")) == \
        "2023-07-08"
    assert document_date(Document(id="doc_x", path="20240102.md", date="2024-01-05")) == \
        "2024-01-05"
    kg = rich_graph()
    for doc in kg.documents.values():
        doc.date = "2022-02-02"
    assert {r["date"] for r in evidence_rows(kg)} == {"2022-02-02"}


def test_an_edge_a_user_added_has_its_note_as_its_line():
    """As in ``ask evidence``: an edge made by ``curate add-edge`` has no sentence of its own,
    and its note is its evidence (rule ``curated``, no document)."""
    from tests.graph.test_io_networkx import curated_edge_graph

    rows = [r for r in evidence_rows(curated_edge_graph()) if r["rule"] == "curated"]
    assert len(rows) == 1
    [r] = rows
    assert (r["source"], r["type"], r["target"]) == ("某某集团", "DRIVES", "产业创新")
    assert r["sentence"] == "[add-edge] add-edge 某某集团 DRIVES 产业创新: 岚州年报"
    assert r["document"] is None and r["start"] is None and r["date"] is None
    assert tuple(r) == EVIDENCE_FIELDS
