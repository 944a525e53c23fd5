"""以A为引领、B为支撑、C为前端 assigns roles to a list of things: A does not drive B or C, and
A alone is not the instrument of the verb after the list. A single frame (以A为引领，推动B)
still makes A drive B."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_list_of_roles_drives_nothing_inside_it():
    got = _drives("以甲乙创新为引领、丙丁升级为支撑、戊己合作为前端，打造新高地。"
                  "以甲乙创新为引领、丙丁升级为支撑推动庚辛发展。")
    assert not got


def test_a_single_frame_still_drives():
    assert ("科技创新", "DRIVES", "产业升级") in _drives("以科技创新为引领，推动产业升级。")
    assert ("科技创新", "DRIVES", "高质量发展") in _drives("以科技创新为引领推动高质量发展。")
