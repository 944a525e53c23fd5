"""The whole a list belongs to (its head), read for :class:`.cue_includes.CueIncludes`: vague,
counted, outside and figure heads give none, a determiner of the event at hand is left out. A
mixin of methods only: the state is :class:`.cue_includes.CueIncludes`'s (its word lists).
"""

from __future__ import annotations

import re
from typing import Any

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["ListHeads", "led_by_manner"]


class ListHeads:
    """``_head`` and ``_undetermined``; the host gives the word lists, ``_outside`` and
    ``_is_action``."""

    _count_prefix: Any
    _inner_count: Any
    anaphors: Any
    determiners: Any
    event_heads: Any
    event_verbs: Any
    kind_heads: Any
    people_counts: Any
    stop_heads: Any
    units: Any
    vague: Any
    vague_long: Any
    weak_args: Any
    _is_action: Any
    _outside: Any

    def _head(self, ctx: SentenceContext, span: tuple[int, int] | None, rule: str,
              counted_whole: bool = False) -> Ent | None:
        """The entity a list belongs to; a vague or counted head (方面, 多个领域) is none. A word
        for the speaking body that opens it (我行X体系: ``first_person_pronouns``) is no part of
        it. ``counted_whole``: the whole a counted list of parts makes up (X由A、B、C三个H构成),
        which may be a compound of generic words (生产力系统)."""
        if span is not None:
            own = next((w for w in ctx.lex.words("first_person_pronouns")
                        if ctx.sim.startswith(w, span[0]) and span[1] - span[0] - len(w) >= 4
                        and "的" not in ctx.sim[span[0]:span[1]]), None)  # (我们所说的X)
            span = (span[0] + len(own), span[1]) if own else span
            span = self._undetermined(ctx, span)
        if span is None or ctx.args.organisation(*span) or any(
                ctx.sim.startswith(d, span[0] - j) for d in self.anaphors
                for j in range(len(d))):
            return None  # (这一体系包括…: a head taken up from before, read by the rules)
        text = ctx.sim[span[0]:span[1]]
        if text.endswith(self.event_verbs):
            return None  # (X项目集中开业，包含A、B: an event is no whole)
        if self._outside(text):
            return None  # 死者包括A和B, 天鹅、白鹭等候鸟: people or things outside the schema
        toks = ctx.tokens(span)
        if rule == "cue_includes_etc" and len(toks) >= 2 and toks[-1].noun and \
                toks[-2].verb and not self._is_action(ctx, toks[-2].text):
            # 等3次试飞任务, 等拟建项目: after 等 a verb right before the head noun qualifies it
            toks = [*toks[:-2], Tok(toks[-2].text + toks[-1].text, toks[-2].start,
                                    toks[-1].end, toks[-1].tag)]
        counted = self._count_prefix.match(text) or (toks and toks[0].text in ctx.args.counts)
        if isinstance(counted, re.Match) and counted.group(0).endswith(self.people_counts):
            return None  # 10名X, 多位Y: people are no parts of a thing
        quality = toks and toks[0].tag == "m" and len(toks) > 1 and not counted and \
            not any(ch.isdigit() for ch in toks[0].text) and \
            ctx.lex.regex("phrase_count").search(toks[0].text) is None and \
            text.endswith(self.kind_heads)  # 等多层次业态: a quality of a kind of thing
        quality = quality or ctx.lex.regex("scale_level").match(text) is not None
        # (等百亿级产业链: a scale of size qualifies the kind)
        if not toks or text in ctx.args.weak or toks[0].text in self.vague \
                or text.startswith(self.vague_long) \
                or (toks[0].tag in ("m", "q", "r", "v") and not counted and not quality
                    and toks[0].text not in ctx.args.nominal) \
                or not ctx.args.phrase_ok(toks) or not any(t.noun for t in toks):
            return None
        cut = counted.end() if isinstance(counted, re.Match) else \
            len(toks[0].text) if counted else 0
        rest = text[cut:]
        if counted and (rest in self.units or len(rest) < 2):
            return None  # 等多种形式, 三个方面: a count of summary units names no kind of thing
            # (等N大类: a count and its measure word alone name nothing)
        if all(t.text in ctx.args.weak or t.text in ctx.args.nominal for t in toks) and (
                rule != "cue_includes_etc" or toks[-1].text in self.weak_args
                or (len(toks) == 1 and toks[0].text in self.stop_heads)) and not (
                rule == "cue_includes_composed" and (ctx.lex.lookup(text) is not None
                                                     or (counted_whole and len(toks) > 1))):
            return None  # 工程建设: nothing but generic words (a list's own head may be
            # generic: A、B等新服务, A、B等重点项目; a term of the lexicon said to be made
            # of parts, 生产力由A、B和C构成, is a whole, and so is a compound of generic
            # words said to be made of counted parts, 生产力系统由A、B和C三个要素构成)
        if text.endswith(("在内", "下", "中", "上", "内")) or any(ch.isdigit() for ch in rest) \
                or "/" in text or self._inner_count.search(rest):
            return None  # 企业120余家, 产值增长14%: a figure, not a list's head
        return ctx.args.entity(span[0], span[1], rule)

    def _undetermined(self, ctx: SentenceContext, span: tuple[int, int]) -> tuple[int, int]:
        """A whole opened by a determiner of the event at hand (本届博览会, 本次大会:
        ``event_determiners``) is the thing its noun names when that noun closes with one of
        ``event_heads``: the determiner is no part of it (本届博览会包括A、B: 博览会 includes A
        and B; 首批试点 keeps its 首批; 此次调查涵盖A、B keeps the determiner: no event)."""
        det = next((d for d in self.determiners if ctx.sim.startswith(d, span[0])), None)
        if det is None or span[1] - span[0] - len(det) < 2 or \
                not ctx.sim[span[0]:span[1]].endswith(self.event_heads):
            return span  # (此次调查涵盖企业和个人: a survey's scope, no event's parts)
        return (span[0] + len(det), span[1])


def led_by_manner(ctx: SentenceContext, s: int) -> bool:
    """Whether the item at ``s`` opens with an adverb, a lead word, a light verb or a word
    of ``act_task_leads`` (严厉打击, 依法严惩, 加强检查): a task done to the acts, not a kind
    of them."""
    first = ctx.tokens((s, s + 4))[:1]
    return bool(first) and (
        first[0].tag in ("d", "ad") or first[0].text in ctx.args.lead
        or first[0].text in ctx.args.light
        or first[0].text.startswith(tuple(ctx.lex.cues("INCLUDES", "act_task_leads"))))
