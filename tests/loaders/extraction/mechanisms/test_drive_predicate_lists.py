"""A DRIVES cue that opens the last item of a list of predicates shares the subject of the first
item (X将提升A、带动B: X drives B), but not when the first item has no subject (two tasks), when
the list is the object of a verb before it, when a word of "and so on" closes it, or when an item
between is a noun. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_subject_of_the_first_item_drives():
    assert ("山地旅游", "乡村民宿消费") in _drives("山地旅游将提升游客体验、带动乡村民宿消费。")


def test_subject_before_a_verb_of_aim():
    got = _drives("山地旅游有助于增进城乡交流、带动乡村民宿消费。")
    assert ("山地旅游", "乡村民宿消费") in got


def test_tasks_without_subject_drive_nothing():
    assert not _drives("提升游客体验、带动乡村民宿消费。")


def test_list_as_object_of_a_verb():
    assert not _drives("居民反对甲公司关停车间、推动裁员等一系列做法。")


def test_noun_item_breaks_the_list():
    assert ("山地旅游", "乡村民宿消费") not in _drives(
        "山地旅游将提升游客体验、冰雪装备、带动乡村民宿消费。")


def test_copula_lists_what_the_subject_is():
    assert not _drives("光子技术是基础性、引领性技术。")


def test_list_qualifying_a_noun():
    assert not _drives("山地旅游将提升游客体验、带动乡村民宿消费的努力。")


def test_verbs_between_subject_and_list():
    assert not _drives("甲方高度珍视乙方坚定致力于深化双边关系、推动区域经济发展。")
