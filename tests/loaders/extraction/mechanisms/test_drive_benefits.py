"""``B(主要)得益于A、C以及D``: each item after a benefit verb (``DRIVES.benefit_verbs``) drives
the clause's subject B; a self-mention before B is no part of it. A phrase of degree before the
verb, a pronoun subject or a count of aspects after it gives nothing; a body is no source."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_each_listed_reason_drives_the_result():
    got = _drives("公司利润增长主要得益于海外订单回暖、储能业务放量以及新产线逐步投产。")
    assert {("海外订单回暖", "利润增长"), ("储能业务放量", "利润增长")} <= got, got


def test_single_reason():
    assert ("数字化改造", "利润增长") in _drives("利润增长得益于数字化改造。")


def test_degree_phrase_gives_nothing():
    got = _drives("景区人气攀升，很大程度上受益于景区与民宿的联动经营。")
    assert not any("程度" in d for _, d in got), got


def test_pronoun_subject_gives_nothing():
    assert not _drives("这一变化主要受益于渠道拓展。")


def test_count_of_aspects_gives_nothing():
    assert not _drives("利润增长主要受益于三个方面：一是成本下降，二是渠道拓展。")


def test_body_is_no_source():
    got = _drives("岚州产业发展得益于恒拓集团有限公司。")
    assert not any("恒拓" in s for s, _ in got), got
