"""Round m101 on texts of our own: ``推进A、B等重点项目建设`` (a project head of
``IMPLEMENTS.project_heads`` with a work noun of ``project_work_tails``) — the actor carries out
the named members A and B; the bare ``重点项目建设`` is no programme. Members that read as no
project (数字化, 人工智能) are none."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_named_members_of_project_work():
    impl = _impl("甲乙公司推进岑山风电基地二期、乙河光伏治沙二期等重大项目建设。")
    assert ("甲乙公司", "岑山风电基地二期") in impl
    assert ("甲乙公司", "乙河光伏治沙二期") in impl
    assert ("甲乙公司", "重大项目建设") not in impl


def test_members_with_a_postposed_lead():
    impl = _impl("推进岑山风电基地二期、乙河光伏治沙二期等重大项目建设，由丙丁新能源公司负责。")
    assert ("丙丁新能源公司", "岑山风电基地二期") in impl


def test_members_that_are_no_project():
    impl = _impl("甲乙公司推进数字化、智能化等重点项目建设。")
    assert not any(b in ("数字化", "智能化") for _a, b in impl)
    impl = _impl("甲乙公司推进数字经济、人工智能等重点项目建设。")
    assert not any(b in ("数字经济", "人工智能") for _a, b in impl)
