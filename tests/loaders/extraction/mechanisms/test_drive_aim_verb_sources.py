"""A verb of aim or of a meeting's business left alone before a cue (力争撬动X, 研究部署推动X:
``drive_bare_sources``) names no driving thing, whatever tag the segmenter gives it. A thing
before the cue still drives."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_strive_drives_nothing():
    got = _drives("岚州转型基金主要投向特色农业，力争撬动民间资本投入20亿元。")
    assert not any(s == "力争" for s, _ in got), got


def test_meeting_business_drives_nothing():
    got = _drives("常务会议召开，研究部署推动老旧厂房改造等工作。")
    assert not any(s == "研究部署" for s, _ in got), got


def test_thing_still_drives():
    assert ("数字经济", "产业升级") in _drives("岚州数字经济带动全市产业升级。")
