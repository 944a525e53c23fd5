"""以实际行动促进X: "with deeds" says how something is done (``manner_nouns``); 实际行动 is no
programme that drives X. A named campaign after 以 still drives."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_deeds_drive_nothing():
    assert not _drives("甲国以实际行动促进不同文明交流。乙市以具体行动推动丙丁发展。")


def test_a_named_campaign_after_yi_still_drives():
    got = _drives("以“甲乙”专项行动推动乡村振兴。")
    assert ("甲乙专项行动", "DRIVES", "乡村振兴") in got
