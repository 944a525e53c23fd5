"""``由A带动的B``: a relative clause of driving with its agent after 由 names what drives the
thing it qualifies (由冰雪运动带动的滑雪装备销售持续回暖: 冰雪运动 drives 滑雪装备销售).
The cue words are the DRIVES ``verbs``; the agent words ``relative_agents`` of the language
data."""

from __future__ import annotations

from typing import Any

from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS

__all__ = ["relative_agent_drives"]

RULE = "cue_drives_relative"


def relative_agent_drives(comp: Any, ctx: SentenceContext, toks: list[Tok],
                          out: list[Found]) -> None:
    """Add the DRIVES edge of a ``由A<cue>的B`` phrase in the clause ``toks`` (see the
    module); ``comp`` is the DRIVES component (its ``verbs``, ``_source`` and ``_emit``)."""
    agents = ctx.lex.wordset("relative_agents")
    n = len(toks)
    for p, t in enumerate(toks):
        if t.text not in agents:
            continue
        q = next((k for k in range(p + 2, n - 2) if toks[k].text in comp.verbs
                  and toks[k + 1].text == "的"), None)
        if q is None or any(x.tag == "x" for x in toks[p + 1:q]):
            continue
        src = comp._source(ctx, (toks[p + 1].start, toks[q - 1].end), RULE)
        if src is None:
            continue
        if any(x.text == "、" for x in toks[q + 2:]):  # 由A带动的B、C等H: H (the list's head)
            comp._emit(ctx, src, comp._targets(ctx, toks, q + 2, RULE), RULE, out)
            continue
        rest = toks[q + 2:]
        k = next((j for j, x in enumerate(rest) if j and (
            x.tag in ("d", "ad", "vd", "p", "x") or x.text in ctx.args.lead
            or (x.verb and len(x.text) > 1 and x.text not in ctx.args.nominal)
            or comp.states.match(ctx.sim, x.start))), len(rest))
        span = ctx.args.subject(rest, k) if k else None
        dst = ctx.args.entity(*span, RULE) if span is not None else None
        if dst is not None and dst.type not in ACTORS:
            comp._emit(ctx, src, [dst], RULE, out)
