"""A thing that helps a task (A有助于完善B): A drives what the task works on. Made-up
sentences."""

import pytest

from tests.loaders.extraction_helpers import drive_pairs, driven_aliases


def test_a_thing_that_helps_a_task_drives_its_object():
    got = drive_pairs("溪宁合作倡议有助于完善岚州竹编产业体系。")
    assert ("溪宁合作倡议", "岚州竹编产业体系") in got, got
    aliases = driven_aliases("溪宁合作倡议有助于完善岚州竹编产业体系。")
    assert "完善岚州竹编产业体系" in aliases["岚州竹编产业体系"], aliases


@pytest.mark.parametrize("text", [
    "恒拓集团有助于完善岚州竹编产业体系。",  # a body acts, it drives nothing
    "有助于完善岚州竹编产业体系。",  # no subject
    "溪宁合作倡议有利于形成竹编产业的良性循环局面。",  # no thing named whole
])
def test_no_help_task_edge(text):
    assert not drive_pairs(text)
