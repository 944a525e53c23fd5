"""process_file / process_text from Python: the lexicon files as README shows them (a tuple),
and as users write them (one file name, a list, a Path)."""

from __future__ import annotations

from pathlib import Path

from conceptkg.loaders import process_file


def test_lexicon_paths_take_one_file_a_list_or_paths(tmp_path):
    lexicon = tmp_path / "terms.yaml"
    lexicon.write_text("terms:\n  Initiative: [溪宁云港]\n", encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("溪宁云港推动产业升级。", encoding="utf-8")
    want = process_file(doc, lexicon_paths=(str(lexicon),))
    assert "溪宁云港" in {n.name for n in want.nodes()}
    for given in (str(lexicon), lexicon, [str(lexicon)], [Path(lexicon)]):
        got = process_file(doc, lexicon_paths=given)
        assert {n.id for n in got.nodes()} == {n.id for n in want.nodes()}, given
        assert [d.lexicon for d in got.documents.values()] == \
            [d.lexicon for d in want.documents.values()]
