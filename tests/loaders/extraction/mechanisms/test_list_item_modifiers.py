"""Lists on sentences of our own: a word stopped only by its tag (``虚拟``, tagged as a verb)
that stands between the clause's own verb and the first item's noun qualifies that item
(``催生虚拟X、…``: 虚拟X), while a verb after a light or lead verb (``加快培养A、…``) still
belongs to the clause."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_modifier_after_the_clause_verb_stays_in_the_first_item():
    got = _incl("青岚县的算力与电网正在催生虚拟车队、云端农场、智能仓配等新业态。")
    assert ("新业态", "INCLUDES", "虚拟车队") in got
    assert ("新业态", "INCLUDES", "车队") not in got


def test_a_verb_after_a_light_verb_still_opens_no_item():
    got = _incl("临溪区要加快培养测绘工程师、无人机飞手等紧缺人才。")
    assert ("紧缺人才", "INCLUDES", "无人机飞手") in got
    assert not {e for e in got if e[2].startswith("培养")}
