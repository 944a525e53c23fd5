"""After a verb of conducting (开展, 启动), an object closed by a noun of a survey or a study
campaign (探测, 科学考察, 学习教育, 主题教育: ``IMPLEMENTS.campaign_nouns``, also when the
segmenter splits it in two words) is a programme the acting body carries out. A bare or
generic object (开展教育, 开展安全教育) stays none."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_survey_is_carried_out():
    got = _implements("海州市地质局开展滨海冰川航空探测。")
    assert any(t.endswith("冰川航空探测") for _, _, t in got)


def test_a_study_campaign_of_two_words():
    got = _implements("海州市开展党史学习教育。")
    assert ("海州市", "IMPLEMENTS", "党史学习教育") in got


def test_generic_education_is_none():
    assert not _implements("海州市开展安全教育。")
    assert not _implements("海州市开展教育。")
