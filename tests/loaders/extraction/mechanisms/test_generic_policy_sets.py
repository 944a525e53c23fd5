"""Round m96 on texts of our own: a whole set of policies or measures (``落实…的各项政策``,
``各项措施``, ``各项举措``: ``stop_heads``) is no programme of whoever carries it out; a named
programme in the same place still is."""

from tests.loaders.extraction_helpers import file_edges

_REPORT = ("政府工作报告\n\n——2031年1月8日在大会上\n\n岑川市人民政府市长 王甲\n\n"
           "（一）优化营商环境\n\n{body}\n\n（二）其他\n\n其他工作。\n")


def _impl(tmp_path, body: str) -> set[tuple[str, str]]:
    got = file_edges(tmp_path, _REPORT.format(body=body))
    return {(a, b) for a, r, b in got if r == "IMPLEMENTS"}


def test_a_set_of_policies_is_no_programme(tmp_path):
    impl = _impl(tmp_path, "落实支持民营经济发展的各项政策，及时解决企业反映的困难。"
                 "深入实施“岑商面对面”政企恳谈行动，每月举办一场。")
    assert all(b != "各项政策" for _, b in impl)
    assert any(a == "岑川市人民政府" and "岑商面对面" in b for a, b in impl)
