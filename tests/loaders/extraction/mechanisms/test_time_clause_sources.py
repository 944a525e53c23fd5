"""A clause of time closed by 后 (甲项目建成投产后，将带动B; 开展业务后，…激发B) names when, not
what drives: it is no DRIVES source. A name that ends in 后 as a word of its own (落后) is no
clause of time, and a subject before the cue still drives."""

from tests.loaders.extraction_helpers import edges, extract


def _sources(text: str) -> set[str]:
    return {e[0] for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_clause_of_time_drives_nothing():
    got = _sources("开展业务后，将为甲乙用户带来更多服务，进一步激发市场活力。"
                   "丙丁项目建成投产后将有力带动区域经济发展。")
    assert not any(s.endswith("后") for s in got)


def test_a_subject_still_drives():
    assert "数字经济" in _sources("数字经济带动产业升级。")
