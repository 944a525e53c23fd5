"""The named queries that read documents, dates and counts (:mod:`conceptkg.queries.time_runners`)
on the embedded store holding the sample graph: documents, timeline, and since=/until=/doc= on
evidence and direct relations."""

from __future__ import annotations

import re

import pytest

from conceptkg.errors import ParameterError
from conceptkg.queries.catalogue import run_named
from tests.queries.sample_graph import node


def _doc(kg, title):
    return next(d for d in kg.documents.values() if d.title == title)


def test_documents_lists_files_with_titles_and_dates(store, kg):
    got = run_named(store, "documents", {}).records()
    assert [(r["document"], r["title"], r["date"]) for r in got] == [
        ("a.txt", "文章甲", "2024-03-05"), ("b.txt", "文章乙", "2024-04-10")]
    assert [r["doc_id"] for r in got] == [_doc(kg, "文章甲").id, _doc(kg, "文章乙").id]
    assert [r["document"] for r in run_named(store, "documents", {"since": "2024-04"}).records()
            ] == ["b.txt"]


def test_documents_of_a_node_and_of_an_edge_have_exact_counts(store, kg):
    n = node(kg, "人工智能")
    got = run_named(store, "documents", {"name": "AI"}).records()
    assert {r["doc_id"]: r["mentions"] for r in got} == n.counts
    edge = run_named(store, "documents", {"from": "AI", "to": "科技创新"}).records()
    drives = [r for r in edge if r["type"] == "DRIVES"]
    assert [(r["document"], r["count"]) for r in drives] == [("a.txt", 1), ("b.txt", 1)]
    with pytest.raises(ParameterError, match="give both from= and to="):
        run_named(store, "documents", {"from": "AI"})


def test_timeline_counts_per_period(store, kg):
    n = node(kg, "科技创新")
    got = run_named(store, "timeline", {"name": "科技创新"}).records()
    a, b = _doc(kg, "文章甲"), _doc(kg, "文章乙")
    assert [(r["period"], r["mentions"], r["documents"], r["first_seen"]) for r in got] == [
        ("2024-03", n.counts[a.id], 1, a.date), ("2024-04", n.counts[b.id], 1, b.date)]
    [year] = run_named(store, "timeline", {"name": "科技创新", "by": "year"}).records()
    assert (year["period"], year["mentions"]) == ("2024", n.mentions)
    assert (year["first_seen"], year["last_seen"]) == (a.date, b.date)


@pytest.mark.parametrize(("params", "docs"), [
    ({"since": "2024-04"}, {"b.txt"}), ({"until": "2024-03-31"}, {"a.txt"}),
    ({"doc": "文章甲"}, {"a.txt"}), ({"doc": "docs/b.txt"}, {"b.txt"}),
    ({"since": "2024", "until": "2024"}, {"a.txt", "b.txt"}), ({"since": "2025"}, set()),
])
def test_evidence_since_until_doc(store, params, docs):
    got = run_named(store, "evidence", {"from": "AI", "to": "科技创新", **params}).records()
    assert {r["document"] for r in got} == docs


def test_direct_relations_narrowed_to_documents(store):
    assert run_named(store, "parts", {"name": "新质生产力", "since": "2024-04"}).rows == []
    assert run_named(store, "parts", {"name": "新质生产力", "until": "2024-03"}).rows == \
        run_named(store, "parts", {"name": "新质生产力"}).rows
    got = run_named(store, "implementers", {"initiative": "数字化转型", "doc": "b.txt"})
    assert len(got.rows) == 2


@pytest.mark.parametrize(("params", "message"), [
    ({"since": "2024-13"}, "since: '2024-13' is not a valid date"),
    ({"until": "soon"}, "until: 'soon' is not a date"),
    ({"doc": "nowhere.txt"}, "no document 'nowhere.txt'"),
    ({"since": "2024-04", "until": "2024-02"},
     "since (2024-04-01) is after until (2024-02-29): no document can match"),
])
def test_bad_time_parameters_are_one_line_errors(store, params, message):
    with pytest.raises(ParameterError, match=re.escape(message)):
        run_named(store, "evidence", {"from": "AI", "to": "科技创新", **params})
