"""Colours, shapes, fonts and sizes of the HTML view, per node type and edge type.

Shapes are vis-network shapes whose label sits *under* the shape, so that a node's size can show
its importance. Colours come from the Tableau 10 palette (distinct, colour-blind friendlier).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from conceptkg.graph.models import EdgeType, NodeType

__all__ = [
    "FONT_STACK",
    "NodeStyle",
    "EdgeStyle",
    "NODE_STYLES",
    "EDGE_STYLES",
    "EDGE_DEFAULTS",
    "node_style",
    "edge_style",
    "node_size",
]

#: CSS / canvas font stack that renders simplified Chinese well on Linux, Windows and macOS.
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", '
    '"WenQuanYi Micro Hei", sans-serif'
)


@dataclass(frozen=True)
class NodeStyle:
    color: str
    border: str
    shape: str
    dashed: bool = False

    def vis(self) -> dict[str, Any]:
        """The vis-network node options of this style."""
        opts: dict[str, Any] = {
            "shape": self.shape,
            "color": {
                "background": self.color,
                "border": self.border,
                "highlight": {"background": self.color, "border": "#111111"},
                "hover": {"background": self.color, "border": "#111111"},
            },
        }
        if self.dashed:
            opts["shapeProperties"] = {"borderDashes": [3, 2]}
            opts["borderWidth"] = 2
        return opts


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    arrow: str  # vis arrow type at the target end: arrow, vee, circle, bar, diamond, box
    dashes: bool = False

    def vis(self) -> dict[str, Any]:
        """Per-edge vis-network options of this style (kept small: vis parses them per edge;
        the shared defaults are in :data:`EDGE_DEFAULTS`)."""
        opts: dict[str, Any] = {"color": self.color}
        if self.arrow != "arrow":
            opts["arrows"] = {"to": {"enabled": True, "type": self.arrow, "scaleFactor": 0.6}}
        if self.dashes:
            opts["dashes"] = True
        return opts


#: vis-network options shared by every edge
EDGE_DEFAULTS: dict[str, Any] = {
    "arrows": {"to": {"enabled": True, "type": "arrow", "scaleFactor": 0.6}},
    "color": {"opacity": 0.85, "inherit": False},
    "width": 1,
    "selectionWidth": 2,
    "font": {"face": FONT_STACK, "size": 10, "color": "#444444", "strokeWidth": 3,
             "strokeColor": "#ffffff", "align": "middle"},
}


NODE_STYLES: dict[str, NodeStyle] = {
    NodeType.CONCEPT.value: NodeStyle("#4e79a7", "#2c4a6b", "dot"),
    NodeType.FACTOR.value: NodeStyle("#f28e2b", "#a35a12", "diamond"),
    NodeType.ORGANIZATION.value: NodeStyle("#59a14f", "#33642c", "square"),
    NodeType.INITIATIVE.value: NodeStyle("#e15759", "#8f2a2c", "triangle"),
    NodeType.PERSON.value: NodeStyle("#b07aa1", "#6d4463", "triangleDown"),
    NodeType.EVENT.value: NodeStyle("#edc948", "#9a7f16", "star"),
    NodeType.PLACE.value: NodeStyle("#76b7b2", "#3e6f6b", "hexagon"),
    NodeType.METRIC.value: NodeStyle("#9c755f", "#5e4434", "dot", dashed=True),
}
_DEFAULT_NODE = NodeStyle("#bab0ac", "#6b6461", "dot")

EDGE_STYLES: dict[str, EdgeStyle] = {
    EdgeType.DRIVES.value: EdgeStyle("#d1495b", "arrow"),
    EdgeType.INCLUDES.value: EdgeStyle("#3d6fb6", "vee"),
    EdgeType.IMPLEMENTS.value: EdgeStyle("#2a9d5c", "arrow", dashes=True),
    EdgeType.MEASURES.value: EdgeStyle("#8e5ac8", "circle"),
}
_DEFAULT_EDGE = EdgeStyle("#888888", "arrow")


def node_style(node_type: str) -> NodeStyle:
    return NODE_STYLES.get(node_type, _DEFAULT_NODE)


def edge_style(edge_type: str) -> EdgeStyle:
    return EDGE_STYLES.get(edge_type, _DEFAULT_EDGE)


def node_size(degree: int, max_degree: int, *, smallest: float = 8.0,
              largest: float = 30.0) -> float:
    """Node radius from its degree: square-root scaled between ``smallest`` and ``largest``."""
    if max_degree <= 0:
        return smallest
    return round(smallest + (largest - smallest) * math.sqrt(degree / max_degree), 1)
