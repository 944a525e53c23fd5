"""The page in Debian's headless Chromium: offline, complete, inert against hostile text."""

from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from conceptkg.graph import KnowledgeGraph
from conceptkg.viz import render_html
from conceptkg.viz.payload import MAX_LABEL_CHARS, clip_text
from tests.viz.viz_graphs import PAYLOADS, synthetic_graph

pytestmark = pytest.mark.browser

READY = "() => !!(window.ckg && window.ckg.readyAt !== null)"
REPO = Path(__file__).resolve().parents[2]


def wait_ready(page, timeout: float = 60.0) -> None:
    """Poll from Python: page.wait_for_function evaluates its predicate with eval() inside the
    page, which the page's Content-Security-Policy (rightly) forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(READY):
        if time.monotonic() > deadline:
            raise TimeoutError(f"page not ready after {timeout}s")
        page.wait_for_timeout(50)


@contextmanager
def open_page(browser, path: Path, **context_args):
    """The page at ``path`` with every non-file request aborted and recorded, and console
    errors / uncaught exceptions collected."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, **context_args)
    page = context.new_page()
    blocked: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(("file://", "data:"))
            else blocked.append(r.url))
    page.goto(path.as_uri())
    wait_ready(page)
    try:
        yield page, blocked, errors
    finally:
        context.close()


@pytest.mark.parametrize("mode", ["physics", "precomputed", "empty"])
def test_page_loads_offline_and_draws_every_node(browser, tmp_path, small_kg, mode):
    if mode == "physics":
        kg = small_kg
    elif mode == "empty":
        kg = KnowledgeGraph()
    else:
        kg = synthetic_graph(1600, 3000, n_docs=10)
    path = render_html(kg, tmp_path / "g.html", metrics=True, isolated=True, overview=False)
    with open_page(browser, path) as (page, blocked, errors):
        counts = page.evaluate(
            "[ckg.nodes.length, ckg.edges.length, ckg.network.body.nodeIndices.length,"
            " ckg.network.body.edgeIndices.length, ckg.drawn, ckg.stabilized]")
        assert counts == [len(kg), kg.number_of_edges, len(kg), kg.number_of_edges, True, True]
        if mode == "empty":
            assert "empty" in page.inner_text("#ckg-status")
        else:
            physics = page.evaluate("ckg.network.physics.options.enabled")
            assert physics is (mode == "physics")
        page.wait_for_timeout(200)
        assert blocked == []
        assert errors == []


def test_hostile_text_runs_nothing_even_as_html(browser, tmp_path, hostile_kg):
    path = render_html(hostile_kg, tmp_path / "g.html", title=PAYLOADS[0])
    # bypass_csp: the escaping alone must hold, without the page's Content-Security-Policy
    with open_page(browser, path, bypass_csp=True) as (page, blocked, errors):
        labels = page.evaluate("ckg.nodes.get().map(n => n.label)")
        names = [clip_text(n.name, MAX_LABEL_CHARS) for n in hostile_kg.nodes()]
        assert sorted(labels) == sorted(names)
        assert any("<script>" in label for label in labels)  # raw text on the canvas
        n_tips = page.evaluate("""() => {
            const tips = ckg.tooltips();
            for (const t of tips) { document.body.appendChild(t); }
            return tips.length;
        }""")
        assert n_tips == len(hostile_kg) + hostile_kg.number_of_edges
        # every node's and edge's evidence panel, opened in turn
        opened = page.evaluate("""() => {
            let n = 0;
            for (const node of ckg.data.nodes) { ckg.showNode(node.id); n++; }
            for (const edge of ckg.data.edges) { ckg.showEdge(edge.id); n++; }
            return [n, document.querySelectorAll('#ckg-info mark').length];
        }""")
        assert opened[0] == n_tips and opened[1] > 0
        assert "<script>" in page.inner_text("#ckg-info")  # shown as text
        # the search box shows matching names; type a payload into it
        page.fill("#ckg-search", "<img")
        assert page.locator("#ckg-results li").count() >= 1
        page.hover("#ckg-results li >> nth=0")
        page.keyboard.press("Enter")
        page.wait_for_timeout(500)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.title") == PAYLOADS[0]
        text = page.inner_text("body")
        assert "onerror" in text  # the payloads are shown as text
        assert errors == [] and blocked == []


def test_csp_blocks_injected_handlers(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html")
    with open_page(browser, path) as (page, _blocked, _errors):
        page.evaluate("""() => {
            const d = document.createElement('div');
            d.innerHTML = '<img src="data:," onerror="window.__pwned = 1">';
            document.body.appendChild(d);
            const s = document.createElement('script');
            s.textContent = 'window.__pwned = 2';
            document.body.appendChild(s);
        }""")
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"


def test_search_focus_highlight_and_filters(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html", metrics=True, isolated=True)
    (ndrc,) = small_kg.find("国家发展改革委")
    concepts = small_kg.node_counts()["Concept"]
    with open_page(browser, path) as (page, _blocked, errors):
        page.fill("#ckg-search", "发改委")
        assert page.locator("#ckg-results li >> nth=0").inner_text().startswith("国家发展改革委")
        page.keyboard.press("Enter")
        assert page.evaluate("ckg.network.getSelectedNodes()") == [ndrc.id]
        hl = set(page.evaluate("ckg.highlighted"))
        assert hl == {ndrc.id, *(n.id for n in small_kg.find("数字中国建设行动")),
                      *(n.id for n in small_kg.find("新质生产力"))}
        page.click("#ckg-legend-nodes input[data-type=Concept]")
        assert page.evaluate("ckg.hiddenNodes") == concepts
        # what vis-network draws: its visible-node and visible-edge index lists
        shown = set(page.evaluate("ckg.network.body.nodeIndices"))
        assert shown == {n.id for n in small_kg.nodes() if n.type != "Concept"}
        concept_edges = sum(1 for e in small_kg.edges()
                            if "Concept" in (small_kg.node(e.source).type,
                                             small_kg.node(e.target).type))
        assert page.evaluate("ckg.hiddenEdges") == concept_edges
        assert page.evaluate("ckg.network.body.edgeIndices.length") == (
            small_kg.number_of_edges - concept_edges)
        page.click("#ckg-legend-edges input[data-type=IMPLEMENTS]")
        assert page.evaluate("ckg.network.body.edgeIndices.length") == (
            small_kg.number_of_edges - page.evaluate("ckg.hiddenEdges"))
        assert page.evaluate("ckg.hiddenEdges") > concept_edges
        page.click("#ckg-reset")
        assert page.evaluate("[ckg.hiddenNodes, ckg.hiddenEdges, ckg.highlighted.length]") == [
            0, 0, 0]
        assert errors == []


def test_tooltips_follow_the_pointer(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html")
    (nqp,) = small_kg.find("新质生产力")
    with open_page(browser, path) as (page, _blocked, errors):
        box = page.locator("#ckg-network").bounding_box()
        pos = page.evaluate(f"ckg.network.canvasToDOM(ckg.network.getPositions(['{nqp.id}'])"
                            f"['{nqp.id}'])")
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_selector("#ckg-tip:not([hidden])")
        tip = page.inner_text("#ckg-tip")
        assert "新质生产力" in tip and "Concept" in tip and "links" in tip
        page.mouse.move(box["x"] + 3, box["y"] + 3)
        page.wait_for_selector("#ckg-tip[hidden]", state="attached")
        assert errors == []


def test_click_opens_the_evidence_panel(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html")
    (nqp,) = small_kg.find("新质生产力")
    with open_page(browser, path) as (page, _blocked, errors):
        page.wait_for_timeout(200)
        box = page.locator("#ckg-network").bounding_box()
        pos = page.evaluate(f"ckg.network.canvasToDOM(ckg.network.getPositions(['{nqp.id}'])"
                            f"['{nqp.id}'])")
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_selector("#ckg-info:not([hidden])")
        text = page.inner_text("#ckg-info")
        assert "新质生产力" in text and "Concept" in text and "NQP" in text
        assert "新质生产力政策解读" in text and "新质生产力政策解读.txt" in text
        # the sentence stating a relation comes before ...; both have the name marked
        items = page.locator("#ckg-info li").all_inner_texts()
        assert items[0].startswith("科技创新推动新质生产力发展") or "包括" in items[0]
        assert page.locator("#ckg-info mark").first.inner_text() == "新质生产力"
        page.mouse.click(box["x"] + 3, box["y"] + 3)
        page.wait_for_selector("#ckg-info[hidden]", state="attached")
        assert errors == []


def test_focus_option_preselects_the_focus(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html", focus="NQP", depth=1)
    (nqp,) = small_kg.find("新质生产力")
    with open_page(browser, path) as (page, _blocked, errors):
        assert page.evaluate("ckg.network.getSelectedNodes()") == [nqp.id]
        assert nqp.id in page.evaluate("ckg.highlighted")
        assert errors == []


def test_screenshot(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html", title="新质生产力 · 示例")
    with open_page(browser, path) as (page, _blocked, errors):
        page.wait_for_timeout(300)
        shot = tmp_path / "viz-small.png"
        page.screenshot(path=str(shot))
        assert errors == []
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    target = os.environ.get("CONCEPTKG_ARTIFACTS")
    if target:
        out = Path(target) if "/" in target else REPO / "out"
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, out / shot.name)


def test_clicking_an_edge_opens_its_evidence(browser, tmp_path, small_kg):
    path = render_html(small_kg, tmp_path / "g.html")
    (tech,) = small_kg.find("科技创新")
    (nqp,) = small_kg.find("新质生产力")
    with open_page(browser, path) as (page, _blocked, errors):
        page.wait_for_timeout(200)
        box = page.locator("#ckg-network").bounding_box()
        # a point on the straightest part of the DRIVES edge: a third of the way along it
        a, b = page.evaluate(f"""[ckg.network.canvasToDOM(ckg.network.getPositions(
            ['{tech.id}'])['{tech.id}']), ckg.network.canvasToDOM(ckg.network.getPositions(
            ['{nqp.id}'])['{nqp.id}'])]""")
        for frac in (0.5, 0.4, 0.6, 0.33, 0.66):
            x = a["x"] + (b["x"] - a["x"]) * frac
            y = a["y"] + (b["y"] - a["y"]) * frac
            if page.evaluate(f"ckg.network.getEdgeAt({{x: {x}, y: {y}}})") is not None and \
                    page.evaluate(f"ckg.network.getNodeAt({{x: {x}, y: {y}}})") is None:
                break
        page.mouse.click(box["x"] + x, box["y"] + y)
        page.wait_for_selector("#ckg-info:not([hidden])")
        text = page.inner_text("#ckg-info")
        assert "科技创新" in text and "DRIVES" in text and "新质生产力" in text
        assert "科技创新推动新质生产力发展。" in text.replace("\n", "")
        marks = page.locator("#ckg-info li mark").all_inner_texts()
        assert set(marks) == {"科技创新", "新质生产力"}
        assert errors == []


# a point of the page, away from the middle, where the canvas itself (not a panel over it) is
# on top and no node is under it or near it
FREE_POINT = """() => { const r = ckg.container.getBoundingClientRect();
    const canvas = (x, y) => { const e = document.elementFromPoint(r.left + x, r.top + y);
      return e !== null && e.tagName === 'CANVAS' && ckg.container.contains(e); };
    const w = ckg.container.clientWidth, h = ckg.container.clientHeight;
    const near = [[0, 0], [30, 0], [-30, 0], [0, 30], [0, -30], [30, 30], [-30, -30]];
    for (let gy = 0.3; gy < 0.95; gy += 0.05) {
      for (let gx = 0.55; gx < 0.95; gx += 0.05) {
        const x = gx * w, y = gy * h;
        if (near.every(([dx, dy]) => canvas(x + dx, y + dy)
            && ckg.network.getNodeAt({x: x + dx, y: y + dy}) === undefined)) {
          return [r.left + x, r.top + y];
        }
      }
    }
    throw new Error('no free point on the canvas'); }"""


def test_the_focus_stays_in_view_while_the_layout_settles(browser, tmp_path):
    """A focus view of hundreds of nodes starts from a seeded layout and goes on settling after
    it is drawn: the page centred the focus once and the node drifted off screen."""
    kg = synthetic_graph(700, 1100, seed=3)
    hub = max(kg.nodes(), key=lambda n: kg.nx.degree(n.id))
    path = render_html(kg, tmp_path / "g.html", focus=hub.name, depth=5)
    where = """(id) => { const p = ckg.network.getPositions([id])[id];
        const d = ckg.network.canvasToDOM(p);
        return [d.x, d.y, ckg.container.clientWidth, ckg.container.clientHeight]; }"""
    with open_page(browser, path) as (page, _blocked, errors):
        assert page.evaluate("ckg.data.meta.focus") == [hub.id]
        assert page.evaluate("ckg.data.options.physics.enabled")
        for _ in range(6):
            page.wait_for_timeout(500)
            x, y, w, h = page.evaluate(where, hub.id)
            assert 0.25 * w < x < 0.75 * w and 0.25 * h < y < 0.75 * h, (x, y, w, h)
        # a drag of the view lets the focus go (from empty canvas: a drag that starts on a node
        # moves the node, one that starts on the evidence panel drags nothing)
        fx, fy = page.evaluate(FREE_POINT)
        page.mouse.move(fx, fy)
        page.mouse.down()
        page.mouse.move(fx - 300, fy - 200, steps=8)
        page.mouse.up()
        page.wait_for_timeout(300)
        x, y, w, h = page.evaluate(where, hub.id)
        assert not (0.4 * w < x < 0.6 * w and 0.4 * h < y < 0.6 * h), (x, y, w, h)
        assert errors == []


def test_a_view_whose_nodes_were_all_left_out_does_not_call_the_graph_empty(browser, tmp_path):
    """Nodes without edges are left out by default: the page said 'The graph is empty' next
    to the note that 2 nodes were left out."""
    from conceptkg.graph import Node

    kg = KnowledgeGraph()
    for name in ("恒拓集团", "溪宁港"):
        kg.add_node(Node(name=name, type="Organization"))
    path = render_html(kg, tmp_path / "g.html")
    with open_page(browser, path) as (page, _blocked, errors):
        status = page.inner_text("#ckg-status")
        assert "empty" not in status and "2" in status and "--isolated" in status, status
        assert errors == []
    path = render_html(KnowledgeGraph(), tmp_path / "e.html")
    with open_page(browser, path) as (page, _blocked, errors):
        assert "empty" in page.inner_text("#ckg-status")
