"""Entity resolution reads the lexicon the extraction loaded: no second copy per process."""

from __future__ import annotations

from conceptkg.curation.resolve import name_key
from conceptkg.loaders.lexicon import get_lexicon


def test_name_key_uses_the_lexicon_the_extraction_loaded() -> None:
    shipped = get_lexicon(())  # as the extraction (and a build's warm-up) loads it
    before = get_lexicon.cache_info().currsize
    name_key("国家卫生健康委员会")
    assert get_lexicon.cache_info().currsize == before
    assert get_lexicon(()) is shipped
