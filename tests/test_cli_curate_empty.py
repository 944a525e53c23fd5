"""``curate suggestions`` and ``curate check`` with nothing to show say so in a sentence, not
with an empty table (as ``ask`` does)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_build, run_cli

run = run_cli


def built(capsys, tmp_path: Path, *texts: str) -> Path:
    return cli_build(capsys, tmp_path, {f"{i}.txt": text for i, text in enumerate(texts)})


def test_no_suggestions_is_a_sentence(capsys, tmp_path):
    db = built(capsys, tmp_path, "恒拓集团打造溪宁数字平台。")
    for extra in ([], ["--automatic"]):
        code, out, err = run(capsys, "curate", "suggestions", "--db", db, *extra)
        assert code == 0 and out == "", out
        assert err.strip() == "nothing to suggest: no two names look like one body (and no " \
            "merge was made automatically)"


def test_no_suggestions_but_automatic_merges_points_to_them(capsys, tmp_path):
    db = built(capsys, tmp_path, "恒拓集团有限公司打造溪宁数字平台。", "恒拓集团推进岚州港航工程。")
    code, out, err = run(capsys, "curate", "suggestions", "--db", db)
    assert code == 0 and out == "", out
    assert err.strip() == "nothing to suggest: no two names look like one body (1 merge or " \
        "split made automatically: list them with --automatic)"
    code, out, err = run(capsys, "curate", "suggestions", "--db", db, "--automatic")
    assert code == 0 and "(automatic)" in out and "恒拓集团有限公司" in out, err


def test_check_without_corrections_is_a_sentence(capsys, tmp_path):
    db = built(capsys, tmp_path, "恒拓集团打造溪宁数字平台。")
    code, out, err = run(capsys, "curate", "check", "--db", db)
    assert code == 0 and out == "", out
    assert err.strip() == "no corrections to check (the first one, such as 'conceptkg curate " \
        f"merge A B', makes {tmp_path / 'kg.db.curation.yaml'})"


def test_the_footer_says_how_to_dismiss_a_suggestion(capsys, tmp_path):
    """A suggestion one disagrees with stays listed until a split keeps the pair apart: the
    footer says so, and the split makes it go."""
    db = built(capsys, tmp_path, "恒拓集团公司打造溪宁数字平台。",
               "岚州恒拓集团公司推进岚州港航工程。")
    code, out, err = run(capsys, "curate", "suggestions", "--db", db)
    assert code == 0 and "岚州恒拓集团公司" in out, err
    assert "dismiss a suggestion with: conceptkg curate split INTO MERGE" in err
    code, _, err = run(capsys, "curate", "split", "恒拓集团公司", "岚州恒拓集团公司", "--db", db)
    assert code == 0, err
    code, out, err = run(capsys, "curate", "suggestions", "--db", db)
    assert code == 0 and "岚州恒拓集团公司" not in out + err


def test_a_db_that_is_a_file_or_a_folder_of_other_files_is_refused(capsys, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("岚州\n", encoding="utf-8")
    other = tmp_path / "notes"
    other.mkdir()
    (other / "溪宁市.txt").write_text("恒拓集团\n", encoding="utf-8")
    for db in (afile, other):
        for command in ("list", "check", "suggestions"):
            code, out, err = run(capsys, "curate", command, "--db", db)
            assert code == 1 and out == "" and err.count("\n") == 1, err
            assert err.startswith(f"error: {db}: not a conceptkg database directory"), err
            assert "no corrections yet" not in err
    assert not (tmp_path / "afile.curation.yaml").exists()
