"""GraphML and GEXF: unique edge ids, names as labels, and a lossless round trip (networkx for
both, igraph for GraphML) that compares every field of every node, edge and document."""

import itertools
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conceptkg.errors import InputError
from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node
from conceptkg.graph.io_networkx import (
    graph_from_attributes,
    read_gexf,
    read_graphml,
    write_gexf,
    write_graphml,
)
from tests.graph.graph_compare import assert_same_graph
from tests.helpers import full_graph, rich_graph


def assert_whole(back: KnowledgeGraph, kg: KnowledgeGraph) -> None:
    """Every field of the graph; documents without their text (the files do not carry it)."""
    assert_same_graph(back, kg, built_at=True, text=False)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_round_trip_with_networkx_keeps_the_whole_graph(tmp_path, fmt):
    kg = full_graph()
    write, read = {"graphml": (write_graphml, read_graphml),
                   "gexf": (write_gexf, read_gexf)}[fmt]
    path = write(kg, tmp_path / f"g.{fmt}")
    back = read(path)
    assert_whole(back, kg)
    assert all(n.evidence for n in back.nodes()) and all(e.evidence for e in back.edges())


def test_graphml_round_trip_with_igraph(tmp_path):
    kg = full_graph()
    path = write_graphml(kg, tmp_path / "g.graphml")
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() == len(kg) and g.ecount() == kg.number_of_edges
    nodes = [(v["id"], v.attributes()) for v in g.vs]
    edges = [(g.vs[e.source]["id"], g.vs[e.target]["id"], e.attributes()) for e in g.es]
    back = graph_from_attributes(nodes, edges, g["documents"])
    assert_whole(back, kg)


def test_a_graphml_file_rewritten_by_igraph_keeps_the_node_ids(tmp_path):
    """igraph writes its own node ids (n0, n1, ...) and keeps the file's in an ``id``
    attribute: those are the conceptkg ids, not n0."""
    kg = full_graph()
    g = igraph.Graph.Read_GraphML(str(write_graphml(kg, tmp_path / "g.graphml")))
    g.write_graphml(str(tmp_path / "igraph.graphml"))
    back = read_graphml(tmp_path / "igraph.graphml")
    assert sorted(n.id for n in back.nodes()) == sorted(n.id for n in kg.nodes())
    assert_whole(back, kg)


def test_graphml_edges_have_unique_ids_and_nodes_are_labelled_by_name(tmp_path):
    kg = rich_graph()
    root = ET.parse(write_graphml(kg, tmp_path / "g.graphml")).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    edge_ids = [e.get("id") for e in root.iter(f"{ns}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == kg.number_of_edges
    assert set(edge_ids) == {e.id for e in kg.edges()}
    g = nx.read_graphml(str(tmp_path / "g.graphml"), force_multigraph=True)
    assert {d["label"] for _, d in g.nodes(data=True)} == {n.name for n in kg.nodes()}
    assert {d["relation"] for *_, d in g.edges(data=True)} == set(kg.edge_counts())
    weights = sorted(d["weight"] for *_, d in g.edges(data=True))
    assert weights == sorted(len(e.evidence) for e in kg.edges())


def test_gexf_edge_type_is_a_direction_and_labels_are_names(tmp_path):
    kg = rich_graph()
    root = ET.parse(write_gexf(kg, tmp_path / "g.gexf")).getroot()
    ns = "{http://www.gexf.net/1.2draft}"
    edges = list(root.iter(f"{ns}edge"))
    assert len({e.get("id") for e in edges}) == len(edges) == kg.number_of_edges
    assert all(e.get("type") in (None, "directed", "undirected", "mutual") for e in edges)
    assert {e.get("label") for e in edges} == set(kg.edge_counts())
    labels = {n.get("label") for n in root.iter(f"{ns}node")}
    assert labels == {n.name for n in kg.nodes()}


def test_reading_a_foreign_file_is_one_line_error(tmp_path):
    g = nx.MultiDiGraph()
    g.add_edge("a", "b")
    nx.write_graphml(g, str(tmp_path / "other.graphml"))
    with pytest.raises(InputError, match="node 'a' has no 'label' attribute") as e:
        read_graphml(tmp_path / "other.graphml")
    assert "\n" not in str(e.value)
    (tmp_path / "bad.gexf").write_text("<gexf", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read GEXF"):
        read_gexf(tmp_path / "bad.gexf")


text = st.text(st.characters(codec="utf-8"), max_size=12)  # anything, XML-hostile included


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(text.filter(str.strip), min_size=2, max_size=4, unique_by=str.strip),
       sentence=text, title=text, alias=text, note=text)
@example(names=["甲\x0b\r乙\ufffe", "<b>&amp;"], sentence="句\uffff\x00", title="\r\n",
         alias="\x1f", note="\ufffe")
def test_round_trip_of_any_text(tmp_path, names, sentence, title, alias, note):
    """Names, aliases, sentences, titles and attributes with any characters (control characters,
    noncharacters, quotes, markup) come back exactly from both formats."""
    text_ = f"{sentence}。{names[0]}"
    doc = Document.from_text(text_, path=f"{title}.txt", title=title)
    kg = KnowledgeGraph()
    kg.add_document(doc)
    ev = Evidence(document=doc.id, sentence=sentence, start=0, end=len(sentence), rule=note)
    nodes = [Node(name=n, type="Concept", aliases=[alias], attributes={"note": note},
                  evidence=[ev]) for n in names]
    for n in nodes:
        kg.add_node(n)
    for a, b in itertools.pairwise(nodes):
        kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", evidence=[ev],
                         attributes={note: [note]}))
    for write, read, suffix in ((write_graphml, read_graphml, "graphml"),
                                (write_gexf, read_gexf, "gexf")):
        back = read(write(kg, tmp_path / f"g.{suffix}"))
        assert_whole(back, kg)


def curated_edge_graph() -> KnowledgeGraph:
    """The small graph plus an edge a user added (``curate add-edge``): no sentence of its
    own, its note its evidence."""
    kg = rich_graph()
    a, b = kg.find("某某集团")[0], kg.find("产业创新")[0]
    kg.add_edge(Edge(source=a.id, target=b.id, type="DRIVES", attributes={"curated": [
        {"op": "add-edge", "what": "add-edge 某某集团 DRIVES 产业创新", "note": "岚州年报"}]}))
    return kg


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_an_edge_a_user_added_weighs_one(tmp_path, fmt):
    """Gephi drops (or draws invisibly) an edge of weight 0: an added edge, whose note is its one
    piece of evidence, weighs 1; its ``mentions`` stay exact (0), and the round trip is whole."""
    kg = curated_edge_graph()
    write, read = {"graphml": (write_graphml, read_graphml),
                   "gexf": (write_gexf, read_gexf)}[fmt]
    path = write(kg, tmp_path / f"g.{fmt}")
    g = (nx.read_graphml(str(path), force_multigraph=True) if fmt == "graphml"
         else nx.read_gexf(str(path)))
    [added] = [d for *_, d in g.edges(data=True) if "add-edge" in d["attributes"]]
    assert added["weight"] == 1 and added["mentions"] == 0
    assert all(d["weight"] >= 1 for *_, d in g.edges(data=True))
    assert_whole(read(path), kg)
def test_a_hand_edited_graphml_field_is_named_in_the_error(tmp_path):
    path = write_graphml(full_graph(), tmp_path / "g.graphml")
    text = path.read_text(encoding="utf-8")
    at = text.index(">Concept</data>")
    path.write_text(text[:at] + ">Concpt</data>" + text[at + 15:], encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_graphml(path)
    msg = str(e.value)
    assert "validation error for" not in msg and "\n" not in msg, msg
    assert "type" in msg and "'Concpt'" in msg and "node" in msg, msg


def test_a_graphml_file_that_another_program_gave_plain_names_reads_back(tmp_path):
    """Cytoscape gives every node a plain-text ``name`` (and ``shared name``) attribute and
    every edge ``name``/``interaction``: the file reads back by its labels, not 'Expecting
    value: line 1 column 1'."""
    kg = full_graph()
    g = nx.read_graphml(str(write_graphml(kg, tmp_path / "g.graphml")), force_multigraph=True)
    for _, d in g.nodes(data=True):
        d["name"] = d["shared name"] = d["label"]
    for *_, d in g.edges(keys=True, data=True):
        d["name"], d["interaction"] = "a (pp) b", d["relation"]
    g.graph["documents"] = g.graph["documents"]
    nx.write_graphml(g, str(tmp_path / "cy.graphml"))
    assert_whole(read_graphml(tmp_path / "cy.graphml"), kg)


def test_an_attribute_that_is_not_json_text_is_named(tmp_path):
    g = nx.read_graphml(str(write_graphml(full_graph(), tmp_path / "g.graphml")),
                        force_multigraph=True)
    node, data = next(iter(g.nodes(data=True)))
    data["aliases"] = "甲, 乙"
    nx.write_graphml(g, str(tmp_path / "bad.graphml"))
    with pytest.raises(InputError) as e:
        read_graphml(tmp_path / "bad.graphml")
    assert f"node {node!r}" in str(e.value) and "'aliases'" in str(e.value), str(e.value)
    assert "JSON" in str(e.value)
