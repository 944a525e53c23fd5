"""The rendered HTML page: escaping, offline-ness, legend, filters, modes, atomic writing."""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re

import pytest

from conceptkg.errors import ParameterError
from conceptkg.graph import KnowledgeGraph, NodeType
from conceptkg.viz import page as page_mod
from conceptkg.viz import render_html
from conceptkg.viz.page import SEED_ABOVE
from conceptkg.viz.payload import MAX_LABEL_CHARS, clip_text
from conceptkg.viz.style import EDGE_STYLES, FONT_STACK, NODE_STYLES
from tests.viz.viz_graphs import PAYLOADS, synthetic_graph
from tests.viz.viz_helpers import page_data, parse_tags


def _render(kg, tmp_path, **kw) -> str:
    out = render_html(kg, tmp_path / "g.html", **kw)
    assert out == tmp_path / "g.html"
    return out.read_text("utf-8")


# -- hostile text -------------------------------------------------------------------------------
def test_hostile_text_never_appears_raw(hostile_kg, tmp_path):
    text = _render(hostile_kg, tmp_path, title=PAYLOADS[0])
    for payload in PAYLOADS:
        assert payload not in text
    assert "<script>window" not in text and "<img" not in text and "<svg onload" not in text
    assert "\u2028" not in text and "\u2029" not in text
    tags = parse_tags(text)
    # exactly our three scripts: the JSON data block, vis-network and the page script
    assert [a.get("type") for a, _ in tags.scripts] == ["application/json", None, None]
    assert [t for t, _ in tags.tags].count("script") == 3
    for tag, attrs in tags.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in {"img", "iframe", "object", "embed", "link", "base", "form"}
    (title,) = re.findall(r"<title>(.*?)</title>", text, re.S)
    assert "<" not in title and html.unescape(title) == PAYLOADS[0]


def test_payload_strings_stay_raw_for_text_nodes(hostile_kg, tmp_path):
    """Strings travel raw (the page only sets them as text) and still cannot break out of the
    data block: the JSON escapes every ``<``."""
    text = _render(hostile_kg, tmp_path)
    data = page_data(text)
    by_id = {n.id: n for n in hostile_kg.nodes()}
    for item, names in zip(data["nodes"], data["names"], strict=True):
        node = by_id[item["id"]]
        assert item["label"] == clip_text(node.name, MAX_LABEL_CHARS)
        assert names == [node.name, *(" ".join(a.split()) for a in node.aliases)]
    assert any("<script>" in n[0] for n in data["names"])
    doc = next(iter(hostile_kg.documents.values()))
    for _doc, start, end, sentence in data["sentences"]:
        assert sentence == " ".join(doc.text[start:end].split())
    ((path, title, date),) = data["docs"]
    assert path == doc.path and title == doc.title and "<b>" in title and date == ""
    block = text.split('id="ckg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block


# -- offline, self-contained ---------------------------------------------------------------------
_EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def test_no_external_resources(small_kg, tmp_path):
    text = _render(small_kg, tmp_path)
    assert not _EXTERNAL.search(text)
    assert "cdn.jsdelivr" not in text and "cdnjs" not in text and "bootstrap" not in text.lower()
    for tag, attrs in parse_tags(text).tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert "vis.Network" in text and ".vis-network" in text  # vis-network is inlined


def test_csp_allows_only_the_inline_scripts(small_kg, tmp_path):
    text = _render(small_kg, tmp_path)
    tags = parse_tags(text)
    (csp,) = [a["content"] for t, a in tags.tags
              if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    code = [body for attrs, body in tags.scripts if attrs.get("type") != "application/json"]
    assert {base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() for c in code} == hashes


def test_inlined_assets_cannot_close_their_element():
    for name, text in page_mod._assets().items():
        tag = "style" if name.endswith("css") else "script"
        assert f"</{tag}" not in text.lower(), name


# -- legend, styles, filters ---------------------------------------------------------------------
def test_legend_and_filters_list_every_type_with_counts(small_kg, tmp_path):
    text = _render(small_kg, tmp_path, metrics=True, isolated=True)
    boxes = [a for t, a in parse_tags(text).tags
             if t == "input" and "ckg-filter" in (a.get("class") or "")]
    node_boxes = {a["data-type"] for a in boxes if a["data-kind"] == "node"}
    edge_boxes = {a["data-type"] for a in boxes if a["data-kind"] == "edge"}
    assert node_boxes == {t.value for t in NodeType}
    assert edge_boxes == set(small_kg.edge_counts()) | set(EDGE_STYLES)
    data = page_data(text)
    counts = {t["name"]: t["count"] for t in data["nodeTypes"]}
    assert {k: v for k, v in counts.items() if v} == small_kg.node_counts()
    assert {t["name"]: t["count"] for t in data["edgeTypes"]} == small_kg.edge_counts()
    assert 'id="ckg-legend-nodes"' in text and 'id="ckg-legend-edges"' in text
    assert 'id="ckg-search"' in text


def test_styles_per_type_and_size_by_importance(small_kg, tmp_path):
    data = page_data(_render(small_kg, tmp_path, metrics=True, isolated=True))
    groups = data["options"]["groups"]
    looks = {(g["shape"], g["color"]["background"]) for g in groups.values()}
    assert set(groups) == {t.value for t in NodeType} and len(looks) == len(groups)
    assert len({s["color"] for s in data["edgeStyles"].values()}) == len(data["edgeStyles"])
    assert data["options"]["nodes"]["font"]["face"] == FONT_STACK
    assert "Noto Sans CJK SC" in FONT_STACK
    size = {n["label"]: n["size"] for n in data["nodes"]}
    assert size["新质生产力"] > size["科技创新"] > size["北京"]  # degree 5 > 2 > 0
    assert {n["group"] for n in data["nodes"]} == set(small_kg.node_counts())
    for edge, e in zip(data["edges"], small_kg.edges(), strict=True):
        assert (edge["from"], edge["to"], edge["type"]) == (e.source, e.target, e.type)
    assert set(NODE_STYLES) == set(groups)


def test_node_and_edge_type_filters(small_kg, tmp_path):
    data = page_data(_render(small_kg, tmp_path, node_types=["concept", "Factor"],
                             edge_types=["drives"]))
    assert {n["group"] for n in data["nodes"]} == {"Concept", "Factor"}
    assert {e["type"] for e in data["edges"]} == {"DRIVES"}
    assert len(data["nodes"]) == 4 and len(data["edges"]) == 2


def test_unknown_node_type_is_a_parameter_error(small_kg, tmp_path):
    with pytest.raises(ParameterError, match="unknown node type"):
        render_html(small_kg, tmp_path / "g.html", node_types=["Widget"])
    with pytest.raises(ParameterError, match="invalid edge type"):
        render_html(small_kg, tmp_path / "g.html", edge_types=["no such"])


# -- focus ---------------------------------------------------------------------------------------
def test_focus_renders_the_ego_graph(small_kg, tmp_path):
    data = page_data(_render(small_kg, tmp_path, focus="发改委", depth=1))
    names = {n["label"] for n in data["nodes"]}
    assert names == {"国家发展改革委", "数字中国建设行动", "新质生产力"}
    (ndrc,) = small_kg.find("国家发展改革委")
    assert data["meta"]["focus"] == [ndrc.id]


def test_unknown_focus_raises_and_writes_nothing(small_kg, tmp_path):
    with pytest.raises(ParameterError, match="no node"):
        render_html(small_kg, tmp_path / "g.html", focus="不存在的概念")
    assert list(tmp_path.iterdir()) == []


# -- physics vs precomputed layout ---------------------------------------------------------------
def test_small_graph_uses_physics_without_positions(small_kg, tmp_path):
    data = page_data(_render(small_kg, tmp_path))
    assert data["options"]["physics"]["enabled"] is True
    assert data["meta"]["physics"] and not data["meta"]["positions"]
    assert all("x" not in n and "y" not in n for n in data["nodes"])


def test_medium_graph_starts_physics_from_computed_positions(tmp_path):
    kg = synthetic_graph(SEED_ABOVE + 50, 2 * SEED_ABOVE, n_docs=5)
    data = page_data(_render(kg, tmp_path, overview=False, metrics=True, isolated=True))
    assert data["options"]["physics"]["enabled"] is True
    assert data["meta"]["physics"] and data["meta"]["positions"]
    assert data["options"]["physics"]["stabilization"]["iterations"] < 300
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])


def test_large_graph_switches_physics_off_and_fixes_positions(tmp_path):
    kg = synthetic_graph(250, 400, n_docs=5)
    data = page_data(_render(kg, tmp_path, max_physics_nodes=100, overview=False,
                             metrics=True, isolated=True))
    assert data["options"]["physics"] == {"enabled": False}
    assert data["meta"]["physics"] is False and data["meta"]["positions"] is True
    assert data["options"]["edges"]["smooth"] is False
    assert data["options"]["layout"]["improvedLayout"] is False
    xs = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(xs) == len(kg) and all(math.isfinite(v) for p in xs for v in p)
    assert len(set(xs)) > 0.95 * len(xs)  # nodes are spread out, not piled up
    # the same graph under the threshold keeps physics
    data = page_data(_render(kg, tmp_path, max_physics_nodes=250, overview=False,
                             metrics=True, isolated=True))
    assert data["options"]["physics"]["enabled"] is True
    assert not data["meta"]["positions"]  # small enough for vis-network's own layout


def test_empty_graph_renders(tmp_path):
    data = page_data(_render(KnowledgeGraph(), tmp_path))
    assert data["nodes"] == [] and data["edges"] == []


# -- writing -------------------------------------------------------------------------------------
def test_write_is_atomic_and_replaces(small_kg, tmp_path, monkeypatch):
    target = tmp_path / "sub" / "g.html"
    render_html(small_kg, target)
    first = target.read_bytes()
    render_html(small_kg, target, title="第二版")
    assert target.read_bytes() != first
    assert sorted(p.name for p in target.parent.iterdir()) == ["g.html"]

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(page_mod.os, "replace", boom)
    before = target.read_bytes()
    with pytest.raises(OSError, match="disk full"):
        render_html(small_kg, target, title="第三版")
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["g.html"]


def test_directory_as_output_is_a_parameter_error(small_kg, tmp_path):
    with pytest.raises(ParameterError, match="directory"):
        render_html(small_kg, tmp_path)
