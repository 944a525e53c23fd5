"""A driver said after a verb of belief or expectation (各方期待A为B注入动力, 专家认为A推动B，为C
提供支撑): the clause's subject after the verb drives, in its clause and in a subjectless
为C… right after; people after such a verb drive nothing."""

from tests.loaders.extraction_helpers import drive_pairs


def test_expected_subject_provides():
    got = drive_pairs("各方期待新政策为岚州消费增长注入新动能。")
    assert ("新政策", "岚州消费增长") in got, got


def test_reported_subject_carries_to_provide():
    got = drive_pairs("专家认为新政策推动岚州消费增长，为区域经济注入新动能。")
    assert ("新政策", "区域经济") in got, got
    assert not any(s == "岚州消费增长" for s, _ in got), got


def test_no_subject_after_belief_verb():
    assert not drive_pairs("各方期待推动岚州消费增长。")


def test_people_drive_nothing():
    assert not drive_pairs("相信新一届委员一定能够更好促进岚州社区治理。")


def test_gei_names_what_is_served():
    got = drive_pairs("新政策给岚州消费增长注入新动能。")
    assert ("新政策", "岚州消费增长") in got, got


def test_gei_to_firms_serves_no_thing():
    assert not drive_pairs("恒拓集团给村民提供技术支持。")


def test_list_of_tasks_after_speech_gives_no_driver():
    got = drive_pairs("意见强调严格监管、鼓励诚信经营等，为溪宁市场发展提供制度保障。")
    assert ("严格监管", "溪宁市场发展") not in got, got
