"""Two-character place names learned from a document (X市 + a government word): a run that
starts inside a word is no place (建设城市数据中心 names no city 设城 and no body)."""

from __future__ import annotations

from conceptkg.loaders.extraction.mentions.local_names import learn_places
from conceptkg.loaders.lexicon import get_lexicon
from tests.loaders.extraction_helpers import extract


def test_a_place_is_learned_from_its_level_and_a_government_word():
    assert "岚溪" in learn_places("岚溪市数据局建设开放平台。", get_lexicon())


def test_no_place_starts_inside_a_word():
    assert learn_places("集团公司将建设城市数据中心。", get_lexicon()) == []
    kg = extract("集团公司将建设城市数据中心。")
    assert not any(n.type == "Organization" and "城市数据中心" in n.name for n in kg.nodes())
