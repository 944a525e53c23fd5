"""Writing the self-contained interactive HTML page of a knowledge graph.

pyvis assembles the vis-network nodes, edges and options and renders our Jinja template (in
``assets/``). Every script and stylesheet, vis-network's own included, is inlined from the
installed pyvis package and from ``assets/``: the page makes no network request, and a
Content-Security-Policy (``default-src 'none'`` plus the hashes of our own scripts) stops anything
else from running or loading even if some markup were injected.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.edge import Edge as VisEdge
from pyvis.network import Network
from pyvis.node import Node as VisNode

from conceptkg.errors import ParameterError
from conceptkg.graph.knowledge_graph import KnowledgeGraph

from .community import community_positions, find_communities
from .layout import compute_positions
from .payload import build_payload, script_json
from .select import page_focus_ids
from .style import EDGE_DEFAULTS, FONT_STACK, NODE_STYLES, node_style
from .view import ViewInfo, prepare_view

__all__ = ["render_html", "render_page", "vis_options", "check_page_path", "ASSETS", "SEED_ABOVE",
           "OVERVIEW_ABOVE"]

log = logging.getLogger(__name__)

ASSETS = Path(__file__).with_name("assets")
#: physics graphs with more nodes than this start from positions computed in Python: vis-network
#: alone needs many seconds to stabilize a thousand nodes, during which nothing is drawn
SEED_ABOVE = 300
#: views of more nodes than this (and no focus) are drawn as a community overview
OVERVIEW_ABOVE = 200
#: the page script, in this order (one inline script)
_SCRIPTS = ("page.js", "labels.js", "panel.js", "controls.js")
_TEMPLATE = "page.html.j2"
_VIS_DIR = ("templates", "lib", "vis-9.1.2")


def _inline_safe(text: str, tag: str) -> str:
    """Text to put inside a ``<script>``/``<style>`` element: it must not close that element."""
    return text.replace(f"</{tag}", f"<\\/{tag}").replace(f"</{tag.upper()}", f"<\\/{tag.upper()}")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    vis = resources.files("pyvis").joinpath(*_VIS_DIR)
    return {
        "vis_js": _inline_safe(vis.joinpath("vis-network.min.js").read_text("utf-8"), "script"),
        "vis_css": _inline_safe(vis.joinpath("vis-network.css").read_text("utf-8"), "style"),
        "page_js": _inline_safe("\n".join((ASSETS / name).read_text("utf-8")
                                          for name in _SCRIPTS), "script"),
        "page_css": _inline_safe((ASSETS / "page.css").read_text("utf-8"), "style"),
    }


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def vis_options(*, physics: bool, n_nodes: int, seeded: bool = False) -> dict[str, Any]:
    """vis-network options: physics (forceAtlas2) for small graphs, fixed positions above.
    ``seeded``: the nodes start from positions computed in Python, so a short stabilization
    suffices."""
    large = not physics
    return {
        "autoResize": True,
        "nodes": {
            "font": {"face": FONT_STACK, "size": 14, "color": "#222222", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            **EDGE_DEFAULTS,
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3}
            if physics else False,
        },
        "groups": {name: st.vis() for name, st in NODE_STYLES.items()},
        "interaction": {
            "hover": False,  # tooltips are the page script's (see assets/page.js)
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                 "springConstant": 0.05, "avoidOverlap": 0.5},
            "stabilization": {"enabled": True, "iterations": 25 if seeded else 300,
                              "updateInterval": 25, "fit": True},
        } if physics else {"enabled": False},
        "layout": {"improvedLayout": physics and not seeded and n_nodes <= SEED_ABOVE,
                   "randomSeed": 7},
    }


def _network(payload: dict[str, Any], options: dict[str, Any], title: str) -> Network:
    """A pyvis Network holding the payload's nodes and edges.

    ``Network.add_node``/``add_edge`` check membership in a list for every call (quadratic:
    minutes at 15,000 nodes), so the same pyvis Node/Edge objects are appended directly.
    """
    net = Network(height="100%", width="100%", directed=True, heading=title,
                  cdn_resources="in_line")
    for item in payload["nodes"]:
        extra = {k: v for k, v in item.items() if k not in ("id", "label")}
        vis = VisNode(item["id"], node_style(item["group"]).shape, label=item["label"], **extra)
        net.nodes.append(vis.options)
        net.node_ids.append(item["id"])
        net.node_map[item["id"]] = vis.options
    for item in payload["edges"]:
        extra = {k: v for k, v in item.items() if k not in ("from", "to")}
        # directed=False: pyvis would add ``arrows: "to"`` to every edge; arrows are styled by
        # type through the shared edge options instead
        net.edges.append(VisEdge(item["from"], item["to"], directed=False, **extra).options)
    net.options = options
    net.set_template_dir(str(ASSETS) + os.sep, _TEMPLATE)
    net.templateEnv = Environment(loader=FileSystemLoader(str(ASSETS)),
                                  autoescape=select_autoescape(default=True,
                                                               default_for_string=True))
    return net


def render_page(kg: KnowledgeGraph, *, title: str = "conceptkg", focus: Sequence[str] = (),
                max_physics_nodes: int = 1500, overview: bool | None = None,
                info: ViewInfo | None = None, period: list[str | None] | None = None) -> str:
    """The HTML text of the page for all of ``kg`` (no filtering here; see :func:`render_html`).

    ``overview`` (default: more than :data:`OVERVIEW_ABOVE` nodes and no focus): group the nodes
    into communities laid out apart, physics off, labels placed by the page without overlap.
    ``period``: the ``[since, until]`` the view was restricted to, for the page to say so."""
    t0 = time.perf_counter()
    if overview is None:
        overview = len(kg) > OVERVIEW_ABOVE and not focus
    communities: list = []
    edge_pairs = [(e.source, e.target) for e in kg.edges()]
    if overview:
        physics = seeded = False
        communities = find_communities([n.id for n in kg.nodes()], edge_pairs,
                                       hidden=info.reserve if info else ())
        positions = community_positions(communities, edge_pairs)
    else:
        physics = len(kg) <= max_physics_nodes
        seeded = physics and len(kg) > SEED_ABOVE
        positions = None
        if not physics or seeded:
            positions = compute_positions([n.id for n in kg.nodes()], edge_pairs)
    t1 = time.perf_counter()
    info = info or ViewInfo(total_nodes=len(kg), total_edges=kg.number_of_edges)
    payload = build_payload(kg, title=title, positions=positions, physics=physics, focus=focus,
                            communities=communities, hidden=info.meta(), reserve=info.reserve)
    options = vis_options(physics=physics, n_nodes=len(kg), seeded=seeded)
    payload["options"] = options
    payload["meta"]["period"] = period
    net = _network(payload, options, title)
    # the page's vis-network data are pyvis's node/edge option dicts (the page script adds the
    # per-type edge styles from payload["edgeStyles"])
    payload["nodes"], payload["edges"] = net.nodes, net.edges
    assets = _assets()
    net.templateEnv.globals.update(
        title=title,
        payload=payload,
        data_json=script_json(payload),
        csp_script=" ".join(_csp_hash(assets[k]) for k in ("vis_js", "page_js")),
        **assets,
    )
    text = net.generate_html()
    log.info("rendered %d nodes, %d edges (%s) in %.2fs (layout %.2fs)", len(kg),
             kg.number_of_edges,
             "overview" if overview else "physics" if physics else "precomputed layout",
             time.perf_counter() - t0, t1 - t0)
    return text


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # named by the file asked for, not by the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename == tmp:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise


#: suffixes of other formats: a page written under them opens as nothing (``-o graph.png``)
_NOT_HTML = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pdf", ".json", ".jsonl",
             ".graphml", ".gexf", ".csv", ".txt", ".md", ".docx"}


def check_page_path(path: str | Path, option: str = "", stdout: bool = False) -> None:
    """A :class:`ParameterError` for a page named as another format (``graph.png``), or a path
    where no file can be written (a directory, below a file), before any work is done: the view
    is an HTML page. ``-`` (standard output) only where ``stdout``."""
    if str(path) == "-":  # (Path("-") would be a file named "-" in the working directory)
        if stdout:
            return
        raise ParameterError(f"{option + ' ' if option else ''}-: the page is written to a "
                             "file here, not to standard output; give a file name such as "
                             "g.html")
    suffix = Path(path).suffix.lower()
    if suffix in _NOT_HTML:
        what = f"{option} {path}" if option else str(path)
        raise ParameterError(f"{what}: the view is an HTML page, not {suffix[1:]}: name it "
                             ".html (a picture: open the page in a browser, or take a headless "
                             "screenshot of it)")
    from ..output import check_output_file

    check_output_file(path, option)  # a directory, or a path below a file


def render_html(kg: KnowledgeGraph, path: str | Path, *, title: str = "conceptkg",
                focus: str | None = None, depth: int = 2,
                node_types: Sequence[str] | None = None,
                edge_types: Sequence[str] | None = None,
                max_physics_nodes: int = 1500, metrics: bool = False,
                isolated: bool = False, top: int | None = None,
                overview: bool | None = None, since: str | None = None,
                until: str | None = None) -> Path:
    """Write the interactive HTML view of ``kg`` to ``path`` (atomically) and return the path.

    ``focus``/``depth`` restrict the view to the nodes within ``depth`` hops of the node(s) whose
    name or alias is ``focus``; ``node_types``/``edge_types`` keep only those types. Metric
    nodes, MEASURES edges and nodes without edges are left out unless ``metrics``/``isolated``
    (see :func:`.view.prepare_view`, also for ``top``). Views of more than
    :data:`OVERVIEW_ABOVE` nodes without a focus become a community overview; other graphs with
    more than ``max_physics_nodes`` nodes get positions computed in Python and no physics.
    ``since``/``until`` (``YYYY[-MM[-DD]]``): only what the documents dated in that period say
    (:func:`.period.in_period`), chosen before everything else.
    Raises :class:`ParameterError` for an unknown focus, node type, a bad depth or period.
    """
    if max_physics_nodes < 0:
        raise ParameterError(f"max_physics_nodes must be >= 0, got {max_physics_nodes}")
    path = Path(path)
    if path.is_dir():
        raise ParameterError(f"output path {str(path)!r} is a directory")
    check_page_path(path)
    period = None
    if since is not None or until is not None:
        from .period import in_period, period_bounds

        whole, kg = kg, in_period(kg, since, until)
        period = list(period_bounds(since, until))
        if focus is not None and focus.strip() and not kg.find(focus.strip()) \
                and whole.find(focus.strip()):
            raise ParameterError(f"focus {focus!r}: no document dated {period[0] or '…'} to "
                                 f"{period[1] or '…'} mentions it")
    view, info = prepare_view(kg, focus=focus, depth=depth, node_types=node_types,
                              edge_types=edge_types, metrics=metrics, isolated=isolated, top=top)
    focused = page_focus_ids(view, focus) if focus is not None else []
    text = render_page(view, title=title, focus=focused, max_physics_nodes=max_physics_nodes,
                       overview=overview, info=info, period=period)
    _write_atomic(path, text)
    log.info("wrote %s (%d bytes)", path, len(text.encode("utf-8")))
    return path
