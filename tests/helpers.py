"""Small graphs for tests, written by hand."""

from __future__ import annotations

import json
from typing import Any

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node

TEXT = "科技创新带动产业创新。新质生产力包括劳动、数据等要素。某某集团打造数字平台。"


def ev(doc: Document, sentence: str, rule: str = "test") -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(document=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                    rule=rule)


def small_graph(text: str = TEXT) -> KnowledgeGraph:
    doc = Document.from_text(text, path="small.txt", title="small")
    s1, s2, s3 = [s + "。" for s in text.split("。")[:3]]
    kg = KnowledgeGraph()
    kg.add_document(doc)
    nodes = {
        "科技创新": Node(name="科技创新", type="Concept", evidence=[ev(doc, s1)]),
        "产业创新": Node(name="产业创新", type="Concept", evidence=[ev(doc, s1)]),
        "新质生产力": Node(name="新质生产力", type="Concept", evidence=[ev(doc, s2)]),
        "劳动": Node(name="劳动", type="Factor", aliases=["劳动力"], evidence=[ev(doc, s2)]),
        "数据": Node(name="数据", type="Factor", aliases=["数据要素"], evidence=[ev(doc, s2)]),
        "某某集团": Node(name="某某集团", type="Organization", aliases=["某某集团公司"],
                     evidence=[ev(doc, s3)]),
        "数字平台": Node(name="数字平台", type="Initiative", evidence=[ev(doc, s3)]),
    }
    for n in nodes.values():
        kg.add_node(n)

    def edge(a: str, t: str, b: str, s: str) -> None:
        kg.add_edge(Edge(source=nodes[a].id, target=nodes[b].id, type=t,
                         evidence=[ev(doc, s, rule=f"rule_{t.lower()}")]))

    edge("科技创新", "DRIVES", "产业创新", s1)
    edge("新质生产力", "INCLUDES", "劳动", s2)
    edge("新质生产力", "INCLUDES", "数据", s2)
    edge("某某集团", "IMPLEMENTS", "数字平台", s3)
    return kg


def rich_graph() -> KnowledgeGraph:
    """The small graph plus what a plain one lacks: a second document, parallel edges of two
    types between the same nodes, attributes, quotes and markup-like text, a lower confidence, a
    multi-line document, a ';' in an alias."""
    kg = small_graph()
    text = '数据驱动“科技创新”<b>&某某</b>。科技创新包括数据。\n第二段 "引号", 逗号;分号。'
    doc = Document.from_text(text, path="dir/20240102.md", title="二号 <文件>", format="md")
    kg.add_document(doc)
    tech, data = kg.find("科技创新")[0], kg.find("数据")[0]
    s1, s2 = "数据驱动“科技创新”<b>&某某</b>。", "科技创新包括数据。"
    kg.add_edge(Edge(source=data.id, target=tech.id, type="DRIVES", confidence=0.35,
                     attributes={"note": "甲 & 乙", "n": 2}, evidence=[ev(doc, s1, "r1")]))
    kg.add_edge(Edge(source=tech.id, target=data.id, type="INCLUDES",
                     evidence=[ev(doc, s2, "r2")]))
    kg.add_edge(Edge(source=tech.id, target=data.id, type="DRIVES",
                     evidence=[ev(doc, s2, "r3"), ev(doc, s1, "r4")]))
    tech.attributes["level"] = {"x": [1, 2]}
    data.aliases = sorted([*data.aliases, "数据;样本"])
    tech.evidence.append(Evidence(document=doc.id, sentence=s2, start=text.index(s2),
                                  end=text.index(s2) + len(s2), rule=""))
    return kg


def full_graph() -> KnowledgeGraph:
    """The rich graph with no field of any model left at its default somewhere (see
    tests/graph/test_round_trips.py, which checks that): documents with all their metadata, a
    node with aliases seen in a given document. A round trip that drops a field shows here."""
    kg = rich_graph()
    for i, doc in enumerate(sorted(kg.documents.values(), key=lambda d: d.id)):
        kg.documents[doc.id] = doc.model_copy(update={
            "resolved": f"/srv/corpus/{doc.path}", "date": f"2024-01-0{i + 1}",
            "original_encoding": ("gb18030", "utf-16")[i], "extractor": f"ext-{i}.1",
            "lexicon": f"lex{i}abc", "size": 3 * len(doc.text) + i,
            "built_at": f"2024-02-0{i + 1}T08:00:00+00:00"})
    [data] = kg.find("数据")
    data.alias_docs = {"数据要素": sorted(data.counts)}
    return kg


def text_pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII) in Helvetica, written by hand."""
    stream = f"BT /F1 12 Tf 20 50 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def later_document_graph() -> KnowledgeGraph:
    """A second document naming the organisation of :func:`small_graph` (by another alias)."""
    doc = Document.from_text("某某集团公司推进改革。")
    kg = KnowledgeGraph()
    kg.add_document(doc)
    kg.add_node(Node(name="某某集团", type="Organization", aliases=["集团"],
                     evidence=[Evidence(document=doc.id, sentence=doc.text, start=0,
                                        end=len(doc.text))]))
    return kg


# Two small documents for the CLI tests of curation and import: a drive, an organisation's
# platform, a programme and a list of factors.
TWO_DOCS = {
    "a.txt": "数字经济推动高质量发展。某某集团公司打造工业互联网平台。星河计划推动某某产业升级。",
    "b.txt": "数字经济推动高质量发展。科技创新带动产业升级。"
             "新质生产力包括劳动、资本、数据等生产要素。",
}


def run_cli(capsys, *args) -> tuple[int, str, str]:
    """Run the CLI in-process with ``args``; return its exit code, stdout and stderr."""
    from conceptkg.cli import main

    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def canon_graph(store: Any) -> str:
    """The whole graph of a store (an open :class:`GraphStore`, or the path of an embedded
    database, opened read-only), texts included, as sorted JSON without the build times: two
    stores hold the same graph when these strings are equal (every field compared)."""
    from pathlib import Path

    from conceptkg.graph import EmbeddedStore
    from conceptkg.graph.io_json import graph_to_dict

    if isinstance(store, (str, Path)):
        with EmbeddedStore(store, read_only=True) as opened:
            return canon_graph(opened)
    data = graph_to_dict(store.read_graph(), with_text=True)
    for d in data["documents"]:
        d.pop("built_at")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)


def cli_build(capsys, tmp_path: Any, docs: dict[str, str], *options: object,
              folder: str = "docs") -> Any:
    """``docs`` (file name → text) written to ``tmp_path/folder`` and built with the CLI
    (one worker, ``options`` added) into ``tmp_path/kg.db``, which it returns; the build must
    succeed."""
    where = tmp_path / folder
    where.mkdir()
    for name, text in docs.items():
        (where / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kg.db"
    code, _, err = run_cli(capsys, "build", where, "--db", db, "-j", "1", *options)
    assert code == 0, err
    return db
