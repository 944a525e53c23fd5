"""A term of the lexicon written in quotes (“甲乙行动”) is named as the lexicon names it, with
no quote marks, whether the term is shipped or comes from a user's lexicon file; quotes that
are part of a longer name stay where the code keeps them (a list of slogans, two quotes side
by side)."""

from __future__ import annotations

import pytest

from conceptkg.loaders.extraction.quotes import unquoted
from tests.loaders.extraction_helpers import extract


@pytest.fixture()
def user_lexicon(tmp_path) -> tuple[str, ...]:
    path = tmp_path / "terms.yaml"
    path.write_text("terms:\n  Initiative:\n    - 岚峰清源行动\n    - 恒拓数智工程\n",
                    encoding="utf-8")
    return (str(path),)


def _names(text: str, lexicon: tuple[str, ...] = ()) -> dict[str, set[str]]:
    return {n.name: set(n.aliases) for n in extract(text, lexicon).nodes()}


def _quoted(names: dict[str, set[str]]) -> list[str]:
    return [n for n in names if "“" in n or "”" in n]


@pytest.mark.parametrize("text", [
    "溪宁市加快推进“恒拓数智工程”建设，推动数字化转型。",
    "溪宁市开展“岚峰清源行动”专项行动。",
    "溪宁市全面实施“岚峰清源行动”三年行动。",
])
def test_a_user_term_in_quotes_is_named_as_without_the_lexicon(text, user_lexicon):
    with_terms = _names(text, user_lexicon)
    assert not _quoted(with_terms)
    # the user's term changes no name the text alone gives
    assert set(_names(text)) <= set(with_terms)


def test_a_user_term_in_quotes_with_a_head_names_the_longer_thing(user_lexicon):
    names = _names("溪宁市开展“岚峰清源行动”专项行动。", user_lexicon)
    assert "岚峰清源行动专项行动" in names
    assert "岚峰清源行动" in names["岚峰清源行动专项行动"]


def test_a_shipped_term_in_quotes_with_a_head_is_the_term_the_head_belongs_to():
    # 东数西算工程 is an alias of the shipped term 东数西算: quoted or not, one node
    quoted = _names("“东数西算”工程有力支撑了岚州竹编数字化。")
    plain = _names("东数西算工程有力支撑了岚州竹编数字化。")
    assert "东数西算" in quoted and "东数西算" in plain
    assert not _quoted(quoted)


def test_a_quoted_term_gets_no_alias_in_quotes():
    names = _names("岚州着力壮大“新质生产力”，促进溪宁市竹编升级。")
    assert not [a for aliases in names.values() for a in aliases if a.startswith("“")
                and a.endswith("”")]


def test_quotes_that_are_part_of_a_longer_name_stay():
    # a quote followed by words that are no head of a name: the quote stays in the name
    assert unquoted("“岚峰”清源行动") == "“岚峰”清源行动"
    assert unquoted("共建“岚峰”") == "共建“岚峰”"
    assert unquoted("“岚峰”“清源”") == "“岚峰”“清源”"
    assert unquoted("《岚峰清源行动》") == "《岚峰清源行动》"
    assert unquoted("“岚峰清源行动”") == "岚峰清源行动"


def test_a_quoted_list_of_slogans_keeps_its_quotes():
    names = _names("恒拓银行推出“线上申报、到港即提”服务。")
    assert "“线上申报、到港即提”服务" in names
