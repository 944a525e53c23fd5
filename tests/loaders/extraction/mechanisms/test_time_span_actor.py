"""Round m101 on texts of our own: a span of time between a body (a place too) and its verb
(``甲省自2031年起开展X``, ``乙县从去年开始推行Y``: ``IMPLEMENTS.time_span_opens`` /
``time_span_closes``) leaves the body the actor; 从 before a body (``从丙集团引进X``) opens no
span of time."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_year_span_keeps_the_place_acting():
    assert ("岑江省", "数链强县试点") in _impl("岑江省自2031年起开展“数链强县”试点。")


def test_a_span_since_last_year_keeps_the_place_acting():
    assert ("岑江省", "数链强县试点") in _impl("岑江省从去年开始推行“数链强县”试点。")
    assert ("岑江省", "数链强县试点") in _impl("岑江省自去年以来实施“数链强县”试点。")


def test_from_a_body_is_no_span_of_time():
    assert ("岑江省", "数链强县试点") not in _impl("岑江省从丙丁集团引进“数链强县”试点。")
