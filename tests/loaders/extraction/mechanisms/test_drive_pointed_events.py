"""An event named only by a pointing word (这次峰会, 此访, 此举) drives when nothing before in
the sentence names it; a pointing word before a head that names no event stays no driver."""

from tests.loaders.extraction_helpers import drive_pairs


def test_pointed_summit_provides():
    assert ("这次峰会", "岚州港口建设") in drive_pairs("这次峰会为岚州港口建设注入动力。")


def test_fused_visit_drives():
    assert ("此访", "两地关系") in drive_pairs("此访推动两地关系迈上新台阶。")


def test_fused_move_drives():
    got = drive_pairs("此举将带动岚州旅游消费增长。")
    assert any(s == "此举" for s, _ in got), got


def test_visit_after_its_maker():
    got = drive_pairs("张市长此次访问推动两地关系发展。")
    assert any(s == "此次访问" for s, _ in got), got


def test_earlier_name_kept():
    got = drive_pairs("溪宁市长此次访问岚州，此访推动两地互信。")
    assert got and not any(s == "此访" for s, _ in got), got


def test_pointed_head_of_no_event_drives_nothing():
    assert not drive_pairs("这次调整带动岚州消费增长。")


def test_closing_pointed_event_before_provide():
    got = drive_pairs("在岚州举办这次论坛，将为溪宁港口建设注入活力。")
    assert ("这次论坛", "溪宁港口建设") in got, got
