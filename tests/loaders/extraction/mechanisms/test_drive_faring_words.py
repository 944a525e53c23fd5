"""Words of what fares and of activity in DRIVES: demand and potential stay in the name of what
fares (X需求持续扩大，带动B), a change verb closes a process subject (居民收入提高带动B), and
更新 is an activity word (推动设备报废更新)."""

from tests.loaders.extraction_helpers import drive_pairs


def test_demand_stays_in_what_fares():
    got = drive_pairs("文旅需求持续扩大，带动岚州民宿增收。")
    assert any(s == "文旅需求" for s, _ in got), got


def test_change_verb_closes_a_process_subject():
    got = drive_pairs("居民收入提高带动消费增长。")
    assert ("居民收入提高", "消费增长") in got, got


def test_place_and_change_verb_drive_nothing():
    assert not drive_pairs("岚州扩大带动消费增长。")


def test_renewal_is_an_activity_word():
    got = drive_pairs("新政策推动设备报废更新。")
    assert ("新政策", "设备报废更新") in got, got
