"""Bodies listed before 等 and a head that names a group of bodies (多边机制, 国际组织) are its
members; a frame 在…内 ends before its localizer. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_bodies_before_a_group_of_bodies_are_its_members():
    got = edges(extract("双方愿在联合国、世界贸易组织等多边平台加强协作。"))
    assert ("多边平台", "INCLUDES", "联合国") in got
    assert ("多边平台", "INCLUDES", "世界贸易组织") in got


def test_the_localizer_of_a_frame_is_no_part_of_the_head():
    got = edges(extract("双方愿在联合国、世界贸易组织等多边机制内加强协调。"))
    assert ("多边机制", "INCLUDES", "联合国") in got
    assert not any(s.endswith("内") for s, _, _ in got)


def test_bodies_before_a_thing_they_own_are_no_members():
    got = edges(extract("整合高校、科研院所等科研资源。"))
    assert not any(t == "INCLUDES" for _, t, _ in got)


def test_a_localizer_without_a_frame_stays():
    got = edges(extract("推动电力、交通等领域内的合作。"))
    assert not any(s.endswith("领域") and t == "INCLUDES" for s, t, _ in got)
