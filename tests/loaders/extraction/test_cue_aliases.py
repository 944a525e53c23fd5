"""No alias of an edge's end opens with the cue word of the edge's relation
(:mod:`conceptkg.loaders.extraction.cue_aliases`)."""

from __future__ import annotations

from conceptkg.loaders.extraction.cue_aliases import without_cue_aliases
from conceptkg.loaders.extraction.mentions.mention_types import Ent
from tests.loaders.extraction_helpers import extract


def _aliases(text: str) -> dict[str, set[str]]:
    return {n.name: set(n.aliases) for n in extract(text).nodes()}


def _includes(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "INCLUDES"}


def test_an_included_item_gets_no_alias_with_the_cue_word():
    text = "溪宁市重点工作包括“岚峰清源行动”、“恒拓数智工程”和“溪宁绿谷工程”。"
    assert ("溪宁市重点工作", "岚峰清源行动") in _includes(text)
    aliases = _aliases(text)
    assert not any(a.startswith("包括") for names in aliases.values() for a in names)


def test_an_unquoted_item_gets_no_alias_with_the_cue_word():
    text = "溪宁市重点工作包括岚峰清源行动、恒拓数智工程和溪宁绿谷工程。"
    assert ("溪宁市重点工作", "岚峰清源行动") in _includes(text)
    assert not any(a.startswith("包括") for names in _aliases(text).values() for a in names)


def test_an_implemented_programme_gets_no_alias_with_the_cue_word():
    text = "恒拓银行推广“岚农贷”，支持溪宁市乡村振兴。"
    aliases = _aliases(text)
    assert "岚农贷" in aliases
    assert not any(a.startswith("推广") for a in aliases["岚农贷"])


def test_a_name_that_opens_with_a_cue_word_keeps_its_aliases():
    # the word 建设 opens the bank's short name, but no cue stands before it in the sentence
    text = "岚州建设银行（简称建设银行）推出“岚农贷”，支持乡村振兴。"
    kg = extract(text)
    bank = next(n for n in kg.nodes() if n.type == "Organization" and "建设" in n.name)
    assert "建设银行" in bank.aliases
    assert any(kg.node(e.source).name == bank.name for e in kg.edges() if e.type == "IMPLEMENTS")


def test_only_the_cue_word_before_the_entity_drops_an_alias():
    sim = "溪宁市重点工作包括岚峰清源行动。"
    start = sim.index("岚峰")
    cues = ("包括", "涵盖")
    ent = Ent("岚峰清源行动", "Initiative", start, start + 6, "chunk",
              ("包括岚峰清源行动", "涵盖岚峰清源行动", "清源行动"))
    assert without_cue_aliases(ent, sim, cues).aliases == ("涵盖岚峰清源行动", "清源行动")
    # no cue word right before it: every alias stays
    other = "溪宁市岚峰清源行动成效明显。"
    at = other.index("岚峰")
    ent2 = Ent("岚峰清源行动", "Initiative", at, at + 6, "chunk", ("包括岚峰清源行动",))
    assert without_cue_aliases(ent2, other, cues) is ent2


def test_a_list_clause_item_read_twice_gets_no_alias_with_the_cue_word():
    # the item is read by two rules (the second reading only adds aliases)
    text = "溪宁市推进数字化转型，包括“岚峰清源行动”、“恒拓数智工程”等。"
    aliases = _aliases(text)
    assert "岚峰清源行动" in aliases
    assert not any(a.startswith("包括") for names in aliases.values() for a in names)


def test_a_listing_verb_opens_no_facility_name():
    # 涵盖 lists the parts: the first part is 岚峰孵化基地, not 涵盖岚峰孵化基地
    text = "恒拓集团打造了溪宁创新园区，涵盖岚峰孵化基地、研发中心和展示中心。"
    names = _aliases(text)
    assert "岚峰孵化基地" in names
    assert not any(n.startswith("涵盖") for n in names)
    assert ("溪宁创新园区", "岚峰孵化基地") in _includes(text)


def test_a_building_verb_still_opens_a_facility_name():
    names = _aliases("恒拓集团建成岚峰孵化基地。")
    assert "岚峰孵化基地" in names
