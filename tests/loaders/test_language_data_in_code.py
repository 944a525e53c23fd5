"""Chinese words, lists and patterns live in the language data files (``loaders/zh/*.yaml``),
not in module-level constants of the code that reads them: a module that needs a word list reads
it from the lexicon (or :func:`conceptkg.loaders.zh.shipped`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "conceptkg"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
#: a Unicode table (CJK radical code points to the ideographs they stand for), no vocabulary
ALLOWED = {"loaders/reading/radicals.py"}


def module_constants_with_chinese(source: str) -> list[tuple[int, str]]:
    """(line, name) of each module-level assignment whose value holds a Chinese string."""
    found = []
    for node in ast.parse(source).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        if any(isinstance(c, ast.Constant) and isinstance(c.value, str) and CJK.search(c.value)
               for c in ast.walk(node.value)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            found.append((node.lineno, ast.unparse(target)))
    return found


def _modules() -> list[Path]:
    return sorted(p for area in ("loaders", "curation") for p in (SRC / area).rglob("*.py")
                  if p.relative_to(SRC).as_posix() not in ALLOWED)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_chinese_word_list_in_module_constants(path: Path) -> None:
    found = module_constants_with_chinese(path.read_text(encoding="utf-8"))
    assert found == [], f"move these to loaders/zh/*.yaml: {found}"


def test_the_check_sees_lists_sets_patterns_and_escapes() -> None:
    source = (
        '_A = ("和", "与")\n'
        '_B: frozenset[str] = frozenset("省市")\n'
        '_C = re.compile(r"[0-9]+[家个]")\n'
        '_D = re.compile(r"[\\u4e00-\\u9fff]{2,4}")\n'  # a range written as escapes: no word
        '_E = shipped().words("item_joins")\n'
        'def f():\n    return "的"\n'  # inside a function: not a module constant
    )
    assert module_constants_with_chinese(source) == [(1, "_A"), (2, "_B"), (3, "_C")]


def test_a_user_file_extends_a_list_read_by_a_component(tmp_path: Path) -> None:
    """The lists moved out of code are lexicon lists like the others: a user file adds to them."""
    from conceptkg.loaders.lexicon import load_lexicon

    extra = tmp_path / "mine.yaml"
    extra.write_text("item_joins: [暨]\nnumeral_values: [廿|20]\n", encoding="utf-8")
    lex = load_lexicon((str(extra),))
    assert "暨" in lex.words("item_joins") and "以及" in lex.words("item_joins")
    assert lex.mapping("numeral_values")["廿"] == "20"
    assert lex.mapping("numeral_values")["两"] == "2"
