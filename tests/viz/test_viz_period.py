"""viz --since/--until: the graph of one period (the page's time slider only filters the nodes a
whole-corpus overview already chose, over all dates)."""

from __future__ import annotations

import pytest

from conceptkg.errors import ParameterError
from conceptkg.graph import Document, Edge, EmbeddedStore, Evidence, KnowledgeGraph, Node
from conceptkg.viz.period import in_period
from tests.helpers import run_cli
from tests.viz.viz_helpers import page_data

MARCH = "岚州港航带动溪宁市经济。恒拓集团提到岚州港航。"
JUNE = "恒拓集团建设智造平台。恒拓集团推进岚州港航。"


def _ev(doc: Document, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(document=doc.id, sentence=sentence, start=start, end=start + len(sentence))


def period_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    march = kg.add_document(Document.from_text(MARCH, path="a/0305.txt", date="2024-03-05"))
    june = kg.add_document(Document.from_text(JUNE, path="a/0610.txt", date="2024-06-10"))
    undated = kg.add_document(Document.from_text("恒拓集团。", path="a/x.txt"))
    s1, s2 = "岚州港航带动溪宁市经济。", "恒拓集团提到岚州港航。"
    s3, s4 = "恒拓集团建设智造平台。", "恒拓集团推进岚州港航。"
    port = kg.add_node(Node(name="岚州港航", type="Initiative",
                            evidence=[_ev(march, s1), _ev(march, s2), _ev(june, s4)],
                            counts={march.id: 2, june.id: 1}))
    city = kg.add_node(Node(name="溪宁市经济", type="Concept", evidence=[_ev(march, s1)]))
    firm = kg.add_node(Node(name="恒拓集团", type="Organization",
                            evidence=[_ev(march, s2), _ev(june, s3), _ev(june, s4),
                                      Evidence(document=undated.id, sentence="恒拓集团。",
                                               start=0, end=5)],
                            counts={march.id: 1, june.id: 2, undated.id: 1}))
    plat = kg.add_node(Node(name="智造平台", type="Initiative", evidence=[_ev(june, s3)]))
    kg.add_edge(Edge(source=port.id, target=city.id, type="DRIVES", evidence=[_ev(march, s1)]))
    kg.add_edge(Edge(source=firm.id, target=plat.id, type="IMPLEMENTS",
                     evidence=[_ev(june, s3)]))
    kg.add_edge(Edge(source=firm.id, target=port.id, type="IMPLEMENTS",
                     evidence=[_ev(june, s4)]))
    return kg


def _names(kg: KnowledgeGraph) -> set[str]:
    return {n.name for n in kg.nodes()}


def test_a_period_keeps_what_its_documents_say_with_their_counts():
    kg = period_graph()
    june = in_period(kg, since="2024-06", until=None)
    assert _names(june) == {"恒拓集团", "智造平台", "岚州港航"}
    assert {e.type for e in june.edges()} == {"IMPLEMENTS"} and june.number_of_edges == 2
    firm = june.find("恒拓集团")[0]
    assert firm.mentions == 2 and len(firm.evidence) == 2  # March and the undated one go
    assert june.find("岚州港航")[0].mentions == 1
    assert [d.path for d in june.documents.values()] == ["a/0610.txt"]
    march = in_period(kg, since=None, until="2024-03")
    assert _names(march) == {"岚州港航", "溪宁市经济", "恒拓集团"}
    assert [e.type for e in march.edges()] == ["DRIVES"]
    assert len(kg.find("恒拓集团")[0].evidence) == 4  # the stored graph is not changed
    assert _names(in_period(kg, since=None, until=None)) == _names(kg)


def test_bad_periods_are_parameter_errors():
    kg = period_graph()
    with pytest.raises(ParameterError, match="after"):
        in_period(kg, since="2024-06", until="2024-03")
    with pytest.raises(ParameterError, match="not a date"):
        in_period(kg, since="June", until=None)
    with pytest.raises(ParameterError, match="no dated document"):
        in_period(kg, since="2025", until=None)


def test_viz_since_until_draws_that_period(capsys, tmp_path):
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as s:
        s.write_graph(period_graph())
    page = tmp_path / "june.html"
    code, _, err = run_cli(capsys, "viz", "-o", page, "--db", db, "--since", "2024-06-01",
                           "--until", "2024-06")
    assert code == 0, err
    data = page_data(page.read_text("utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"恒拓集团", "智造平台", "岚州港航"}
    assert data["meta"]["period"] == ["2024-06-01", "2024-06-30"]
    code, _, err = run_cli(capsys, "viz", "-o", page, "--db", db, "--since", "2024-13")
    assert code == 1 and err.startswith("error:") and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(capsys, "viz", "-o", page, "--db", db, "--focus", "溪宁市经济",
                           "--since", "2024-06")
    assert code == 1 and "溪宁市经济" in err and "Traceback" not in err
    assert "2024-06-01" in err and len(err.strip().splitlines()) == 1  # the period, not "graph"


@pytest.mark.browser
def test_the_header_counts_what_the_time_slider_leaves(browser, tmp_path):
    """The page's "N nodes · M edges" stayed the same whatever the time slider hid (on the
    598-day corpus: "3,000 nodes" with 358 on screen); it now says how many are shown."""
    from conceptkg.viz import render_html
    from tests.viz.test_viz_browser import open_page

    path = render_html(period_graph(), tmp_path / "g.html")
    with open_page(browser, path) as (page, _, errors):
        stats = "document.getElementById('ckg-stats').textContent"
        assert page.evaluate(stats).startswith("4 nodes · 3 edges")
        page.evaluate("ckg.setTimeRange('2024-06-01', '2024-06-30')")
        assert page.evaluate(stats).startswith("3 of 4 nodes · 2 of 3 edges shown")
        page.evaluate("ckg.setTimeRange(null)")
        assert page.evaluate(stats).startswith("4 nodes · 3 edges") and not errors


def test_a_period_shows_only_the_aliases_its_documents_use(capsys, tmp_path):
    """Two dated documents name one organisation two ways (merged by resolution): the view of
    each month shows the names that month's document uses, not the other month's alias."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "20240305.md").write_text("恒拓集团有限公司打造溪宁数字平台。", encoding="utf-8")
    (docs / "20240610.md").write_text("恒拓集团建设岚州新港。恒拓集团推进岚州港航工程。",
                                      encoding="utf-8")
    db = tmp_path / "kg.db"
    code, _, err = run_cli(capsys, "build", docs, "--db", db, "-j", "1")
    assert code == 0, err
    with EmbeddedStore(db, read_only=True) as s:
        whole = s.read_graph()
    [firm] = [n for n in whole.nodes() if n.type == "Organization"]
    assert firm.name == "恒拓集团" and firm.aliases == ["恒拓集团有限公司"]
    june = in_period(whole, since="2024-06", until=None)
    [firm] = [n for n in june.nodes() if n.type == "Organization"]
    assert firm.aliases == [] and firm.alias_docs == {}
    march = in_period(whole, since=None, until="2024-03")
    [firm] = [n for n in march.nodes() if n.type == "Organization"]
    assert firm.aliases == ["恒拓集团有限公司"] and firm.mentions == 1
    page = tmp_path / "june.html"
    code, _, err = run_cli(capsys, "viz", "-o", page, "--db", db, "--since", "2024-06")
    assert code == 0, err
    assert "恒拓集团有限公司" not in page.read_text("utf-8")
