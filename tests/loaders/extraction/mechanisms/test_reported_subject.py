"""Reported speech that names its own subject (某某说，乙会要…，推出Y): the speaker's body is
not carried into it, even when the organisation finder does not know the new subject. Speech
without a subject, or a body the finder knows, keeps the usual readings."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_the_speakers_body_does_not_act_in_a_speech_with_its_own_subject():
    got = _implements("湖北省政协副主席王某在参加界别小组讨论时说，妇联要坚定信念，"
                      "推出乡村振兴行动。")
    assert not any(s.startswith("湖北") for s, _, _ in got)


def test_a_speech_without_subject_keeps_the_speakers_body():
    got = _implements("甲集团表示，将进一步加大投入，推出智能制造行动。")
    assert ("甲集团", "IMPLEMENTS", "智能制造行动") in got


def test_a_known_body_in_the_speech_acts():
    got = _implements("甲集团总经理王某说，甲集团将加大投入，推出智能制造行动。")
    assert ("甲集团", "IMPLEMENTS", "智能制造行动") in got
