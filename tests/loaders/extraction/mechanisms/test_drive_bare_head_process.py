"""``项目的投产将带动B``: a bare initiative head said as a process (H的落地, H的建成) stands for
the initiative with that head named earlier in the sentence; with none, it names no thing and
drives nothing. A quoted thing after the head's 的 (基金的“耐心资本”) is no process."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_bare_head_process_takes_antecedent():
    got = _drives("恒拓集团在岚州开工建设储能电池项目，项目的投产将带动本地物流企业发展。")
    assert any(s == "储能电池项目" for s, _ in got), got


def test_bare_head_process_without_antecedent_drives_nothing():
    got = _drives("市发改委负责人介绍，项目的投产将带动本地物流企业发展。")
    assert not any(s.startswith("项目") for s, _ in got), got
