"""``curate suggestions`` in a narrow terminal: the command that accepts a suggestion is never
cut (the other columns may be)."""

from __future__ import annotations

from tests.helpers import run_cli
from tests.test_cli_curate_empty import built

run = run_cli


def test_the_accepting_command_is_whole_in_a_narrow_terminal(capsys, tmp_path, monkeypatch):
    from conceptkg.cli_common import out as console

    db = built(capsys, tmp_path, "恒拓集团公司打造溪宁数字平台。",
               "岚州恒拓集团公司推进岚州港航工程。")
    want = "conceptkg curate merge 岚州恒拓集团公司 恒拓集团公司 --type Organization"
    for width in (50, 100):
        monkeypatch.setattr(console, "width", width)
        code, out, err = run(capsys, "curate", "suggestions", "--db", db)
        assert code == 0, err
        lines = out.splitlines()
        assert lines[lines.index("accept with:") + 1] == f"1  {want}", out
        assert "岚州恒拓集团公司" in out and "…" not in lines[-1]
