"""运维 (operation and maintenance) is one noun (``noun_words``), not 运 and the verb 维: a
phrase ending in it may drive (数字化运维是B的支撑). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_maintenance_phrase_is_an_engine():
    got = _drives("智能运维正在成为提升风电场效益的重要支撑。")
    assert ("智能运维", "风电场效益") in got


def test_no_cue_no_edge():
    assert not _drives("智能运维团队今年扩充了人员。")
