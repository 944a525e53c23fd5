"""What stands before a DRIVES cue drives nothing when it closes with a verb of saying (A明确提出
推动B: what is said), a suffix of a group of people (来宾们), a distributive body (沿海各地), or a
word of time (新年伊始, 之际: ``drive_time_source``). A thing before the cue still drives."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_time_word_drives_nothing():
    got = _drives("开春伊始，岚州各县加快布局，推动竹编产业提档升级。")
    assert not any(s.endswith("伊始") for s, _ in got), got


def test_people_drive_nothing():
    got = _drives("来宾们期待同恒拓集团深化协作，推动岚恒合作再上台阶。")
    assert not any(s.endswith("们") for s, _ in got), got
    got = _drives("沿江各地积极推动内河航运高质量发展。")
    assert not any(s.endswith("各地") for s, _ in got), got


def test_saying_drives_nothing():
    got = _drives("岚州负责人明确提出推动竹编产业再上台阶。")
    assert not any(s.endswith("提出") for s, _ in got), got


def test_thing_still_drives():
    assert ("冷链物流", "生鲜电商发展") in _drives("冷链物流推动生鲜电商发展。")
