"""A layout whose roles are spelled out: quoted roles that are pieces of the layout's quoted
name (构建“一核两翼”布局，其中“一核”为A，“两翼”为B和C), or role frames right after a dash
(“一主两翼”格局——以A为主体，以B和C为两翼): the layout includes what fills the roles
(``rules/include_role_labels.py``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_quoted_roles_name_the_parts_of_the_layout() -> None:
    got = _includes("构建“一核两翼”空间布局，其中“一核”为海州航空产业园，“两翼”为东湖通航小镇"
                    "和北岭无人机测试基地。")
    assert {("一核两翼", "海州航空产业园"), ("一核两翼", "东湖通航小镇"),
            ("一核两翼", "北岭无人机测试基地")} <= got


def test_role_frames_after_a_dash_name_the_parts() -> None:
    got = _includes("集团将聚焦“一主两翼”发展格局——以清洁能源为主体，以综合能源服务和能源科技"
                    "为两翼。")
    assert {("一主两翼发展格局", "清洁能源"), ("一主两翼发展格局", "综合能源服务"),
            ("一主两翼发展格局", "能源科技")} <= got


def test_one_quoted_role_is_no_layout() -> None:
    got = _includes("他提出“两个确保”，其中“确保”为关键。")
    assert not got


def test_roles_that_are_no_pieces_of_a_quoted_name_give_nothing() -> None:
    got = _includes("构建“双循环”格局，其中“内需”为主体，“外需”为补充。")
    assert not got


def test_a_dash_without_role_frames_gives_nothing() -> None:
    got = _includes("集团将聚焦“一主两翼”发展格局——这是未来五年的重点。")
    assert not got
