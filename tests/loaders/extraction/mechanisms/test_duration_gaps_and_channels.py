"""How long or in what order a body acts may stand between it and its verb (``甲局连续三年推出
X``, ``乙局先后建立Y``), and a broadcaster's channel (``X电视台新闻频道``) is a body that
carries out the programmes it puts out; a channel where something is shown does not act."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_duration_between_the_body_and_its_verb():
    assert ("岚州市商务局", "特别节目《山河岁月》") in _impl(
        "岚州市商务局连续三年推出特别节目《山河岁月》。")


def test_a_channel_puts_out_its_programme():
    assert ("岚州电视台新闻频道", "纪录片《山河岁月》") in _impl(
        "岚州电视台新闻频道推出纪录片《山河岁月》。")


def test_a_channel_where_something_is_shown_does_not_act():
    assert not _impl("纪录片将在岚州电视台新闻频道播出。")
