"""Three things that are no driver or actor: a word pointing at a place (当地…，为B提供保障), the
last task of a list closed by 等 (提出A、B等，促进C), and a venue before a person who speaks
(在X，某某要求…，深化Y). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_word_pointing_at_a_place_drives_nothing():
    got = edges(extract("当地成立了保障小组，为受灾群众提供物资保障。"))
    assert not any(s == "当地" and t == "DRIVES" for s, t, _ in got)


def test_a_thing_before_the_frame_still_drives():
    got = edges(extract("当地发展数字经济，为高质量发展提供动力。"))
    assert ("数字经济", "DRIVES", "高质量发展") in got


def test_the_last_task_of_a_list_closed_by_etc_drives_nothing_alone():
    got = edges(extract("方案提出开展招聘季活动、推动家政进社区等，持续促进家政服务业提质扩容。"))
    assert not any(t == "DRIVES" for _, t, _ in got)


def test_what_was_launched_before_the_list_still_drives():
    got = edges(extract("两市将举办系列交流活动，涵盖非遗展演、美食推介等，促进两地文旅交流。"))
    assert any(t == "DRIVES" and o == "两地文旅交流" for _, t, o in got)


def test_a_venue_before_a_person_who_speaks_does_not_act():
    got = edges(extract("在孔子研究院，李明要求深入挖掘传统文化，进一步深化新时代廉洁文化建设。"))
    assert not any(t == "IMPLEMENTS" for _, t, _ in got)
