"""``汽车以旧换新61.2万辆，带动B``: a clause that is a noun phrase closed by a figure (a count or
an amount, digits in it) only says how much of the thing there was; the thing drives a
subjectless cue clause after it, like a clause that only names it. Inside such a phrase a set
phrase after the first word is a noun's (以旧换新 of 汽车以旧换新).
"""

from __future__ import annotations

from ..words.tokens import Tok

__all__ = ["counted_end"]

#: the tags of the words of a figure (61 . 2 万辆, 30 %)
_FIGURE = ("m", "mq", "q", "eng")
#: the tags of the first word of a counted noun phrase (a common noun, a short form, a name)
_OPENING = ("n", "nz", "j")


def counted_end(toks: list[Tok], a: int, n: int) -> int | None:
    """Index where the closing figure of ``toks[a:n]`` starts, when the words end with one that
    holds a digit and at least two words come before it, the first a common noun; else None."""
    k = n
    while k > a and (toks[k - 1].tag in _FIGURE or toks[k - 1].text in (".", "%", "％")):
        k -= 1
    if k == n or k - a < 2 or not any(ch.isdigit() for t in toks[k:n] for ch in t.text) or \
            toks[a].tag not in _OPENING:
        return None  # (新建/ns X 600个: a task, whatever the tag of its verb)
    return k
