"""Lists of activities under a head that only counts or groups them (``会期将举办A论坛、B交流会
等12场专题活动``, ``节会期间开展“A”“B”等系列专场活动``): the head (a count with its measure
word, or ``programme_activity_qualifiers`` such as 系列, 专题, 专场, and a noun of
``programme_activity_nouns``) names no whole of its own. When the clause before the list names
the period of an event (``event_period_words``: ``会期``, ``X期间``), the items are parts of that
event: the event named by the words before 期间 (taken up from its earlier full name when short,
``直播节期间``), or for a bare ``会期`` the nearest earlier event whose name closes with 会. With no
such event the items stay nodes and no edge is drawn. Used where ``extract.py`` adds the edges.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ...zh import shipped
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..discourse.earlier_initiative import _name_ending, earlier_initiative
from ..rules.common import Found

__all__ = ["ActivityProgrammes", "earlier_event"]

_COUNT = shipped().regex("counted_times")
_TRIES = 12
_CLAUSE_STOPS = "。！？；\n"


class ActivityProgrammes:
    """Tells a programme-of-activities head and finds the event that owns its items."""

    def __init__(self, lex: Lexicon) -> None:
        self.nouns = tuple(lex.words("programme_activity_nouns"))
        self.qualifiers = tuple(sorted(lex.words("programme_activity_qualifiers"), key=len,
                                       reverse=True))
        self.periods = tuple(sorted(lex.words("event_period_words"), key=len, reverse=True))
        self.events = tuple(lex.list("event_heads"))

    def generic(self, name: str) -> bool:
        """``name`` is an optional count, qualifiers only, and a noun of activities, with at
        least one count or qualifier (活动 alone is left to the other checks)."""
        noun = next((n for n in self.nouns if name.endswith(n)), None)
        if noun is None:
            return False
        rest = name[:-len(noun)]
        m = _COUNT.match(rest)
        rest = rest[m.end():] if m else rest
        qualified = m is not None
        while rest:
            q = next((q for q in self.qualifiers if rest.startswith(q)), None)
            if q is None:
                return False
            rest, qualified = rest[len(q):], True
        return qualified

    def owner(self, ctx: SentenceContext, ss: int, f: Found) -> Ent | None:
        """The event whose period the clause before the list names, else None."""
        lo = max(ss, max(ctx.sim.rfind(c, 0, f.target.start) for c in _CLAUSE_STOPS) + 1)
        text = ctx.sim[lo:f.target.start]
        for w in self.periods:
            p = text.rfind(w)
            if p < 0:
                continue
            at = lo + p
            # (会期: the meeting itself; X期间: the event X names)
            ent = self._named_before(ctx, at) or self._earlier_meeting(ctx, at, w)
            if ent is not None:
                return ent
        return None

    def _named_before(self, ctx: SentenceContext, at: int) -> Ent | None:
        """The event named by the words right before ``at`` (直播节期间), its earlier full name
        when they are short."""
        toks = ctx.args.tokens(max(0, at - 24), at)
        if not toks or toks[-1].end != at or not toks[-1].text.endswith(self.events):
            return None
        s = toks[-1].start
        return earlier_event(ctx, s, at, "includes_programme") or \
            _name_ending(ctx, s, at, "includes_programme")

    def _earlier_meeting(self, ctx: SentenceContext, at: int, word: str) -> Ent | None:
        """For a bare 会期: the nearest earlier event whose name closes with 会."""
        if not word.startswith("会"):
            return None
        p = at
        for _ in range(_TRIES):
            p = ctx.sim.rfind("会", 0, p)
            if p <= 0:
                return None
            ent = _name_ending(ctx, p, p + 1, "includes_programme")
            if ent is not None and len(ent.name) >= 3 and ent.name not in self.events \
                    and ent.name.endswith(self.events):
                return ent
        return None


def earlier_event(ctx: SentenceContext, s: int, e: int, rule: str) -> Ent | None:
    """The earlier full name a short event name ``sim[s:e]`` takes up (直播节, 本次消费季: the
    nearest earlier Initiative that closes with the words after the determiner), else None."""
    ent = earlier_initiative(ctx, s, e, rule)
    if ent is not None:
        return ent
    det = next((d for d in ctx.lex.words("event_determiners") if ctx.sim.startswith(d, s)), "")
    short = ctx.sim[s + len(det):e]
    p = s
    for _ in range(_TRIES):
        p = ctx.sim.rfind(short, 0, p)
        if p <= 0:
            break
        ent = _name_ending(ctx, p, p + len(short), rule)
        if ent is not None and len(ent.name) > len(short):
            return ent
    return None
