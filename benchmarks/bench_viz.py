"""HTML view speed: render in Python, then load and draw in headless Chromium.

    python benchmarks/bench_viz.py [--nodes 15000] [--edges 30000] [--repeat 3] [--smoke]
                                   [--corpus DIR ...]

``--corpus DIR`` also builds each corpus in memory (``conceptkg build``'s extraction) and
measures its default ``viz`` page: the whole-corpus overview (statistics and unconnected nodes
left out, communities, a top-N overview when too big to ship whole). Target for the 121 news
days: opened (drawn and usable) in <= 3 s.

A synthetic graph shaped like an extracted one (Chinese names, heavy-tailed degrees, many small
components, evidence on every node and edge) at the size of the whole news corpus's graph, against
a baseline of 150 nodes / 300 edges drawn the same way (precomputed layout, physics off), measured
in the same run. Figures (medians over --repeat page loads):

* render: ``render_html`` in Python (layout included), and the page size;
* ready: from navigation start until vis-network has drawn the graph (``afterDrawing``), as the
  page's own ``performance.now()``; target for the large graph drawn whole: < 5 s;
  ``large-viz`` is the page ``viz`` writes for it by default (too big to ship whole: the top-N
  overview with its reserve);
* focus: searching a name, focusing and highlighting it, until the next frame is painted: the
  page's responsiveness.

Needs /usr/bin/chromium (scripts/install-browser.sh) and the playwright package; never downloads a
browser. ``--smoke`` uses 2,000 nodes / 4,000 edges (for CI).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.viz.viz_graphs import synthetic_graph  # noqa: E402

from conceptkg.viz import render_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
READY = "() => !!(window.ckg && window.ckg.readyAt !== null)"
FOCUS = """async () => {
    const t0 = performance.now();
    const id = ckg.searchNodes(ckg.data.nodes[ckg.data.nodes.length >> 1].label)[0];
    ckg.focusNode(id);
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
}"""


def measure(browser, path: Path, repeat: int) -> dict[str, float]:
    ready, focus, draw_only = [], [], []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        blocked: list[str] = []
        page.route("**/*", lambda r, b=blocked: r.continue_() if r.request.url.startswith(
            "file://") else (b.append(r.request.url), r.abort()))
        page.goto(path.as_uri())
        while not page.evaluate(READY):  # not wait_for_function: its eval() breaks the CSP
            page.wait_for_timeout(20)
        t = page.evaluate("[ckg.readyAt, ckg.timing.start, ckg.nodes.length]")
        if blocked:
            raise SystemExit(f"page made network requests: {blocked[:3]}")
        ready.append(t[0] / 1000)
        draw_only.append((t[0] - t[1]) / 1000)
        focus.append(page.evaluate(FOCUS) / 1000)
        page.close()
    return {"ready": statistics.median(ready), "script": statistics.median(draw_only),
            "focus": statistics.median(focus)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=15_000)
    ap.add_argument("--edges", type=int, default=30_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--smoke", action="store_true", help="2,000 nodes / 4,000 edges, 1 repeat")
    ap.add_argument("--corpus", action="append", default=[], help="a corpus directory whose "
                    "default overview page is measured too (repeatable)")
    args = ap.parse_args()
    if args.smoke:
        args.nodes, args.edges, args.repeat = 2_000, 4_000, 1
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} missing: run scripts/install-browser.sh", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    t = time.perf_counter()
    graphs = {"baseline": synthetic_graph(150, 300, n_docs=10),
              "large": synthetic_graph(args.nodes, args.edges)}
    print(f"built synthetic graphs in {time.perf_counter() - t:.1f}s")
    corpora = {}
    for corpus in args.corpus:
        from conceptkg.build import build

        t = time.perf_counter()
        corpora[Path(corpus).name] = build([corpus], None, keep_graph=True).graph
        print(f"extracted {corpus} in {time.perf_counter() - t:.1f}s")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        whole = {"max_physics_nodes": 0, "metrics": True, "isolated": True, "overview": False}
        todo = [("baseline", graphs["baseline"], whole),
                ("large", graphs["large"], {**whole, "top": len(graphs["large"])}),
                ("large-viz", graphs["large"], {})]  # what `viz` writes by default
        todo += [(name, kg, {}) for name, kg in corpora.items()]
        for name, kg, options in todo:
            t = time.perf_counter()
            path = render_html(kg, Path(tmp) / f"{name}.html", **options)
            rendered = time.perf_counter() - t
            res = measure(browser, path, args.repeat)
            res.update(render=rendered, mib=path.stat().st_size / 2**20)
            results[name] = res
            print(f"{name:9s} {len(kg):6d} nodes {kg.number_of_edges:6d} edges | "
                  f"render {rendered:5.2f}s ({res['mib']:.1f} MiB) | ready {res['ready']:5.2f}s "
                  f"(script {res['script']:5.2f}s) | focus {res['focus'] * 1000:6.0f} ms")
        browser.close()
    base, big = results["baseline"], results["large"]
    print(f"ratio large/baseline: render {big['render'] / base['render']:.1f}x, "
          f"ready {big['ready'] / base['ready']:.1f}x, focus {big['focus'] / base['focus']:.1f}x")
    verdict = "OK" if big["ready"] < 5.0 else "SLOW"
    print(f"large graph ready in {big['ready']:.2f}s (target < 5 s): {verdict}")
    for name in corpora:
        res = results[name]
        verdict = "OK" if res["ready"] <= 3.0 else "SLOW"
        print(f"corpus {name}: default overview ready in {res['ready']:.2f}s "
              f"({res['ready'] / base['ready']:.1f}x baseline; target <= 3 s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
