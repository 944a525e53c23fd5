"""INCLUDES on sentences of our own, the head of a 等-list: 了 after the verb makes it the
head's own predicate (no relative clause whose object owns the list); a noun with an adjective
before 的 is a relative clause of how much (no head); a 化 word before the head's action says
how it is done; people and arms listed before 等 are no parts of any node."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_le_makes_the_verb_a_predicate():
    got = _parts("竹编、扎染等手工项目展现了岚州文化的独特魅力。")
    assert not any(s.endswith("魅力") for s, _t in got)


def test_an_amount_relative_clause_owns_no_list():
    got = _parts("针对竹笋、茶叶等销量大的农产品，加大抽检力度。")
    assert not any(s.startswith("销量") for s, _t in got)


def test_a_manner_word_ends_the_head():
    got = _parts("恒拓集团推动数控技术在竹木加工、茶叶包装等6个车间规模化运用。")
    assert not any(s.endswith("规模化") for s, _t in got)


def test_people_and_arms_are_no_parts():
    got = _parts("岚州为老人、婴幼儿等重点人群提供上门服务，舰艇编队协同坦克、火炮等兵力开展演练。")
    assert not any(t in ("老人", "婴幼儿", "坦克", "火炮") for _s, t in got)


def test_a_drill_keeps_its_event_noun():
    got = _parts("岚州民兵开展山地搜救、水上救援等科目演练。")
    assert ("科目演练", "山地搜救") in got
