"""A malformed corrections file is refused with one line naming the file, the line and the key
(as a lexicon file's errors do); a version this package does not read, a ``resolve`` that is no
boolean, an unknown top-level key and a key given twice are refused too; an empty file, or one
with only ``resolve:``, holds no corrections."""

from __future__ import annotations

import pytest

from conceptkg.curation import Curation
from conceptkg.errors import ConceptKGError
from tests.helpers import run_cli

CASES = [
    ("version: 1\ncorrections:\n  - op: merge\n    name: 岚州集团\n  - op: rename\n"
     "    name: 恒拓集团\n   to: 溪宁集团\n",
     "line 7, column 4: invalid YAML: expected <block end>, but found '<block mapping start>'"),
    ("version: 1\ncorrections:\n  - {op: merge, name: 岚州集团, into: 恒拓集团}\n"
     "  - op: mrege\n    name: 恒拓集团\n    into: 溪宁集团\n",
     "line 4: correction 2: op: unknown operation 'mrege' (one of merge, rename, retype, "),
    ("version: 1\ncorrections:\n  - op: merge\n    name: 岚州集团\n    into: 恒拓集团\n"
     "    intoo: 溪宁集团\n",
     "line 6: correction 1: intoo: unknown key (the keys are op, name, type, into, "),
    ("version: 1\ncorrections:\n  - op: merge\n    name: 岚州集团\n    into: 恒拓集团\n"
     "    into: 溪宁集团\n",
     "line 6: key 'into' is given twice (YAML would keep only the second); keep one"),
    ("version: 1\ncorrections:\n\n  - op: split\n    name: 岚州集团\n",
     "line 4: correction 1: split: the alias must not be empty"),
    ("version: 1\ncorrections:\n  - merge 岚州集团 恒拓集团\n",
     "line 3: correction 1: expected a mapping such as {op: merge, name: A, into: B}"),
    ("version: 2\ncorrections: []\n",
     "line 1: version 2 is not one this conceptkg reads (version 1): made by a newer "
     "conceptkg?"),
    ("# corrections of 溪宁市\nversion: 1.5\n", "line 2: version 1.5 is not one this"),
    ("version: 1\nresolve: 'no'\ncorrections: []\n",
     "line 2: resolve: must be true or false, not 'no'"),
    ("version: 1\nreslove: false\ncorrections: []\n",
     "line 2: unknown key 'reslove' (the keys are version, resolve, corrections)"),
    ("version: 1\ncorrections: {op: merge}\n",
     "line 2: corrections: expected a list of corrections"),
    ("- op: merge\n", "line 1: expected a mapping with a 'corrections' list"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_malformed_file_names_the_line(tmp_path, text, expected):
    path = tmp_path / "溪宁 corrections.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConceptKGError) as err:
        Curation.load(path)
    assert str(err.value).startswith(f"{path}: {expected}"), str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(("text", "resolve"), [("", True), ("version: 1\n", True),
                                               ("resolve: false\n", False),
                                               ("version: '1'\ncorrections:\n", True)])
def test_a_file_without_corrections_holds_none(tmp_path, text, resolve):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    cur = Curation.load(path)
    assert cur.entries == [] and cur.resolve is resolve


def test_the_cli_says_the_line_in_one_line(capsys, tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CASES[1][0], encoding="utf-8")
    code, out, err = run_cli(capsys, "curate", "list", "--db", tmp_path / "kg.db",
                             "--curation", path)
    assert code == 1 and out == ""
    assert err.startswith(f"error: {path}: line 4: correction 2: op: unknown operation")
    assert len(err.strip().splitlines()) == 1


def test_node_types_are_read_in_any_case_as_relation_types_are():
    from conceptkg.curation import Entry

    e = Entry.make(op="retype", name="岚州港航", to="initiative", type="concept")
    assert (e.to, e.type) == ("Initiative", "Concept")
    e = Entry.make(op="add-edge", source="恒拓集团", rel="drives", target="岚州港航",
                   source_type="ORGANIZATION", target_type="initiative")
    assert (e.rel, e.source_type, e.target_type) == ("DRIVES", "Organization", "Initiative")


def test_a_file_in_another_encoding_says_to_save_it_as_utf8(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("version: 1\ncorrections:\n  - {op: reject-node, name: 溪宁}\n"
                     .encode("gbk"))
    with pytest.raises(ConceptKGError) as err:
        Curation.load(path)
    assert str(err.value) == f"{path}: line 3: not UTF-8 text (save the file as UTF-8)"


def test_a_file_with_control_characters_is_one_line_naming_it(capsys, tmp_path):
    """A NUL or another control character YAML does not allow (a binary file given by
    mistake, a stray byte) was an unexpected ReaderError; it names the file and the line."""
    path = tmp_path / "修正 文件.yaml"
    path.write_bytes("version: 1\ncorrections:\n  - {op: reject-node, name: 溪宁\x00}\n"
                     .encode())
    with pytest.raises(ConceptKGError) as err:
        Curation.load(path)
    assert str(err.value).startswith(f"{path}: line 3: invalid YAML: character U+0000 ")
    code, out, err_text = run_cli(capsys, "curate", "list", "--db", tmp_path / "kg.db",
                                  "--curation", path)
    assert code == 1 and out == "" and err_text.startswith(f"error: {path}: line 3")
    assert len(err_text.strip().splitlines()) == 1 and "unexpected" not in err_text


def test_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("\ufeffversion: 1\r\ncorrections:\r\n  - {op: reject-node, name: 溪宁}\r\n"
                     .encode("utf-8"))
    assert [e.name for e in Curation.load(path).entries] == ["溪宁"]
