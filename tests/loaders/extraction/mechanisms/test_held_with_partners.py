"""``A与B举行X``: a body that holds a meeting or an event with others holds it (the phrase after
与 names those it meets, no clause of their own); with any other verb the preposition still
relates the actor to the phrase after it. Listed events held (举行A、B等活动) are each held."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_body_holds_an_event_with_people_it_meets():
    got = _implements("海州市商务局与乙国工商界人士举行贸易投资对接会。")
    assert ("海州市商务局", "IMPLEMENTS", "贸易投资对接会") in got


def test_an_adverb_before_the_preposition():
    got = _implements("海州市商务局先后与乙国、丙国工商界人士举行贸易投资对接会。")
    assert ("海州市商务局", "IMPLEMENTS", "贸易投资对接会") in got


def test_other_verbs_keep_the_preposition_relating():
    got = _implements("海州市商务局与乙国企业签署合作协议。")
    assert not any(s == "海州市商务局" and "协议" in t for s, _, t in got)


def test_listed_events_held_are_each_held():
    got = _implements("海州市举办美食节、灯会等活动。")
    assert ("海州市", "IMPLEMENTS", "美食节") in got
    assert ("海州市", "IMPLEMENTS", "灯会") in got
    assert not any(t.endswith("等活动") for _, _, t in got)
