"""只有推进A，才能促进B: the thing the only condition sets about drives what its result clause
names (extraction/drives/conditions.py); an actor, an instrument or a result clause with a
subject of its own gives nothing."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_the_only_condition_drives_the_result():
    got = _drives("只有不断推进制度创新，才能促进产业升级。")
    assert ("制度创新", "产业升级") in got
    got = _drives("唯有加快发展冰雪经济，才能带动县域消费增长。")
    assert any(s == "冰雪经济" and d.startswith("县域消费") for s, d in got)


def test_no_actor_no_instrument_and_no_result_with_its_own_subject():
    assert not _drives("只有各方共同努力，才能推动产业升级。")
    got = _drives("只有坚持以数字技术推动转型，才能促进产业升级。")
    assert not any(d == "产业升级" for _, d in got)
    assert not _drives("只有推进制度创新，溪宁市才能促进产业升级。")
