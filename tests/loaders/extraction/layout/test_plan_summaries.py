"""A counted summary between a plan and its items (《方案》涵盖A、B和C三大行动): the items are
the plan's, the summary no part (layout/plan_summaries.py). All texts are made up."""

from ...extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_plan_owns_the_items_of_its_counted_summary() -> None:
    got = _includes("《实施方案》涵盖市场扩容、品质提升、渠道创新和服务优化四大行动。")
    for it in ("市场扩容", "品质提升", "渠道创新", "服务优化"):
        assert ("实施方案", "INCLUDES", it) in got
    assert not any("四大行动" in (e[0], e[2]) for e in got)


def test_counted_head_without_plan_keeps_its_list() -> None:
    got = _includes("岚州市实施产业升级、城市更新和乡村振兴三大工程。")
    assert ("三大工程", "INCLUDES", "城市更新") in got
