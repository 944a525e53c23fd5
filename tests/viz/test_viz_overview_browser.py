"""The whole-corpus overview in Debian's headless Chromium (requests blocked): no statistics and
no unconnected nodes by default, communities drawn and openable, labels that do not overlap, the
evidence panel, expand, the time filter; screenshots written as test artifacts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conceptkg.viz import render_html
from tests.viz.test_viz_browser import REPO, open_page
from tests.viz.viz_graphs import PAYLOADS, corpus_graph

pytestmark = pytest.mark.browser

NEWS = Path("/work/shared/corpus/news")


def keep_artifact(shot: Path) -> Path:
    """Copy a screenshot to $CONCEPTKG_ARTIFACTS (a directory), by default out/screenshots/ in
    the repository (ignored by git), and return where it went."""
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    target = os.environ.get("CONCEPTKG_ARTIFACTS", "")
    out = Path(target) if "/" in target else REPO / "out" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(shot, out / shot.name))


def no_overlap(boxes: list[list[float]]) -> bool:
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                return False
    return True


def click_node(page, node_id: str) -> None:
    box = page.locator("#ckg-network").bounding_box()
    pos = page.evaluate(f"ckg.network.canvasToDOM(ckg.network.getPositions(['{node_id}'])"
                        f"['{node_id}'])")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


VISIBLE = "ckg.data.nodes.filter(n => !ckg.isHiddenNode(n.id)).map(n => n.id)"


@pytest.fixture(scope="module")
def corpus():
    return corpus_graph()


def check_overview(page, kg) -> None:
    """What every default overview must show."""
    data = page.evaluate("ckg.data")
    types = {n["group"] for n in data["nodes"]}
    assert "Metric" not in types
    assert {e["type"] for e in data["edges"]} <= {"DRIVES", "INCLUDES", "IMPLEMENTS"}
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    assert {n["id"] for n in data["nodes"]} == linked  # no node without an edge
    assert data["meta"]["overview"] and data["communities"]
    discs = page.evaluate("ckg.communityDiscs().map(d => [d.n, d.r])")
    assert all(f["c"] >= 0 for f in data["info"])
    assert all(discs[f["c"]][0] > 0 and discs[f["c"]][1] > 0 for f in data["info"])
    assert page.locator("#ckg-communities li").count() == len(data["communities"])
    # the labels drawn never overlap, and the biggest hub of the biggest community has one
    boxes = page.evaluate("ckg.labelBoxes")
    assert len(boxes) > 10 and no_overlap(boxes)
    hub = data["nodes"][data["communities"][0]["hubs"][0]]["id"]
    assert hub in page.evaluate("ckg.labelled")


def test_default_overview_communities_panel_expand_time(browser, tmp_path, corpus):
    path = render_html(corpus, tmp_path / "corpus.html", title="语料总览")
    with open_page(browser, path) as (page, blocked, errors):
        check_overview(page, corpus)
        assert "200 Metric nodes" in page.inner_text("#ckg-hidden")
        assert "300 nodes without any edge" in page.inner_text("#ckg-hidden")
        # open the first community: only its nodes stay visible
        page.click("#ckg-communities li >> nth=0")
        data = page.evaluate("ckg.data")
        members = {data["nodes"][i]["id"] for i, f in enumerate(data["info"]) if f["c"] == 0}
        assert set(page.evaluate(VISIBLE)) == members
        assert no_overlap(page.evaluate("ckg.labelBoxes"))
        # a member with a neighbour in another community: click, panel, expand
        outside = page.evaluate("""() => {
            for (const [i, f] of ckg.data.info.entries()) {
                if (f.c !== 0) continue;
                const id = ckg.data.nodes[i].id;
                const hidden = ckg.adj.get(id).map(x => x[0]).filter(x => ckg.isHiddenNode(x));
                if (hidden.length) return [id, hidden];
            }
            return null;
        }""")
        assert outside, "the clusters are bridged: some member has a hidden neighbour"
        node_id, hidden = outside
        click_node(page, node_id)
        page.wait_for_selector("#ckg-info:not([hidden])")
        panel = page.inner_text("#ckg-info")
        assert "Evidence by document" in panel and "news/day" in panel and "2024-03-" in panel
        page.click("#ckg-info button.ckg-expand")
        shown = set(page.evaluate(VISIBLE))
        assert set(hidden) <= shown and members < shown
        # back to all communities, then a time range of three days
        page.click("#ckg-all")
        assert len(page.evaluate(VISIBLE)) == len(data["nodes"])
        page.evaluate("ckg.setTimeRange('2024-03-02', '2024-03-04')")
        docs = data["docs"]
        want = {n["id"] for n, f in zip(data["nodes"], data["info"], strict=True)
                if any("2024-03-02" <= docs[d][2] <= "2024-03-04" for d in f["dd"])}
        assert set(page.evaluate(VISIBLE)) == want and 0 < len(want) < len(data["nodes"])
        assert "2024-03-02 – 2024-03-04" in page.inner_text("#ckg-time-box")
        page.click("#ckg-reset")
        assert len(page.evaluate(VISIBLE)) == len(data["nodes"])
        # markup in a document title stays text in the panel
        page.evaluate("""() => {
            for (const [i, f] of ckg.data.info.entries()) {
                ckg.showNode(ckg.data.nodes[i].id);
                document.querySelectorAll('#ckg-more, .ckg-more').forEach(b => b.click());
            }
        }""")
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#ckg-info img").count() == 0
        assert errors == [] and blocked == []


def test_undated_documents_hide_the_time_filter(browser, tmp_path):
    kg = corpus_graph(dated=False, metrics=10, isolated=5)
    path = render_html(kg, tmp_path / "undated.html")
    with open_page(browser, path) as (page, blocked, errors):
        assert page.locator("#ckg-time-box").is_hidden()
        assert page.evaluate("ckg.dates.length") == 0
        assert errors == [] and blocked == []


def test_switches_show_statistics_and_unconnected_nodes(browser, tmp_path, corpus):
    path = render_html(corpus, tmp_path / "all.html", metrics=True, isolated=True)
    with open_page(browser, path) as (page, blocked, errors):
        groups = page.evaluate("ckg.data.nodes.map(n => n.group)")
        assert len(groups) == len(corpus) and groups.count("Metric") == 200
        assert page.locator("#ckg-hidden").is_hidden()
        assert no_overlap(page.evaluate("ckg.labelBoxes"))
        assert errors == [] and blocked == []


def test_a_view_by_type_says_its_unconnected_nodes_may_have_other_edges(browser, tmp_path,
                                                                        corpus):
    path = render_html(corpus, tmp_path / "drives.html", edge_types=["DRIVES"])
    with open_page(browser, path) as (page, blocked, errors):
        notes = page.inner_text("#ckg-hidden")
        assert "nodes without an edge of the chosen types not shown" in notes
        assert "Metric" not in notes  # (--metrics would not bring them back here)
        assert errors == [] and blocked == []


def test_top_overview_keeps_a_reserve_that_expand_reveals(browser, tmp_path, corpus):
    path = render_html(corpus, tmp_path / "top.html", top=5)
    with open_page(browser, path) as (page, blocked, errors):
        meta = page.evaluate("ckg.data.meta.hidden")
        assert meta["top"] == 5 and meta["reserve"] > 0 and meta["beyondTop"] > 0
        reserve = page.evaluate("ckg.data.info.filter(f => f.reserve).length")
        assert page.evaluate("ckg.hiddenNodes") == reserve == meta["reserve"]
        before = page.evaluate("ckg.hiddenNodes")
        node = page.evaluate("""ckg.data.nodes.find(n => !ckg.isHiddenNode(n.id) &&
            ckg.hiddenNeighbours(n.id) > 0).id""")
        expected = page.evaluate(f"ckg.hiddenNeighbours('{node}')")
        page.evaluate(f"ckg.focusNode('{node}')")
        box = page.locator("#ckg-network").bounding_box()
        pos = page.evaluate(f"ckg.network.canvasToDOM(ckg.network.getPositions(['{node}'])"
                            f"['{node}'])")
        page.mouse.dblclick(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(200)
        assert expected > 0 and page.evaluate("ckg.hiddenNodes") == before - expected
        assert errors == [] and blocked == []


@pytest.fixture(scope="module")
def news_graph():
    if not NEWS.is_dir():
        pytest.skip(f"{NEWS} is not there")
    from conceptkg.build import build

    return build([NEWS], None, jobs=2, keep_graph=True).graph


def test_news_overview_and_screenshots(browser, tmp_path, news_graph):
    path = render_html(news_graph, tmp_path / "news.html", title="news")
    with open_page(browser, path) as (page, blocked, errors):
        check_overview(page, news_graph)
        page.wait_for_timeout(300)
        page.screenshot(path=str(tmp_path / "viz-news-overview.png"))
        # the panel of the best-connected node lists evidence with file names, marks its name
        data = page.evaluate("ckg.data")
        hub = data["nodes"][data["communities"][0]["hubs"][0]]["id"]
        click_node(page, hub)
        page.wait_for_selector("#ckg-info:not([hidden])")
        assert ".md" in page.inner_text("#ckg-info .ckg-doc >> nth=0")
        assert page.locator("#ckg-info mark").count() > 0
        page.screenshot(path=str(tmp_path / "viz-news-panel.png"))
        page.click("#ckg-info .ckg-close")
        page.click("#ckg-communities li >> nth=1")
        assert no_overlap(page.evaluate("ckg.labelBoxes"))
        page.wait_for_timeout(200)
        page.screenshot(path=str(tmp_path / "viz-news-community.png"))
        assert errors == [] and blocked == []
    for name in ("overview", "panel", "community"):
        keep_artifact(tmp_path / f"viz-news-{name}.png")


def test_payload_markup_in_titles_is_escaped_in_the_page_source(tmp_path, corpus):
    text = render_html(corpus, tmp_path / "c.html").read_text("utf-8")
    assert PAYLOADS[1] not in text
