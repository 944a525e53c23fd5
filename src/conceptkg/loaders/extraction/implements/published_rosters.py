"""``公布/发布 X名单``: a body that publishes the roster of a programme (the firms and projects a
pilot selected) carries out that programme. The roster nouns (``roster_nouns``) close the
object of a publishing verb (``roster_verbs``); the programme is the object without them (its
whole text an alias) when it ends with an initiative head word. A roster of anything
else (``十大考古新发现名单``), or of candidates (``拟推荐X名单``: ``roster_stops``), names no
programme.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["published_roster"]


def published_roster(ctx: SentenceContext, toks: list[Tok], q: int) -> Ent | None:
    """The programme whose roster the verb at ``q`` publishes, else None."""
    if toks[q].text not in ctx.lex.cues("IMPLEMENTS", "roster_verbs") or q + 1 >= len(toks):
        return None
    end = len(toks)
    while end > q + 1 and toks[end - 1].tag == "x":
        end -= 1
    nouns = tuple(ctx.lex.cues("IMPLEMENTS", "roster_nouns"))
    if end <= q + 2 or toks[end - 1].text not in nouns:
        return None
    s, e = toks[q + 1].start, toks[end - 2].end
    while s < e and ctx.sim[s] in "了":
        s += 1
    if not ctx.sim[s:e].endswith(ctx.args.init_heads) or \
            ctx.sim.startswith(tuple(ctx.lex.cues("IMPLEMENTS", "roster_stops")), s):
        return None  # (十大考古新发现名单: no programme's roster; 拟推荐项目名单: candidates)
    ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative",
                          extra_aliases=(ctx.sim[s:toks[end - 1].end],))
    return ent if ent is not None and ent.type == "Initiative" and len(ent.name) >= 4 else None
