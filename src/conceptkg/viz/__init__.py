"""Interactive, self-contained HTML view of a knowledge graph (pyvis / vis-network, offline)."""

from .layout import compute_positions
from .page import render_html, render_page
from .payload import script_json
from .select import subgraph
from .style import EDGE_STYLES, FONT_STACK, NODE_STYLES

__all__ = [
    "EDGE_STYLES",
    "FONT_STACK",
    "NODE_STYLES",
    "compute_positions",
    "render_html",
    "render_page",
    "script_json",
    "subgraph",
]
