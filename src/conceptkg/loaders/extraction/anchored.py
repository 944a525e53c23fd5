"""Whole-document pattern scans that try only the positions where a match can start.

A pattern that opens with a long list of names (places before 驻 …) is tried by ``finditer`` at
every character of a document; when every match holds a word (an anchor) at most ``before``
characters after its start, :func:`anchored_finditer` tries the positions before each anchor
only, and finds the same matches in the same order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["anchored_finditer", "occurrences"]


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
