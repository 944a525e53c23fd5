"""A list after a DRIVES cue that names the subjects of an event (extraction/drives/list_events.py):
推动A、B等技术在C落地 and 推动A、B、C各环节协同发展 drive no item; a plain list (带动A、B等相关
产业发展) keeps its targets. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_items_taking_root_somewhere_are_no_targets():
    got = _drives("开展智慧社区试点，推动区块链、物联网等技术在社区治理场景落地。")
    assert not {t for _, t in got} & {"区块链", "物联网"}


def test_items_developing_together_are_no_targets():
    got = _drives("设立产业基金，推动研发、制造、销售各环节协同发展。")
    assert not {t for _, t in got} & {"研发", "制造"}


def test_plain_list_keeps_its_items():
    got = _drives("冰雪旅游带动餐饮、住宿、交通等相关产业发展。")
    assert ("冰雪旅游", "餐饮") in got
