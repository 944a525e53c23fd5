"""等-lists on sentences of our own: a list and its head that are the object of one verb and the
subject of the next (``推动A、B等H开拓X``, ``将A、B等H纳入X``) keep H as their head; the verb
after H and its object are no part of it."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_head_ends_before_the_next_verb():
    got = _incl("甲县将推动鸭梨、山楂等山地果品开拓外省市场。")
    assert {e[2] for e in got if e[0] == "山地果品"} == {"鸭梨", "山楂"}
    assert not any(e[0].endswith("市场") for e in got)


def test_head_of_a_ba_clause():
    got = _incl("青川县人社局将茶艺师、民宿管家等新职业纳入技能培训目录。")
    assert {e[2] for e in got if e[0] == "新职业"} == {"茶艺师", "民宿管家"}
    assert not any(e[0].endswith("目录") for e in got)


def test_a_verb_and_a_programme_head_stay_a_name():
    got = _incl("甲县组织茶园、竹林等生态保育示范行动。")
    assert not any(e[0] == "生态保育" for e in got)


def test_a_relative_clause_still_owns_its_list():
    got = _incl("甲县引进了茶艺师、民宿管家等人才参与的乡村振兴项目。")
    assert not any(e[0] == "人才" or e[0].endswith("参与") for e in got)
