"""The thing a clause of figures reports on, read as the driver of the subjectless cue clause
after it (``甲省购车补贴已兑付资金3亿元，拉动汽车销售20亿元``: the subsidy drives
汽车销售): a clause
that opens with a noun phrase (a place and a time before it left out), goes on with what that
thing did or reached (an adverb, a verb) and closes with an amount says what the thing did, and
the cue clause says what that brought. An actor (a body, a place, people) acts and drives
nothing: ``_source`` refuses it.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["figure_topic"]

#: the tags of the words a clause's subject may hold (nouns, names, attributes)
_NOMINAL = ("n", "nz", "vn", "j", "l", "b", "an", "nt", "nr", "ns")


def _has_figure(words: list[Tok]) -> bool:
    return words[-1].tag in ("m", "mq") and any(
        ch.isdigit() for t in words[-2:] for ch in t.text)


def figure_topic(ctx: SentenceContext, words: list[Tok]) -> tuple[int, int] | None:
    """The span of the noun phrase that opens ``words`` (the clause before a subjectless cue
    clause) when the clause closes with an amount, else None."""
    n = len(words)
    while n and words[n - 1].tag == "x":
        n -= 1
    if n < 3 or not _has_figure(words[:n]):
        return None
    a = next((j for j in (3, 2) if j < n and ctx.args.is_place(words[0].start, words[j - 1].end)),
             0)  # (甲省 split into its name and its level)
    while a < n and (words[a].tag in ("ns", "t") or words[a].text in ctx.args.parties
                     or ctx.args.is_time(words[a])
                     or ctx.args.is_place(words[a].start, words[a].end)):
        a += 1  # (甲省今年X, 我国X: where, when and whose, not what)
    k = a
    while k < n and words[k].tag in _NOMINAL and not ctx.args.is_verb(words[k]) and \
            words[k].text not in ctx.args.light:
        k += 1
    if k == a or k >= n or not (words[k].tag in ("d", "ad", "v") or ctx.args.is_verb(words[k])):
        return None  # (a clause that is all figures, or no predicate after the phrase)
    last = words[k - 1]
    if any(t.tag in ("m", "mq", "q") for t in words[a:k]) or last.end - words[a].start < 2 or (
            last.tag in ("vn", "an") and last.text not in ctx.args.nominal):
        return None  # (全国预计将…: a verb of estimate tagged as a noun closes no name)
    return words[a].start, words[k - 1].end
