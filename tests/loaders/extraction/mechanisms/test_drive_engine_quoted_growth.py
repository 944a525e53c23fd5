"""The engine-noun frame (``A是B的引擎``) with an engine noun in quotes (A是B的“助推器”), with a
verb of growing into as its copula (A正逐步成长为B的新引擎: ``engine_copulas``, the segmenter
splits 为 off), and with a word of change closing B (A是B持续扩大的重要支撑: B, the whole an
alias). A quoted noun that is no engine noun, and a body as the subject, give no edge."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_quoted_engine_noun():
    assert ("普惠金融", "县域特色产业壮大") in _drives("普惠金融是县域特色产业壮大的“助推器”。")


def test_growing_into_engine():
    got = _drives("跨境电商正逐步成长为县域外贸发展的新引擎。")
    assert any(d == "县域外贸发展" for _, d in got), got


def test_change_word_closes_target():
    got = _drives("冷链物流体系是生鲜电商规模持续扩大的重要支撑。")
    assert any(d == "生鲜电商规模" for _, d in got), got


def test_quoted_noun_that_is_no_engine():
    assert not _drives("普惠金融是县域特色产业壮大的“试金石”。")


def test_body_is_no_engine():
    assert not _drives("恒拓集团是县域特色产业壮大的“助推器”。")
    assert not _drives("恒拓集团正逐步成长为县域外贸发展的新引擎。")
