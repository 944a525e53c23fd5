"""Helpers of :class:`.cue_provide.DriveProvide` (a mixin of methods only): who provides
when the clause of 为 has no subject of its own (words of aspect before 为, the provider of the
clause of 为 right before, noun phrases of the clause before, a thing named done earlier, the
programme launched earlier), and the shape of B (a task of an actor, a joined pair). The state
is :class:`.cue_drives.CueDrives`'s (its word lists).
"""

from __future__ import annotations

from typing import Any

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..plans.launched import launched_by_head_words
from ..words.tokens import Tok
from .cue_args import ACTORS
from .provide_subjects import done_named_thing

__all__ = ["DriveProvideHelpers"]

_Span = tuple[int, int]


class DriveProvideHelpers:
    """Who provides and what B is, for :meth:`.cue_provide.DriveProvide._provide`."""

    _source: Any
    time_predicates: Any
    time_manners: Any
    launch_verbs: Any
    launch_rx: Any

    @staticmethod
    def _aspect_subject(ctx: SentenceContext, toks: list[Tok], wei: int) -> _Span | None:
        """A正在为B…: the subject before words of aspect or modality
        (``drive_provide_aspects``, whatever their tags) right before 为."""
        aspects = ctx.lex.words("drive_provide_aspects")
        j = wei
        while j > 1 and toks[j - 1].text in aspects:
            j -= 1
        if j == wei:
            return None
        return ctx.args.subject([*toks[:j], *toks[wei:]], j)

    def _provided_before(self, ctx: SentenceContext, before: _Span) -> Ent | None:
        """Who provided in the 为B提供… clause right before, in this sentence."""
        got = getattr(self, "_provided", None)
        return got[2] if got is not None and got[0] is ctx.sim and got[1] == before else None

    def _noun_subjects(self, ctx: SentenceContext, nouns: list[_Span]
                       ) -> tuple[_Span | None, list[Ent]]:
        """The first of the noun phrases of a clause that is only a subject (A和B，将为C…)
        and the sources of the others."""
        rest = [self._source(ctx, s, "cue_drives_provide") for s in nouns[1:]]
        return nouns[0], [e for e in rest if e is not None and e.type not in ACTORS]

    def _done_named(self, ctx: SentenceContext, cl: _Span) -> _Span | None:
        """The thing an earlier clause of the sentence names after a relative clause and says
        is done (:func:`.provide_subjects.done_named_thing`), the nearest."""
        before = [c for c in ctx.clauses if c[1] <= cl[0]]
        for c in reversed(before):
            got = done_named_thing(ctx, ctx.tokens(c), self.time_predicates, self.time_manners)
            if got is not None:
                return got
        return None

    @staticmethod
    def _task_of_actor(ctx: SentenceContext, s: int, e: int) -> tuple[int, tuple[str, ...]]:
        """为甲市建设X提供支撑, 为省内药企开展X提供支撑: who does the task (a place, a body, a
        few nouns) is no part of what is supported: X (the whole an alias). Else ``s``."""
        words = ctx.tokens((s, e))
        k = next((j for j, t in enumerate(words) if t.text in ctx.args.light
                  or t.text in ctx.lex.words("task_verbs")), None)
        if k is None or not 0 < k < len(words) - 1 or words[-1].end - words[k + 1].start < 2 \
                or not all(t.noun or t.tag in ("ns", "nt", "s", "f") for t in words[:k]):
            return s, ()
        return words[k + 1].start, (ctx.sim[s:e],)

    def _joined_targets(self, ctx: SentenceContext, sub: list[Tok]) -> bool:
        """为A和B提供支撑: each of a pair joined by a ``target_joins`` word is a target; not a
        joint event (为A和B融合发展提供…: ``joint_tails``), nor a pair qualifying a noun after
        的 (为A和B的合作提供…) unless that noun is a ``bare_growth_words`` word (A和B的发展)."""
        joins = ctx.lex.list("target_joins")
        k = next((j for j, t in enumerate(sub) if t.text in joins), None)
        if k is None or k == 0 or k + 1 >= len(sub):
            return False
        text = ctx.sim[sub[0].start:sub[-1].end]
        if any(w in text for w in ctx.lex.list("joint_tails")):
            return False
        de = next((j for j in range(k + 1, len(sub)) if sub[j].text == "的"), None)
        return de is None or ctx.sim[sub[de].end:sub[-1].end] in ctx.lex.list("bare_growth_words")

    def _earlier_launched(self, ctx: SentenceContext, before: _Span | None,
                          wide: bool = False) -> Ent | None:
        """启动X计划，培养N名人才，为B提供支撑: the programme an earlier clause of the sentence
        launched (its actor's, ``ctx.state.objects``, or a subjectless launching clause's,
        :func:`..plans.launched.launched_by_head_words`), the nearest, when the clause right before
        launched nothing; only a name right after a ``task_body_launch_verbs`` word that ends
        the clause with an ``initiative_heads`` word (not 开设X培训班, 落实X制度); ``wide`` (a
        provider of 为B提供…): a ``DRIVES.launch_verbs`` word that issues no document (推出)
        too, and a figure of how much may follow the name."""
        if before is None or ctx.state.objects.get(before):
            return None
        issued = ctx.lex.cues("IMPLEMENTS", "issue_verbs")  # (发布X目录: a list, no programme)
        verbs = (*self.launch_verbs, *(v for v in ctx.lex.cues("DRIVES", "launch_verbs")
                                       if v not in issued)) if wide else self.launch_verbs
        for c in reversed(ctx.clauses):
            if c[1] > before[0]:
                continue
            words = ctx.tokens(c)
            while wide and len(words) > 1 and words[-1].tag in ("m", "q", "mq", "x"):
                words = words[:-1]  # 实施A项目1.2万亩: how much, the name still ends it
            end = words[-1].end if words else c[1]
            put = [o for o in ctx.state.objects.get(c, ()) if o.type == "Initiative" and
                   ctx.sim[c[0]:o.start].rstrip("“").endswith(verbs) and
                   (x := ctx.sim[o.start:end]).endswith(ctx.args.init_heads) and
                   not x.endswith(ctx.args.non_init)] or \
                launched_by_head_words(self.launch_rx, ctx.sim, c[0], c[1] + 1, ctx.args,
                                       "cue_drives_provide")
            if put:
                return put[-1]
        return None
