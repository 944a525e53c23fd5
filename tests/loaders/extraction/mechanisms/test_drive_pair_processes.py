"""After a DRIVES cue without an instrument, two processes joined by 和 (促进A发展和B转型:
``drive_pair_process_ends`` closing both) are each driven. Not a pair whose second is a task
(推动A发展和提升B), a pair whose second names no process (推动A发展和B质量), a pair sharing a
head or a joint event (带动A和B融合发展), nor plain things (带动A和B)."""

from tests.loaders.extraction_helpers import edges, extract


def _targets(text: str) -> set[str]:
    return {e[2] for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_two_processes_are_each_driven():
    got = _targets("家电以旧换新政策有力促进了行业发展和绿色转型。")
    assert {"行业发展", "绿色转型"} <= got, got


def test_second_process_after_upgrade():
    got = _targets("工业互联网推动制造业升级和服务业扩容。")
    assert "服务业扩容" in got, got


def test_second_task_is_no_target():
    got = _targets("工业互联网推动产业发展和提升服务质量。")
    assert not any("服务质量" in t for t in got), got


def test_second_without_process_is_no_target():
    got = _targets("工业互联网推动产业发展和产品质量。")
    assert "产品质量" not in got, got


def test_plain_things_stay_as_before():
    got = _targets("该园区带动了周边农户和合作社。")
    assert "合作社" not in got, got
