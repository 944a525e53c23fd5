"""Tasks under a leading frame: 以A为引领，(甲省)加快培育B、布局C — A drives what the task
clause fosters. Made-up sentences."""

import pytest

from tests.loaders.extraction_helpers import drive_pairs


def test_the_leading_frame_drives_what_the_body_fosters():
    got = drive_pairs("以数字技术为引领，岚州市加快培育壮大竹编产业、布局低空产业。")
    assert {t for s, t in got if s == "数字技术"} >= {"竹编产业", "低空产业"}, got


def test_the_leading_frame_drives_what_a_subjectless_task_fosters():
    got = drive_pairs("以数字技术为引擎，加快发展竹编产业。")
    assert ("数字技术", "竹编产业") in got, got


@pytest.mark.parametrize("text", [
    # a frame of where the work starts, not of what leads it
    "以竹编行业为突破口，打造溪宁手工业生态系统。",
    # a thing with a verb of its own: the frame drives nothing it does
    "以数字技术为引领，竹编产业加快发展。",
    # a verb inside the object: no thing is named whole
    "以重点课题为牵引，提高本地培育青年教师比例。",
])
def test_no_task_fostered_under_a_leading_frame(text):
    got = drive_pairs(text)
    assert not any(s in ("竹编行业", "数字技术", "重点课题") for s, _ in got), got
