"""在A、B等领域<verb>…的Y: a list inside a frame opened by 在 (``frame_preps``) says where the
clause acts; the thing after the clause's verb is no whole of its items. A head right after
等 inside the frame (在A、B等高耗能行业) and a relative clause without the frame stay wholes."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_thing_after_a_framed_list_owns_none_of_its_items() -> None:
    got = _includes("在快递配送、山地救援、夜景观光等领域形成一批可复制的应用场景。")
    assert not any(s == "应用场景" for s, _t in got)
    got = _includes("甲乙公司在图像拼接、弱光成像等方面具有较强的技术积累。")
    assert not any(s == "技术积累" for s, _t in got)


def test_a_head_right_after_the_list_inside_the_frame_stays_its_whole() -> None:
    got = _includes("尤其是在玻璃、陶瓷、钢铁等高耗能行业，节能潜力十分可观。")
    assert ("高耗能行业", "玻璃") in got
    assert ("高耗能行业", "钢铁") in got


def test_a_relative_clause_without_the_frame_still_names_the_whole() -> None:
    got = _includes("围绕茶叶、竹编等领域推出一批向社会资本开放的项目清单。")
    assert ("项目清单", "茶叶") in got
