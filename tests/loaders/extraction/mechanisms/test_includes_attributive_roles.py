"""Role frames before the name of a layout (构建以A为核心、B为支撑、C为补充的H体系): H体系
includes A, B and C (``rules/include_attributive_roles.py``, grammar pattern
``attributive_role_frame``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_frames_joined_by_pause_marks_before_de() -> None:
    got = _includes("集团已建成以总部创新中心为核心、区域研发中心为支撑、"
                    "校企联合平台为补充的多级创新体系。")
    assert {("多级创新体系", "区域研发中心"), ("多级创新体系", "校企联合平台")} <= got


def test_frames_each_opened_by_yi_and_a_list_inside_one() -> None:
    got = _includes("公司形成了以甲研究院为核心，以两地试验中心为支撑，"
                    "以企业技术中心和博士后工作站为补充的多层次研发体系。")
    assert {("多层次研发体系", "两地试验中心"), ("多层次研发体系", "企业技术中心"),
            ("多层次研发体系", "博士后工作站")} <= got


def test_a_single_frame_gives_nothing() -> None:
    got = _includes("构建以龙头企业为核心的产业生态体系。")
    assert not any(s == "产业生态体系" for s, _ in got)


def test_frames_of_goals_or_guides_give_nothing() -> None:
    got = _includes("构建以企业为主体、市场为导向、产学研深度融合的技术创新体系。")
    assert not any(s == "技术创新体系" for s, _ in got)


def test_frames_that_open_a_task_clause_give_nothing() -> None:
    got = _includes("以清洁煤电为核心，以新能源为两翼，加快推进集团转型发展。")
    assert not got
