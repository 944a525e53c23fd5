"""The lexicon digest a document is stamped with: what the user's files say, not their layout."""

from __future__ import annotations

from conceptkg.loaders.versions import lexicon_digest
from tests.test_cli import run

WORDS = "terms:\n  Concept:\n    - 岚州算力网\n    - 溪宁数港\norg_suffixes: [农商行]\n"
SAME = ("# 恒拓集团的词表\n\nterms:\n  Concept: [岚州算力网, 溪宁数港]   # 两个\n"
        "org_suffixes:\n  - 农商行\n")


def test_a_comment_or_another_layout_keeps_the_digest(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(WORDS, encoding="utf-8")
    b.write_text(SAME, encoding="utf-8")
    assert lexicon_digest([a]) == lexicon_digest([b]) != lexicon_digest()
    b.write_text(SAME.replace("溪宁数港", "溪宁港城"), encoding="utf-8")
    assert lexicon_digest([a]) != lexicon_digest([b])
    b.write_text(SAME.replace("岚州算力网, 溪宁数港", "溪宁数港, 岚州算力网"), encoding="utf-8")
    assert lexicon_digest([a]) != lexicon_digest([b])  # (the order of words may matter)
    assert lexicon_digest([a, b]) != lexicon_digest([b, a])


def test_an_unparsable_or_missing_file_has_a_digest_too(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("places: [a\n", encoding="utf-8")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("a: &a [x, x]\nb: &b [*a, *a]\nplaces: *b\n", encoding="utf-8")
    for p in (bad, bomb, tmp_path / "none.yaml"):
        assert lexicon_digest([p]).startswith("sha256:")


def test_a_comment_added_to_the_lexicon_rebuilds_nothing(capsys, tmp_path):
    docs = tmp_path / "文 档"
    docs.mkdir()
    (docs / "a.txt").write_text("恒拓集团打造岚州算力网。溪宁数港带动港航升级。", encoding="utf-8")
    lex = tmp_path / "my.yaml"
    lex.write_text(WORDS, encoding="utf-8")
    db = tmp_path / "kg.db"
    code, _, err = run(capsys, "build", docs, "--db", db, "--lexicon", lex)
    assert code == 0 and "1 built" in err, err
    lex.write_text(SAME, encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", db, "--lexicon", lex)
    assert code == 0 and "0 built, 1 unchanged" in err, err
    lex.write_text(SAME + "places: [溪宁]\n", encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", db, "--lexicon", lex)
    assert code == 0 and "1 built (1 stale)" in err, err
