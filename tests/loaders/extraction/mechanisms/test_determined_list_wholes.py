"""A whole opened by a determiner of the event or batch at hand (本届博览会, 本次大会) before an
including verb owns the list after it: the determiner is no part of the whole's name. An
anaphoric determiner (该, 这一) still stands for a name given before."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_this_sessions_event_owns_its_parts():
    got = _includes("本届博览会包括开幕式、分论坛和招商推介会。")
    assert ("博览会", "INCLUDES", "开幕式") in got
    assert ("博览会", "INCLUDES", "分论坛") in got


def test_this_times_meeting_owns_its_parts():
    got = _includes("本次大会包含主论坛和六场专题研讨会。")
    assert any(s == "大会" and t.endswith("主论坛") for s, _, t in got)


def test_no_whole_from_a_bare_determiner():
    got = _includes("本届包括开幕式、分论坛。")
    assert not any(s.startswith("本届") or s == "届" for s, _, _ in got)


def test_a_whole_without_determiner_unchanged():
    got = _includes("博览会包括开幕式、分论坛。")
    assert ("博览会", "INCLUDES", "分论坛") in got


def test_a_determined_non_event_keeps_its_determiner():
    # (r107: a survey's or an inspection's scope is no event's parts; only a noun closing with
    # one of event_heads loses its determiner)
    for text in ("此次检查涵盖食品安全、药品安全等领域。", "本次普查涵盖工业、建筑业和服务业。"):
        got = _includes(text)
        assert not any(s in ("检查", "普查") for s, _, _ in got), got
