"""A thing, 的 and a bare action (or two joined ones) as the subject of a DRIVES cue (A的开通，带动
B; A的稳定与成长，为B提供保障): the whole process drives, A is its alias (annotators name either).
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.source).name: tuple(kg.node(e.source).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_bare_process_subject_drives_with_its_thing_as_alias():
    got = _drives("雾岭索道的开通，带动了山地民宿加快集聚。")
    assert "雾岭索道的开通" in got and "雾岭索道" in got["雾岭索道的开通"]
    got = _drives("技工队伍的成长与稳定，为湖城制造业升级提供了有力保障。")
    assert "技工队伍的成长与稳定" in got and "技工队伍" in got["技工队伍的成长与稳定"]


def test_cue_word_or_noun_after_de_is_no_process():
    got = _drives("雾岭索道的带动，促进了山地民宿发展。")
    assert not any(s.startswith("雾岭索道") for s in got)
    got = _drives("雾岭索道的客流，带动了山地民宿发展。")
    assert "雾岭索道" not in got and "客流" in got.get("雾岭索道的客流", ())
