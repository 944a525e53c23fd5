"""The speaker's own word (公司, 集团) opening a clause before a facility or project name is its
subject, no part of the name: 公司甲乙基地二期项目于5月投产 → 甲乙基地二期项目."""

from tests.loaders.extraction_helpers import extract, node_types


def test_the_own_word_before_a_project_is_cut():
    got = node_types(extract("公司丙丁智能制造基地二期项目于2024年9月竣工投产。"))
    assert got.get("丙丁智能制造基地二期项目") == "Initiative"
    assert not any(n.startswith("公司") for n in got)


def test_a_name_too_short_without_the_word_is_none():
    got = node_types(extract("集团总部基地建成投用。"))
    assert "总部基地" not in got
