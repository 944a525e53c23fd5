"""A cue verb inside a body's name (投资促进局, 推进办: ``DRIVES.name_heads`` right after the cue)
is no predicate: nothing before the name drives what follows it. A cue before other words still
drives."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_promotion_bureau_is_no_cue():
    assert not _drives("岚州氢能工作专班由市发改委牵头，市财政局、投资促进局协同。")


def test_promotion_office_is_no_cue():
    assert not _drives("县招商促进办牵头，县商务局协助。")


def test_promotion_agency_is_no_cue():
    assert not _drives("市投资促进署牵头，市商务局协助。")


def test_cue_before_thing_still_drives():
    assert ("数字经济", "产业升级") in _drives("岚州数字经济带动全市产业升级。")
