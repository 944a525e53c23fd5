"""``A创造新B``: 新 joined to the created thing is part of its name (新需求, a name of its own);
``A创造新的B`` says how new it is, and the name is B."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "DRIVES"}


def test_new_joined_to_the_name_stays():
    assert ("新场景", "新需求") in _drives("岚州以新场景创造新需求。")


def test_new_before_de_is_no_part_of_the_name():
    assert ("夜间市集", "游客需求") in _drives("夜间市集可以创造新的游客需求。")
