"""Word classes from jieba's dictionary, kept small: the frequent verbs and function words
(they end an organisation name on its left: 习近平来到湖南第一师范学院) and the frequent common
nouns (航空公司, 律师事务所 are kinds of organisation, not names).

The sets are read once per process from the ``dict.txt`` shipped with jieba (word, frequency,
part of speech; see :mod:`.dictionary`); only a few tens of thousands of short words are kept,
so no segmenter and no part-of-speech model is loaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .dictionary import dictionary_tables

__all__ = ["WordClasses", "word_classes"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WordClasses:
    stop: frozenset[str]
    common: frozenset[str]
    words: frozenset[str]  # both
    modifiers: frozenset[str] = frozenset()  # adjectives and attributives: 高端, 先进, 新型

    def stop_ending_at(self, text: str, j: int, start: int) -> int:
        """Length of a stop word that ends at ``j`` and starts at or after ``start`` (0: none)."""
        for k in (4, 3, 2):
            if j - k >= start and text[j - k:j] in self.stop:
                return k
        return 0

    def is_ordinary(self, text: str, max_words: int = 3) -> bool:
        """``text`` is made of at most ``max_words`` dictionary words (common or stop words)."""
        words = self.words
        n = len(text)
        best = [max_words + 1] * (n + 1)
        best[0] = 0
        for i in range(n):
            if best[i] > max_words:
                continue
            for k in (2, 3, 4):
                if i + k <= n and text[i:i + k] in words:
                    best[i + k] = min(best[i + k], best[i] + 1)
        return n > 0 and best[n] <= max_words

    def is_proper_name(self, text: str) -> bool:
        """A brand or company name rather than a common noun (恒拓高科 yes, 超市 no)."""
        return bool(text) and "和" not in text and not self.is_ordinary(text)


_CACHE: list[WordClasses] = []


def word_classes() -> WordClasses:
    """The word classes, read once per process (empty sets without jieba)."""
    if not _CACHE:
        t = dictionary_tables()
        _CACHE.append(WordClasses(frozenset(t.stop), frozenset(t.common),
                                  frozenset(t.stop | t.common), frozenset(t.modifiers)))
    return _CACHE[0]
