"""A plan task's closing sentence that hands its work to units (``此项工作由A、B按职责分工组织
实施``: ``task_work_references``) gives them the task's programme, like a units box
(``layout/responsibility.py``). Texts of our own."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_units_of_a_closing_work_sentence_carry_out_the_task():
    got = _impl("三、实施“数智南湖”场景开放行动。每年发布高价值应用场景50个。"
                "此项工作由省工业和信息化厅、省农业农村厅按职责分工组织实施，省数据局负责统筹协调。")
    assert {("省工业和信息化厅", "数智南湖场景开放行动"),
            ("省农业农村厅", "数智南湖场景开放行动")} <= got


def test_a_work_sentence_naming_no_bodies_gives_nothing():
    got = _impl("三、实施“数智南湖”场景开放行动。每年发布高价值应用场景50个。"
                "此项工作由各地按实际情况组织实施。")
    assert not any(s.startswith("各地") for s, _ in got)
