"""Sentence splitting with character offsets into the normalized text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..zh import shipped

__all__ = ["Sentence", "split_sentences"]

# a sentence ends at 。！？；!? (with closing quotes/brackets that follow) or at a line break
_END = re.compile(r"[。！？!?；;]+[”」』’\"）)]*|\n")
# the number of an article that opens a line (第三条 …): no part of the line's first sentence
_ARTICLE = shipped().regex("article_number")
MAX_SENTENCE = 400
HARD_MAX_SENTENCE = 4 * MAX_SENTENCE


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int  # index of the line (block) the sentence is in
    heading: bool = False  # a line of its own without closing punctuation


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a too long stretch at commas so that evidence stays readable."""
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    out, s = [], start
    for m in re.finditer(r"[，,、]", text[start:end]):
        cut = start + m.end()
        if cut - s >= MAX_SENTENCE // 2:
            out.append((s, cut))
            s = cut
    out.append((s, end))
    # a stretch without any punctuation (a dump, a run of characters) is cut blindly, so that
    # the work per sentence, and so per character, stays bounded
    bounded = []
    for a, b in out:
        if b - a <= HARD_MAX_SENTENCE:
            bounded.append((a, b))
        else:
            bounded.extend((k, min(k + MAX_SENTENCE, b)) for k in range(a, b, MAX_SENTENCE))
    return bounded


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; ``text[s.start:s.end] == s.text`` for each one."""
    sentences: list[Sentence] = []
    para, pos = 0, 0
    for m in _END.finditer(text + "\n"):
        end = min(m.end(), len(text))
        is_break = m.group() == "\n"
        chunk_end = m.start() if is_break else end
        s, e = pos, chunk_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        line_start = s == 0 or text[s - 1] == "\n"
        article = _ARTICLE.match(text[s:min(e, s + 12)]) if line_start else None
        if article is not None and article.end() < e - s:
            s += article.end()  # 第三条 市X局要…: the sentence starts after the number
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            heading = is_break and line_start
            for a, b in _spans(text, s, e):
                sentences.append(Sentence(text[a:b], a, b, para, heading))
        pos = end if not is_break else min(m.end(), len(text))
        if is_break:
            para += 1
    return sentences
