"""就 right before a DRIVES cue is a preposition (双方就推动B签署协议: nothing drives), but an
adverb after a word of "only" opening its clause or the one before (仅A就带动B, 仅三天，A就拉动B:
A drives B). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_jiu_after_only_is_an_adverb():
    got = _drives("仅国庆一周，湖畔音乐节就拉动山货消费超过5000万元。")
    assert ("湖畔音乐节", "山货消费") in got


def test_jiu_without_only_is_a_preposition():
    assert not _drives("湖畔音乐节就推动山货消费签署协议。")
