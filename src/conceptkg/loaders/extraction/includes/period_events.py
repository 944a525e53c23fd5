"""Events held during another event (``论坛期间同时举办甲乙大赛和丙丁对接会``,
``会期还将举行A论坛``): a clause that opens with the period of an event (``event_period_words``
after the event's words, or a bare 会期) and holds events (``event_hold_verbs``) names parts of
that event: each object that closes with one of ``event_heads`` is included in the event,
resolved as in :mod:`.activity_programmes` (the earlier full name of 大会, 直播节; the nearest
earlier meeting for 会期). Objects that are no events (签约, 发布数据) give no edge.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.anchored import any_word
from ..rules.common import Found
from .activity_programmes import ActivityProgrammes

__all__ = ["PeriodEvents"]

_RULE = "period_events"


class PeriodEvents:
    """Events held during an event named before (see the module)."""

    name = _RULE
    relation = "INCLUDES"
    independent = True  # (its edges add to the rules', superseding none)

    def __init__(self, lex: Lexicon) -> None:
        self.programmes = ActivityProgrammes(lex)
        self.periods = tuple(lex.words("event_period_words"))
        self._any_period = any_word(self.periods)
        self.hold = frozenset(lex.list("event_hold_verbs"))
        self.events = tuple(lex.list("event_heads"))

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        sim = ctx.sim
        if not self._any_period.search(sim, ctx.start, ctx.end):
            return []
        out: list[Found] = []
        for cl in ctx.clauses:
            if not self._any_period.search(sim, *cl):
                continue  # (no word of a period: the clause is not segmented for one)
            toks = ctx.tokens(cl)
            p = next((k for k, t in enumerate(toks[:6]) if t.text in self.periods), None)
            if p is None:
                continue
            v = next((k for k in range(p + 1, min(len(toks), p + 5))
                      if toks[k].text in self.hold), None)
            if v is None or any(t.tag in ("x", "p") for t in toks[p + 1:v]):
                continue
            owner = self.programmes._named_before(ctx, toks[p].start) or \
                self.programmes._earlier_meeting(ctx, toks[p].start, toks[p].text)
            if owner is None:
                continue
            for s, e, _task in ctx.args.objects(toks, v + 1, conj=True, etc_head=False):
                if not sim[s:e].endswith(self.events):
                    continue
                ent = ctx.args.entity(s, e, _RULE, hint="Initiative")
                if ent is not None and ent.name != owner.name and \
                        ctx.claim("INCLUDES", owner, ent):
                    out.append(Found(owner, "INCLUDES", ent, _RULE))
        return out
