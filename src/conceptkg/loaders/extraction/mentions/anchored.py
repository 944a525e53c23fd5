"""Whole-document pattern scans that try only the positions where a match can start.

A pattern that opens with a long list of names (places before 驻 …) is tried by ``finditer`` at
every character of a document; when every match holds a word (an anchor) at most ``before``
characters after its start, :func:`anchored_finditer` tries the positions before each anchor
only, and finds the same matches in the same order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...lexicon import trie_regex

__all__ = ["anchored_finditer", "any_word", "occurrences", "started_finditer"]


def occurrences(text: str, word: str) -> Iterator[int]:
    """The start of every occurrence of ``word`` in ``text`` (overlapping ones too), in order."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def anchored_finditer(rx: re.Pattern[str], text: str, anchors: Iterable[int], before: int
                      ) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text)``, given that ``rx`` matches no empty text and that
    every match starts at most ``before`` characters before one of ``anchors`` (ascending)."""
    nxt = 0  # (finditer goes on after the end of the last match)
    for a in anchors:
        p = max(nxt, a - before)
        while p <= a:
            m = rx.match(text, p)
            if m is None:
                p += 1
            else:
                yield m
                p = m.end()
        nxt = max(nxt, p)


def started_finditer(rx: re.Pattern[str], text: str, first: re.Pattern[str]
                     ) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text)``, given that ``rx`` matches no empty text and that
    every match starts with a character ``first`` (a character class) matches: ``rx`` is tried
    at those characters only (the classes of a long alternation are found faster than it)."""
    nxt = 0
    for c in first.finditer(text):
        p = c.start()
        if p >= nxt and (m := rx.match(text, p)) is not None:
            yield m
            nxt = m.end()


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose ``search(text, s, e)`` tells whether one of ``words`` occurs within
    ``text[s:e]``, as ``any(text.find(w, s, e) >= 0 for w in words)`` does (an empty word occurs
    everywhere), in one search."""
    words = list(words)
    return re.compile("") if "" in words else trie_regex(words)
