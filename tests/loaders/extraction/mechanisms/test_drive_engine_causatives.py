"""希望让A成为B的引擎 (``engine_causatives``): the thing after a causative verb before the
copula is the engine, not whoever wishes or causes it. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_wish_and_causative_before_the_engine():
    got = _drives("我们希望让智慧物流真正成为推动乡村振兴的一股力量。")
    assert ("智慧物流", "乡村振兴") in got


def test_causative_shi():
    assert ("冷链园区", "区域发展") in _drives("这将使冷链园区成为带动区域发展的新引擎。")


def test_no_engine_noun_no_edge():
    assert not _drives("我们希望让智慧物流真正成为一种生活方式。")
