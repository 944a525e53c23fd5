"""User lexicons are checked once, up front: wrong types, unknown keys, empty entries and YAML
aliases give one line naming the file and the key."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conceptkg.errors import LexiconError
from conceptkg.loaders.lexicon import DATA_FILES, load_lexicon
from conceptkg.loaders.lexicon_schema import check_lexicon_files, duplicate_key
from tests.test_cli import run

BAD = [
    ("terms: 5\n", "terms: must be a mapping"),
    ("places: abc\n", "places: must be a list"),
    ("relations: [1, 2]\n", "relations: must be a mapping"),
    ("places: [a, '']\n", "places.1: empty entry"),
    ("places: [a, '  ']\n", "places.1: empty entry"),
    ("terms:\n  Concept: [x, '']\n", "terms.Concept.1: empty entry"),
    ("terms:\n  - {name: x, type: Concept, weak: 'yes'}\n", "terms.0.weak"),
    ("terms:\n  Animal: [x]\n", "unknown node type 'Animal'"),
    ("bogus: 1\n", "bogus: unknown key"),
    ("relations:\n  DRIVES:\n    verbs: [推动, '']\n", "relations.DRIVES.verbs.1: empty entry"),
    ("relations: {FOO: {verbs: [x]}}\n", "relations.FOO: unknown relation"),
    ("relations: {DRIVES: {verbz: [x]}}\n", "relations.DRIVES.verbz: unknown key"),
    ("kind_list_heads: [资源|Bogus]\n", "kind_list_heads.0: '资源|Bogus' must be word|NodeType"),
    ("made_heads: [产品|Initiative, 设备]\n", "made_heads.1: '设备' must be word|NodeType"),
    ("- a\n- b\n", "top level must be a mapping"),
    ("places: [a\n", "invalid YAML"),
    # where the mistake is: the line and column, not only 'while parsing a block mapping'
    ("terms:\n  Concept:\n    - 岚州\norg_suffixes: [农商行]\n    - 溪宁港\n",
     "invalid YAML at line 5, column 5: "),
    ("a: 'x\n", "invalid YAML at line 2, column 1: "),
    ("a: &x [w]\nplaces: *x\n", "YAML aliases (*x) are not allowed"),
    ("places: [a]\norgs: [b]\nplaces: [c]\n", "line 3: key 'places' is given twice"),
    ("relations:\n  DRIVES:\n    verbs: [x]\n    verbs: [y]\n",
     "line 4: key 'verbs' is given twice"),
]


#: a mistake in a key's entries names the line of that key or entry, and a misspelt key or type
#: names the one meant
WHERE = [
    ("# mine\nplaces: [甲]\norg_suffix: [农商行]\n",
     "line 3: org_suffix: unknown key (did you mean org_suffixes?)"),
    ("terms:\n  Concept:\n    - 甲\n    - {name: 乙, alias: [丙]}\n",
     "line 4: terms.Concept.1.alias: unknown key (did you mean aliases?)"),
    ("terms:\n  Conept:\n    - 甲乙\n", "line 2: terms.Conept: unknown node type 'Conept' "
     "(did you mean Concept?)"),
    ("terms:\n  - {name: 甲, type: Concept}\n  - {name: 乙, type: Factr}\n",
     "line 3: terms.1.type: unknown node type 'Factr' (did you mean Factor?)"),
    ("places: [甲]\nrelations:\n  DRIVES:\n    verb: [撬动]\n",
     "line 4: relations.DRIVES.verb: unknown key (did you mean verbs?)"),
    ("places: [甲]\nkind_list_heads:\n  - 资源|Factor\n  - 资源\n",
     "line 4: kind_list_heads.1: '资源' must be word|NodeType"),
    ("places: [甲]\norg_suffixes: [a, 1]\n", "line 2: org_suffixes.1: must be a word"),
    ("places: [甲]\nterms:\n  Concept: 甲乙\n", "line 3: terms.Concept: must be a list"),
    ("terms:\n  Concept:\n    - 甲\n    - '  | 乙'\n",
     "line 4: terms.Concept.1: '  | 乙' has no name before its first '|'"),
    # one surface form for two terms: the second would silently replace the first
    ("terms:\n  Concept: [人工智能]\n  Factor:\n    - 算力\n    - 人工智能\n",
     "line 5: terms.Factor.1: '人工智能' is given already to '人工智能' (Concept, "
     "terms.Concept.0)"),
    ("terms:\n  Concept: [岚州数港|数港]\n  Organization:\n"
     "    - {name: 溪宁数港, aliases: [数港]}\n",
     "line 4: terms.Organization.0: '数港' is given already to '岚州数港'"),
    ("terms:\n\tConcept: [甲]\n", "invalid YAML at line 2, column 1: "),
    ("places: [甲]\nrelations:\n  DRIVS:\n    verbs: [撬动]\n",
     "line 3: relations.DRIVS: unknown relation (did you mean DRIVES?)"),
    ("terms:\n  Concept:\n    - {aliases: [甲]}\n",
     "line 3: terms.Concept.0.name: bad term entry (missing;"),
    # a term's own type, and a list of terms, where each must give one
    ("terms:\n  Concept:\n    - 甲\n    - {name: 人才战略, type: Facto}\n",
     "line 4: terms.Concept.1.type: unknown node type 'Facto' (did you mean Factor?)"),
    ("terms:\n  - {name: 甲, type: Concept}\n  - {name: 人才战略}\n",
     "line 3: terms.1: '人才战略' has no type (in a list of terms each gives one"),
]


@pytest.mark.parametrize("text", [
    "terms:\n  Concept:\n    # - 甲乙\n",
    "relations:\n  DRIVES:\n",
    "relations:\n  DRIVES:\n    verbs:\n    # - 撬动\n",
    "places:\n",
])
def test_a_key_with_everything_under_it_commented_out_is_empty(tmp_path, text):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    check_lexicon_files([path])
    assert load_lexicon((str(path),)).terms == load_lexicon().terms


def test_a_term_given_twice_the_same_way_is_no_mistake(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("terms:\n  Concept: [甲乙, 甲乙|丙丁, 甲乙]\n", encoding="utf-8")
    check_lexicon_files([path])


def test_a_tab_in_the_indentation_is_named(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("terms:\n\tConcept: [甲]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="a tab: YAML indents with spaces"):
        check_lexicon_files([path])


def test_a_lexicon_saved_as_gbk_names_the_line_and_says_what_to_do(tmp_path):
    path = tmp_path / "词表.yaml"
    path.write_bytes("# 我的词表\nterms:\n  Concept: [员工持股计划]\n".encode("gbk"))
    for check in (lambda: check_lexicon_files([path]), lambda: load_lexicon((str(path),))):
        with pytest.raises(LexiconError) as info:
            check()
        assert str(info.value) == f"{path}: line 1: not UTF-8 text (byte 0xce); save the " \
            "lexicon file as UTF-8"



@pytest.mark.parametrize(("text", "message"), WHERE)
def test_a_bad_lexicon_names_the_line_of_the_key(tmp_path, text, message):
    path = tmp_path / "我的 词表.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        check_lexicon_files([path])
    assert str(info.value).startswith(f"{path}: {message}"), str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("text", "message"), [
    ("places: [甲]\npatterns:\n  number_head: '(unclosed'\n",
     "line 3: patterns.number_head: not a valid expression: missing )"),
    ("patterns:\n  number_head: 5\n", "line 2: patterns.number_head: must be a string"),
])
def test_a_bad_pattern_names_its_line(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon((str(path),))
    assert str(info.value).startswith(f"{path}: {message}"), str(info.value)


@pytest.mark.parametrize(("text", "message"), BAD)
def test_a_bad_lexicon_is_one_line_naming_file_and_key(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        check_lexicon_files([path])
    assert message in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)
    with pytest.raises(LexiconError):
        load_lexicon((str(path),))


def test_a_directory_is_no_lexicon_file(tmp_path):
    with pytest.raises(LexiconError, match="is a directory, not a lexicon file"):
        check_lexicon_files([tmp_path])


def test_a_good_lexicon_passes_and_adds_terms(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("terms:\n  Concept: [甲乙丙概念|甲乙丙]\n  Organization:\n"
                    "    - {name: 某某研究所, aliases: [研究所甲]}\nplaces: [某某市]\n",
                    encoding="utf-8")
    check_lexicon_files([path])
    lex = load_lexicon((str(path),))
    assert lex.lookup("甲乙丙").name == "甲乙丙概念"
    assert lex.lookup("研究所甲").type == "Organization"


def test_an_invalid_lexicon_is_reported_once_per_run(capsys, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"d{i}.txt").write_text(f"数字经济推动第{i}产业发展。", encoding="utf-8")
    lex = tmp_path / "bad.yaml"
    lex.write_text("places: [a, '']\n", encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", tmp_path / "kg.db", "--lexicon", lex,
                         "-j", "2")
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "places.1" in lines[0]


YAML_BOMB = "\n".join(
    ["a0: &a0 [" + ", ".join(["x"] * 10) + "]"]
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    + ["places: *a8", ""])


def test_a_yaml_alias_bomb_is_refused_within_1_gib(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(YAML_BOMB, encoding="utf-8")
    assert path.stat().st_size < 1024  # expands to 10**9 words
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from conceptkg.errors import LexiconError\n"
        "from conceptkg.loaders.lexicon_schema import check_lexicon_files\n"
        "try:\n"
        f"    check_lexicon_files([{str(path)!r}])\n"
        "except LexiconError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(0)\n"
        "sys.exit(5)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert "aliases" in done.stdout


@pytest.mark.parametrize("name", DATA_FILES)
def test_the_shipped_language_data_gives_no_key_twice(name):
    from importlib import resources

    text = (resources.files("conceptkg.loaders.zh") / name).read_text(encoding="utf-8")
    assert duplicate_key(text) is None


def test_duplicate_key_names_the_second_place():
    assert duplicate_key("a: [x]\nb:\n  c: 1\n  c: 2\n") == "line 4: key 'c'"
    assert duplicate_key("a: [x]\nb: {c: 1, d: 2}\n") is None


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_key_of_the_shipped_language_data_is_valid_in_a_user_file(name):
    from importlib import resources

    import yaml

    from conceptkg.loaders.lexicon_schema import LIST_KEYS, TYPED_KEYS, check_lexicon_text

    text = (resources.files("conceptkg.loaders.zh") / name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    checked = {k: data[k] for k in ("relations", *TYPED_KEYS) if k in data}
    check_lexicon_text(yaml.safe_dump(checked, allow_unicode=True), name, LIST_KEYS)


def test_a_misspelt_pattern_name_is_warned_about_once_per_build(capsys, tmp_path):
    from conceptkg.loaders.lexicon import unread_patterns

    lex = tmp_path / "我的 词表.yaml"
    lex.write_text("places: [溪宁]\npatterns:\n  my_count: '[{cn_digits}]项'\n"
                   "  numbr_head: '^(?:[两三]|1[0-9])大'\n", encoding="utf-8")
    assert unread_patterns(load_lexicon((str(lex),)), (str(lex),)) == [
        f"{lex}: line 3: patterns.my_count: the extractor reads no pattern of that name",
        f"{lex}: line 4: patterns.numbr_head: the extractor reads no pattern of that name "
        "(did you mean number_head?)"]
    used = tmp_path / "used.yaml"  # a new pattern another one writes as {name} is read
    used.write_text("patterns:\n  my_count: '[{cn_digits}]项'\n"
                    "  number_head: '^(?:{my_count})大'\n", encoding="utf-8")
    assert unread_patterns(load_lexicon((str(used),)), (str(used),)) == []
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"d{i}.txt").write_text(f"恒拓集团打造岚州第{i}数字平台。", encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", tmp_path / "kg.db", "--lexicon", lex,
                       "-j", "2")
    assert code == 0 and err.count("patterns.numbr_head") == 1, err
    assert "warning: " in err and "did you mean number_head?" in err


def test_a_copy_of_the_shipped_language_data_is_a_valid_user_lexicon(tmp_path):
    """'User files use the same schema': a user who copies a shipped file to extend it can pass
    the copy as it is (grammar.yaml holds a list entry of one space)."""
    from importlib import resources

    copies = []
    for name in DATA_FILES:
        copy = tmp_path / name
        copy.write_text((resources.files("conceptkg.loaders.zh") / name).read_text(
            encoding="utf-8"), encoding="utf-8")
        copies.append(str(copy))
    check_lexicon_files(copies)
    shipped, lex = load_lexicon(), load_lexicon(tuple(copies))
    assert lex.lists == shipped.lists and lex.relations == shipped.relations
    assert lex.patterns == shipped.patterns and set(lex.terms) == set(shipped.terms)
