"""A county's or a city's media centre and its ageing-affairs committee are government bodies
(gov_dept_words: 融媒体, 老龄工作)."""

from tests.loaders.extraction_helpers import extract


def _typed(text: str) -> dict[str, str]:
    return {n.name: n.type for n in extract(text).nodes()}


def test_a_media_centre_or_an_ageing_committee_is_a_body():
    got = _typed("县融媒体中心开设“特产看丙县”专栏，及时宣传推广经验。")
    assert got.get("县融媒体中心") == "Organization"
    got = _typed("市老龄工作委员会负责统筹协调养老服务工作。")
    assert got.get("市老龄工作委员会") == "Organization"


def test_the_words_alone_are_no_body():
    got = _typed("融媒体发展迅速，老龄工作任务繁重。")
    assert "Organization" not in got.values()
