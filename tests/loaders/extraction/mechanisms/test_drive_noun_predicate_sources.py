"""DRIVES sources on sentences of our own: a four-character word the dictionary tags as an
idiom that is a noun and its verb (优势互补) is a topic that drives, while an idiom of manner
before the verb (因地制宜) says how and drives nothing."""

from tests.loaders.extraction_helpers import edges, extract


def _sources(text: str) -> set[str]:
    return {s for s, r, _t in edges(extract(text)) if r == "DRIVES"}


def test_a_noun_and_its_verb_drives():
    assert "优势互补" in _sources("实践表明，优势互补推动了两地产业协作。")


def test_an_idiom_of_manner_drives_nothing():
    assert not any("因地制宜" in s for s in _sources("各地因地制宜推动产业升级。"))
