"""在A带动下，B快速增长 / 受A带动，B增加值同比增长8%: what is driven is B, the whole phrase before
the predicate that closes the clause (a ``state_predicates`` word, with the adverbs before it
and only figures after it: 明显上涨, 同比增长8%); a word that only starts with a state word
(增加值) is part of B. A list closed by 等 and a head (A、B等配套产业) is driven as its head.
"""

from __future__ import annotations

import re

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["closing_state", "listed_head", "nominal_verbs", "time_clause"]

#: the tags of the words that may follow the closing predicate (figures, aspect, punctuation)
_AFTER = ("m", "q", "mq", "x", "eng", "ul", "uj")
#: the tags of the words of manner before it (持续/快速/明显/加速)
_HOW = ("d", "ad", "vd", "a")


def time_clause(ctx: SentenceContext, toks: list[Tok]) -> bool:
    """The clause ``toks`` only says when (今年以来, 前三季度, 7月份, 一季度): times, figures,
    localizers and lead words, a word or two of time (ending like one: 月份), nothing else."""
    ends = (*ctx.args._time_end_chars, "份", "度")
    return bool(toks) and sum(len(t.text) for t in toks if t.tag != "x") <= 10 and all(
        t.tag in ("t", "x", "m", "q", "mq", "f") or ctx.args.is_time(t)
        or ctx.args._lead_end([t], 0, 1, light=False) == 1
        or (t.tag in ("n", "i", "l") and len(t.text) <= 4 and t.text.endswith(ends))
        for t in toks)


def closing_state(ctx: SentenceContext, rest: list[Tok], states: re.Pattern[str],
                  how_verbs: frozenset[str]) -> int | None:
    """Index in ``rest`` of the first word of the predicate that closes the clause when it says
    how the thing before it fares (its adverbs and ``how_verbs``, 加速/加快, included); None
    when no state word closes it or nothing comes before it."""
    ends = {t.end: j for j, t in enumerate(rest)}
    for j in range(len(rest) - 1, 0, -1):
        st = states.match(ctx.sim, rest[j].start)
        last = ends.get(st.end()) if st is not None else None
        if last is None or not all(t.tag in _AFTER or t.text in "%％" for t in rest[last + 1:]):
            continue
        while j > 1 and (rest[j - 1].tag in _HOW or rest[j - 1].text in how_verbs
                         or rest[j - 1].text == "同比" or states.fullmatch(rest[j - 1].text)):
            j -= 1  # (同比增长超过20%: the whole predicate)
        return j
    return None


def listed_head(ctx: SentenceContext, words: list[Tok], etc: frozenset[str]
                ) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """A、B等H (a list of two or more before 等, then a head): the span of H, the whole list an
    alias; else None."""
    k = max((j for j, t in enumerate(words) if t.text in etc), default=None)
    if k is None or k + 1 >= len(words) or not any(t.text == "、" for t in words[:k]) or \
            words[-1].end - words[k + 1].start < 2:
        return None
    return (words[k + 1].start, words[-1].end), (ctx.sim[words[0].start:words[-1].end],)


def nominal_verbs(ctx: SentenceContext, rest: list[Tok], k: int,
                  cues: frozenset[str]) -> list[Tok]:
    """``rest`` with each verb before ``k`` that follows a noun (and is no light or cue verb)
    tagged as a verbal noun: before a closing state, 营业收入 is a noun phrase."""
    out = list(rest)
    for j in range(1, k):
        t = out[j]
        if t.verb and out[j - 1].noun and t.text not in ctx.args.light and t.text not in cues:
            out[j] = t._replace(tag="vn")
    return out
