"""省工业和信息化厅, 市住房和城乡建设局: in a list of departments, two items joined by a
conjunction of which only the second ends with a department's word (``gov_dept_suffixes``) are
one department's name; a list whose items each end with one (市财政局和市卫健委) stays apart."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_department_name_with_a_conjunction_inside_is_one_item() -> None:
    got = _includes("建立由市民政局、市人力资源和社会保障局、"
                    "市住房和城乡建设局组成的联席会议制度。")
    assert ("联席会议制度", "市人力资源和社会保障局") in got
    assert ("联席会议制度", "市住房和城乡建设局") in got
    assert not any(t in ("市住房", "社会保障局") for _s, t in got)


def test_departments_each_named_in_full_stay_apart() -> None:
    got = _includes("建立由市民政局、市财政局和市卫生健康委组成的联席会议制度。")
    assert not any("和" in t for _s, t in got)
