"""DRIVES from a clause that names a thing by how it fares, nominalised after 的
(A的持续升温，为B注入活力): A drives B. Sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract


def test_nominalised_state_clause_names_the_driver():
    got = edges(extract("冰雪运动的持续升温，为山区旅游注入新活力。"))
    assert ("冰雪运动", "DRIVES", "山区旅游") in got
    got = edges(extract("旅游业的持续回暖，带动了餐饮业。"))
    assert ("旅游业", "DRIVES", "餐饮业") in got


def test_nominalised_state_of_an_actor_or_person_drives_nothing():
    for text in ("该县的全面推进，为乡村振兴提供支撑。", "他的不懈努力，为科研创新注入动力。"):
        assert not any(e[1] == "DRIVES" for e in edges(extract(text))), text
