"""Bodies news prose names by a short form the suffix finder of :mod:`.organisations` cannot
see: a level (国家, 省, 市 …, or a place with its level) before the abbreviation of a standing
command or committee (``abbreviated_body_names``: 省防指 for the province's flood control
headquarters), and a state group's short name before a province and its trade (``branch_group_
prefixes`` + place + ``branch_trade_words``: 国网甲省电力, a grid company's provincial branch)."""

from __future__ import annotations

import functools
import re

from ...lexicon import Lexicon, trie_regex
from ..words.wordclass import word_classes
from .anchored import started_finditer
from .mention_types import CJK_RUN

__all__ = ["abbreviated_bodies"]

_NAME_CHAR = re.compile(r"[" + CJK_RUN + r"A-Za-z]")


@functools.lru_cache(maxsize=64)
def _regexes(places: frozenset[str], names: frozenset[str], groups: frozenset[str],
             trades: frozenset[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The level and branch patterns (made once per set of words: documents share them)."""
    place = trie_regex(places).pattern
    level = None
    if names:  # (国家|省|市|县|区|甲省|甲市) + 防指
        level = re.compile("(?:国家|(?:" + place + r")(?:省|市|县|区|州|自治区)?|省|市|县|区|州)(?:"
                           + trie_regex(names).pattern + ")")
    branch = None
    if groups and trades:  # 国网 + 甲省 + 电力
        branch = re.compile("(?:" + trie_regex(groups).pattern + ")(?:" + place
                            + r")(?:省|市)?(?:" + trie_regex(trades).pattern + ")")
    return level, branch


@functools.lru_cache(maxsize=64)
def _starts(places: frozenset[str], groups: frozenset[str]) -> tuple[re.Pattern[str],
                                                                      re.Pattern[str]]:
    """The characters a match of each pattern of :func:`_regexes` starts with: a place's first,
    a level or 国 (国家); a group prefix's first."""
    return (re.compile("[" + "".join(sorted({re.escape(p[0]) for p in places if p}
                                            | set("省市县区州国"))) + "]"),
            re.compile("[" + "".join(sorted({re.escape(g[0]) for g in groups if g})) + "]"
                       if any(groups) else "(?!)"))


def abbreviated_bodies(sim: str, lex: Lexicon, stops: frozenset[str]
                       ) -> list[tuple[int, int, str]]:
    """(start, end, name) of the short-form bodies of ``sim``. A bare level (省防指) must start
    a word: after a mark or a verb of ``stops`` (启动省防指…), not inside a longer word."""
    names = lex.wordset("abbreviated_body_names")
    groups = lex.wordset("branch_group_prefixes")
    trades = lex.wordset("branch_trade_words")
    if not names and not (groups and trades):
        return []
    level, branch = _regexes(lex.wordset("places"), names, groups, trades)
    words = word_classes().words
    out: list[tuple[int, int, str]] = []
    if level is not None and trie_regex(names).search(sim) is None:
        level = None  # (every match ends with one of the names: none in the text, none to find)
    for rx, first in zip((level, branch), _starts(lex.wordset("places"), groups), strict=True):
        if rx is None:
            continue
        for m in started_finditer(rx, sim, first):  # (the same matches as rx.finditer)
            s, e = m.span()
            if any(sim[e - 1:e + k] in words for k in (1, 2, 3)):
                continue  # (防指挥…, 防总结: the abbreviation's last character opens a word)
            if rx is level and len(m.group()) <= 3 and s > 0 and _NAME_CHAR.match(sim[s - 1]) \
                    and sim[max(0, s - 2):s] not in stops:
                continue  # (城市防指: 市 is no level here)
            out.append((s, e, m.group()))
    return out
