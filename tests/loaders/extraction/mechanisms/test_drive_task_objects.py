"""A task clause that carries out a thing (落实, 实施好) before a subjectless clause opening with
推动/促进 lists two tasks of the speaker: its object drives nothing. What a clause launches
(推出, 举办) still drives the next cue, and so does a carried-out thing before a chain verb
(助力, 带动) or a word of result (进一步促进)."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_carried_out_object_before_tuiddong_drives_nothing():
    got = _drives("甲方表示，乙方愿积极落实绿色发展倡议，推动双边合作不断取得新成果。")
    assert not any(s == "绿色发展倡议" for s, _ in got)


def test_implemented_projects_before_tuidong_drive_nothing():
    got = _drives("中方愿同乙方拓展互利合作，实施好跨境铁路等示范项目，"
                  "推动区域联通构想取得更多成果。")
    assert not any(s in ("示范项目", "跨境铁路") for s, _ in got)


def test_launched_thing_still_drives():
    got = _drives("市商务局推出家电以旧换新活动，促进大宗消费。")
    assert any(s.endswith("以旧换新活动") or s == "家电以旧换新" for s, _ in got), got


def test_carried_out_thing_before_chain_verb_still_drives():
    got = _drives("当地落实稳岗扩岗政策，带动高校毕业生就业。")
    assert any("政策" in s for s, _ in got), got


def test_issued_policies_still_drive():
    got = _drives("近年来，我国相继出台一系列养老服务支持政策，促进养老服务体系持续完善。")
    assert any("政策" in s for s, _ in got), got


def test_thing_opening_its_clause_still_drives():
    got = _drives("今年以来，一系列新政策密集出台，推动生态环境质量持续改善。")
    assert any("新政策" in s for s, _ in got), got


def test_willed_launch_of_activities_still_drives():
    got = _drives("双方要共同办好建交30周年系列活动，促进两国友好代代传承。")
    assert any("系列活动" in s for s, _ in got), got
