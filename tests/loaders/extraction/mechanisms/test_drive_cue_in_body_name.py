"""A cue verb inside a body's name (投资促进局, 推进办: ``DRIVES.name_heads`` right after the cue)
is no predicate: nothing before the name drives what follows it. A cue before other words still
drives."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_promotion_bureau_is_no_cue():
    assert not _drives("岚州新材料产业链专班由市工信局牵头，市场监管局、投资促进局配合。")


def test_promotion_office_is_no_cue():
    assert not _drives("责任单位：岚州市商务局、市投资促进局）")


def test_cue_before_thing_still_drives():
    got = _drives("岚州数字经济带动全市产业升级。")
    assert got, got
