"""``X出台推动B的政策措施``: after a verb of coming into force, a cue whose object qualifies
measures closing the clause (``DRIVES.purpose_heads``) names what the measures are for; what
issued them drives nothing. ``A出台助力B`` (no measures after) keeps A as the driver."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_issuer_of_measures_drives_nothing():
    got = _drives("市级层面近期出台推动山区民宿规范经营的配套措施。")
    assert not any("层面" in s for s, _ in got), got


def test_issued_thing_still_drives():
    assert ("新政", "楼市回暖") in _drives("新政出台助力楼市回暖。")
