"""A plan's numbered task whose title names no programme (8.整顿X秩序。) is carried out through
the programmes its paragraph launches (开展“Y”专项行动): the task's units implement those; a
title that names a programme keeps it. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _implemented_by(text: str, unit: str) -> set[str]:
    return {t for s, r, t in edges(extract(text)) if r == "IMPLEMENTS" and s == unit}


def test_units_box_after_a_task_without_programme_names_the_launched_one():
    got = _implemented_by(
        "二、重点任务\n\n3.推进山货网销提质。实施青岩乡镇物流畅通行动，完善村级寄递网点。"
        "（责任单位：县商务局、县供销社）\n", "县商务局")
    assert "青岩乡镇物流畅通行动" in got
    assert "山货网销提质" not in got


def test_units_lines_after_a_task_without_programme_name_the_launched_one():
    got = _implemented_by(
        "二、重点任务\n\n5.整顿景区经营秩序。开展景区“清风”专项行动，查处虚假宣传行为。\n"
        "牵头单位：县市场监督管理局\n配合单位：县公安局\n", "县市场监督管理局")
    assert "景区“清风”专项行动" in got or "景区清风专项行动" in got
    assert "景区经营秩序" not in got


def test_a_task_that_names_a_programme_keeps_it():
    # the title's programme stays the units'; the one the text launches is theirs too
    got = _implemented_by(
        "二、重点任务\n\n1.实施青岩山塘整修工程。开展青岩水系巡查行动，整修山塘40座。"
        "（责任单位：县水利局）\n", "县水利局")
    assert "青岩山塘整修工程" in got
    assert "青岩水系巡查行动" in got


def test_a_paragraph_that_launches_nothing_keeps_the_title():
    got = _implemented_by(
        "二、重点任务\n\n4.推进山货网销提质。完善村级寄递网点，培育电商带头人50名。"
        "（责任单位：县商务局）\n", "县商务局")
    assert got == {"山货网销提质"}
