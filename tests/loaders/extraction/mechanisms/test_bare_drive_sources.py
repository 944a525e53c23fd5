"""An adverb or a bare verb left standing alone as the subject of a drive verb (作出指示，指导推动X
建设; 依法推进Y) drives nothing: words of ``drive_bare_sources`` are no DRIVES source. A noun
subject still drives, and the same word inside a longer name is no bare source."""

from tests.loaders.extraction_helpers import edges, extract


def _sources(text: str) -> set[str]:
    return {e[0] for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_bare_verb_drives_nothing():
    assert "指导" not in _sources("省委书记作出指示，指导推动新型基础设施建设。")


def test_a_bare_adverb_drives_nothing():
    assert "依法" not in _sources("要依法推动解决群众关心的问题。")


def test_a_noun_subject_still_drives():
    got = _sources("数字经济带动产业升级。科技创新推动新型基础设施建设。")
    assert {"数字经济", "科技创新"} <= got
