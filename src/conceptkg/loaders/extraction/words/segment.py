"""Word segmentation: the words jieba's ``lcut(text, HMM=False)`` gives, found in one pass.

jieba finds the most probable path through a sentence in three passes over every block of
Chinese text: a dict of all the words that start at each position (``get_DAG``), the best path
from each position to the end (``calc``, a generator per position), and the words of that path.
:func:`segment` does the first two together, from the end of the block to its start, with one
dictionary lookup per candidate word, and so costs about half as much. It reads jieba's own
dictionary (``FREQ``, ``total``, words added with ``jieba.add_word`` included) and computes
every score with the same floating-point operations in the same order, so the words are the
same; the tests compare the two on text of every kind (Chinese, Latin letters, digits, spaces,
punctuation).
"""

from __future__ import annotations

import re
from math import log
from typing import Any, Final

__all__ = ["segment"]

#: jieba's blocks: runs of Chinese characters, letters, digits and ``+#&._%-`` (re_han_default)
_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
#: jieba's separators between other characters (re_skip_default)
_SKIP = re.compile("(\r\n|\\s)")
#: single letters and digits that jieba joins into one word (re_eng)
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
#: a fragment not looked up yet (:func:`_score`)
_UNSEEN: Final = object()


def segment(text: str, dt: Any, scores: dict[str, float | None] | None = None,
            blocks: dict[str, list[str]] | None = None) -> list[str]:
    """The words of ``text`` as ``dt.lcut(text, HMM=False)`` gives them (``dt``: an initialized
    ``jieba.Tokenizer``).

    ``scores`` keeps the score of each fragment looked up (see :func:`_score`) from one call to
    the next, and ``blocks`` the words of each block of text segmented (the words of a block
    depend on its text alone: a clause between two commas is segmented once however many
    spans around it are); their owner must empty both when the dictionary changes
    (:func:`.tokens.tokenize` does). Without them every fragment is read from the
    dictionary."""
    freq = dt.FREQ
    logtotal = log(dt.total)
    if scores is None:
        scores = {}
    out: list[str] = []
    for blk in _BLOCK.split(text):
        if not blk:
            continue
        if _BLOCK.match(blk):
            if blocks is None:
                _best_path(blk, scores, freq, logtotal, out)
                continue
            words = blocks.get(blk)
            if words is None:
                words = blocks[blk] = []
                _best_path(blk, scores, freq, logtotal, words)
            out += words
            continue
        for x in _SKIP.split(blk):
            if _SKIP.match(x):
                out.append(x)
            else:
                out.extend(x)
    return out


def _score(frag: str, scores: dict[str, float | None], freq: dict[str, int],
           logtotal: float) -> float | None:
    """The score of ``frag`` as a word, ``log(freq) - log(total)`` (below 0); 0.0 for a prefix of
    dictionary words that is no word itself (frequency 0); None for neither. Kept in
    ``scores``: a smaller table than the dictionary, and one logarithm per fragment."""
    f = freq.get(frag)
    score = scores[frag] = None if f is None else (log(f) - logtotal if f else 0.0)
    return score


def _best_path(blk: str, scores: dict[str, float | None], freq: dict[str, int],
               logtotal: float, out: list[str]) -> None:
    """Append the words of the most probable path through ``blk`` (ties: the longer word, as
    jieba's ``max`` over ``(score, end)``), single letters and digits joined."""
    n = len(blk)
    score = [0.0] * (n + 1)
    end = list(range(n + 1))  # the last index of the word that starts at each position
    get = scores.get
    fget = freq.get
    for k in range(n - 1, -1, -1):
        best = None
        i = k
        frag = blk[k]
        w = get(frag, _UNSEEN)
        if w is _UNSEEN:  # (what _score does, without a call per fragment)
            f = fget(frag)
            w = scores[frag] = None if f is None else (log(f) - logtotal if f else 0.0)
        while w is not None:  # every prefix of a dictionary word is in FREQ (with 0)
            if w:
                s = w + score[i + 1]
                if best is None or s >= best:
                    best, end[k] = s, i
            i += 1
            if i >= n:
                break
            frag = blk[k:i + 1]
            w = get(frag, _UNSEEN)
            if w is _UNSEEN:
                f = fget(frag)
                w = scores[frag] = None if f is None else (log(f) - logtotal if f else 0.0)
        if best is None:  # no word starts here: the character alone (frequency 1, log 0)
            best = 0.0 - logtotal + score[k + 1]
            end[k] = k
        score[k] = best
    x, buf = 0, ""
    while x < n:
        y = end[x] + 1
        word = blk[x:y]
        if y - x == 1 and word in _ALNUM:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
