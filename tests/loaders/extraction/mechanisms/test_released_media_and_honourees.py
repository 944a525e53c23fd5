"""What a body releases is no programme when it is footage (发布一段视频, 公布现场画面:
``non_initiative_tails``), a bulletin (发布X公报, not in title marks), or the people a title
honours (发布12名“最美X”: a count of people, ``INCLUDES.people_measures``, right before the
name). A quoted campaign or a counted set of measures stays a programme."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_footage_is_no_programme():
    assert not _implements("海州市文旅局发布一段视频。")


def test_a_bulletin_is_no_programme():
    assert not _implements("海州市海洋局发布海州湾生态监测公报。")


def test_honoured_people_are_no_programme():
    assert not _implements("海州市总工会发布12名“最美职工”。")


def test_a_quoted_campaign_still_is():
    got = _implements("海州市总工会发布“最美职工”评选活动。")
    assert any(t.endswith("评选活动") for _, _, t in got)


def test_counted_measures_still_are():
    got = _implements("海州市推出12项“惠企”措施。")
    assert any("惠企" in t for _, _, t in got)


def test_a_bulletin_in_title_marks_is_no_programme():
    assert not _implements("海州市海洋局发布《2025年海州湾生态监测公报》。")
