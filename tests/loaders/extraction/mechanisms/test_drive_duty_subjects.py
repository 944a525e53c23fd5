"""A subject that closes with a word of will or duty (两国有义务推动B, X迫切需要推动B:
``DRIVES.topic_wills``) is a body that acts, or a need, not a driving thing: no DRIVES source.
团结 (to unite) before 引领/引导 is a verb, no source (``drive_bare_sources``). A plain subject
still drives."""

from tests.loaders.extraction_helpers import edges, extract


def _sources(text: str) -> set[str]:
    return {e[0] for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_subject_with_duty_drives_nothing():
    got = _sources("作为负责任大国，甲乙两国有义务推动国际社会维护公平正义。")
    assert not any("义务" in s for s in got), got


def test_subject_with_need_drives_nothing():
    got = _sources("数字经济高质量发展，迫切需要推动算力中心合理布局。")
    assert not any("需要" in s for s in got), got


def test_unite_is_no_source():
    got = _sources("团结引领广大发展中国家，推动建立更加公正合理的国际秩序。")
    assert "团结" not in got, got


def test_plain_subject_still_drives():
    assert "数字经济" in _sources("数字经济推动算力中心合理布局。")
