"""A clause that only says when a thing came into use (``甲中心投运后，``, ``乙计划全面实施后，``,
``丙基地运营以来，``) names the topic of the clauses after it: a subjectless clause further on that
opens with a DRIVES cue (``…，将带动B``) continues it, the thing drives B. The verbs are
``DRIVES.event_predicates`` (and ``DRIVES.event_clause_verbs``), the closing words of time
``DRIVES.event_clause_ends`` (or, after a span of time, ``DRIVES.event_duration_ends``:
``丁条约签订65年来，``); adverbs of manner may stand before the verb (全面, 正式)."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["event_subject"]

_Span = tuple[int, int]


def event_subject(ctx: SentenceContext, toks: list[Tok], verbs: frozenset[str],
                  ends: frozenset[str]) -> _Span | None:
    """The span of the thing of ``toks`` read as ``X(全面)<event verb><time word>`` (X投运后),
    else None. X opens the clause (after lead words and a verb of speech) and is one phrase."""
    n = len(toks)
    while n and toks[n - 1].tag == "x":
        n -= 1
    v = n - 2
    spans = ctx.lex.cues("DRIVES", "event_duration_ends")
    if n >= 4 and toks[n - 1].text in spans and toks[v].tag == "m":
        while v > 0 and toks[v].tag == "m":
            v -= 1  # (A签订65年来: a span of time before the closing word)
    elif n < 3 or toks[n - 1].text not in ends:
        return None
    if toks[v].text not in verbs and not any(
            toks[v].text.endswith(w) and len(toks[v].text) - len(w) == 2 for w in verbs):
        return None  # (全面实施 is one word)
    while v > 0 and toks[v - 1].tag in ("d", "ad") and toks[v - 1].text not in ("已", "将"):
        v -= 1  # (全面实施后, 正式投运以来)
    k = max((j for j in range(v) if toks[j].text in ctx.args.speech), default=-1)
    words = toks[k + 1:v]
    i = ctx.args._lead_end(words, 0, len(words), light=False)
    words = words[i:]
    if not words or any(t.tag in ("p", "r", "m", "uj") or t.text in ctx.args.speech
                        for t in words):
        return None
    return words[0].start, words[-1].end
