"""On the 121 news days: the examples named in the issue that asked for entity resolution
resolve (one body under its short and full names; a company with and without its country of
registration; a foreign ministry kept apart from the domestic one), and suggestions come with
evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.build import build
from conceptkg.curation import Curation
from conceptkg.curation.commands import suggestions
from conceptkg.graph import EmbeddedStore
from conceptkg.queries.catalogue import run_named

NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "news"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    if not NEWS.is_dir():
        pytest.skip(f"{NEWS} is not there")
    with EmbeddedStore(tmp_path_factory.mktemp("news") / "db") as store:
        res = build([NEWS], store, jobs=2, curation=Curation())
        yield store, res


def by_name(kg, name):
    return [n for n in kg.nodes() if n.name == name]


def holding(kg, name):
    return [n for n in kg.nodes() if name == n.name or name in n.aliases]


def test_the_examples_of_the_issue_resolve(news):
    store, res = news
    kg = store.read_graph(with_text=False)
    [body] = holding(kg, "中国人民政治协商会议全国委员会")
    assert body.name == "全国政协" and body.type == "Organization"
    assert not by_name(kg, "中国人民政治协商会议全国委员会")
    [company] = holding(kg, "英国阿斯利康公司")
    assert company is holding(kg, "阿斯利康公司")[0] and company.mentions >= 2
    [domestic] = by_name(kg, "商务部")
    [foreign] = by_name(kg, "美国商务部")
    assert foreign.id != domestic.id and "美国商务部" not in domestic.aliases
    assert foreign.evidence and all("美国商务部" in e.sentence for e in foreign.evidence)
    assert not any("美国商务部" in e.sentence and e.sentence.count("商务部") == 1
                   for e in domestic.evidence)
    reasons = {a.name: a.reason for a in res.curation.auto}
    assert "country of registration" in reasons["英国阿斯利康公司"]
    # the merged name finds the body in the named queries
    assert run_named(store, "documents", {"name": "中国人民政治协商会议全国委员会"}).rows


def test_suggestions_come_with_reasons_and_evidence(news):
    store, _ = news
    found = suggestions(store, Curation())
    assert len(found.candidates) >= 10
    assert all(s.reason and len(s.evidence) == 2 and not s.auto for s in found.candidates)
    assert {s.name for s in found.automatic} >= {"英国阿斯利康公司", "美国商务部"}
    assert not any({s.name, s.into} == {"美国商务部", "商务部"} for s in found.candidates)
