"""A correction given again, or checked, after it was applied: it holds, even when its target's
name is shared by nodes of two types."""

from __future__ import annotations

from conceptkg.graph import Document, EmbeddedStore, KnowledgeGraph, Node
from tests.helpers import ev, run_cli

run = run_cli
TEXT = "岚方与恒拓集团合作。溪宁推动岚州创新。恒拓集团支持溪宁。"


def two_types(path):
    doc = Document.from_text(TEXT, path="d.txt")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    for name, node_type, sentence in (("岚方", "Organization", "岚方与恒拓集团合作。"),
                                      ("溪宁", "Organization", "恒拓集团支持溪宁。"),
                                      ("溪宁", "Concept", "溪宁推动岚州创新。")):
        kg.add_node(Node(name=name, type=node_type, evidence=[ev(doc, sentence)],
                         counts={doc.id: 1}))
    with EmbeddedStore(path) as store:
        store.write_graph(kg)
    return path


def test_a_repeated_merge_is_already_applied_and_check_finds_no_ambiguity(capsys, tmp_path):
    db = two_types(tmp_path / "kg.db")
    code, _, err = run(capsys, "curate", "merge", "岚方", "溪宁", "--db", db)
    assert code == 0 and "merged into 溪宁 (Organization)" in err, err
    code, _, err = run(capsys, "curate", "merge", "岚方", "溪宁", "--db", db)
    assert code == 0 and "already in" in err and "ambiguous" not in err, err
    assert err.count("\n") == 1
    code, out, err = run(capsys, "curate", "check", "--db", db)
    assert code == 0 and "holds" in out and "ambiguous" not in out + err, out + err
