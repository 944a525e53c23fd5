"""Interactive, self-contained HTML view of a knowledge graph (pyvis / vis-network, offline)."""

from .community import find_communities
from .layout import compute_positions
from .page import render_html, render_page
from .payload import script_json
from .select import subgraph
from .style import EDGE_STYLES, FONT_STACK, NODE_STYLES
from .view import ViewInfo, prepare_view

__all__ = [
    "EDGE_STYLES",
    "FONT_STACK",
    "NODE_STYLES",
    "ViewInfo",
    "compute_positions",
    "find_communities",
    "prepare_view",
    "render_html",
    "render_page",
    "script_json",
    "subgraph",
]
