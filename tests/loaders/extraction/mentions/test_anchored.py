"""Anchored scans find what ``finditer`` finds, and a copy of a lexicon with another list gets
that list's set."""

import dataclasses
import re

from conceptkg.loaders.extraction.mentions.anchored import anchored_finditer, occurrences
from conceptkg.loaders.lexicon import load_lexicon

_MISSION = re.compile("(?:岚州|恒国|我国|我|[\u4e00-\u9fff]国)?驻[\u4e00-\u9fff、]{1,30}?"
                      "(?:大使馆|使馆|代表处)")


def _same(rx: re.Pattern[str], text: str, anchor: str, before: int) -> None:
    want = [(m.span(), m.group()) for m in rx.finditer(text)]
    got = [(m.span(), m.group()) for m in
           anchored_finditer(rx, text, occurrences(text, anchor), before)]
    assert got == want


def test_anchored_scan_finds_the_matches_of_finditer():
    for text in ("恒国驻岚州大使馆举办招待会，我驻澜江代表处出席。",
                 "驻驻岚州、澜江等国使馆", "驻国驻岚州使馆", "岚州大使馆", "",
                 "恒国驻岚州大使馆恒国驻澜江大使馆"):
        _same(_MISSION, text, "驻", 2)


def test_occurrences_overlap():
    assert list(occurrences("驻驻驻", "驻驻")) == [0, 1]
    assert list(occurrences("岚州", "驻")) == []


def test_a_lexicon_copy_with_other_places_gets_their_set():
    lex = load_lexicon()
    base = lex.wordset("places")
    assert base == frozenset(lex.list("places"))
    lists = dict(lex.lists)
    lists["places"] = [*lex.list("places"), "岚州"]
    copy = dataclasses.replace(lex, lists=lists)
    assert "岚州" in copy.wordset("places")
    assert "岚州" not in lex.wordset("places") or "岚州" in lex.list("places")
