"""``A …，为 B 提供/注入 … 动力/支撑`` for :class:`.cue_drives.CueDrives`: the sentence's subject
(or, without one, what the clause before sets about, launched or gives the state of; the driving
frame; the clause of cause; the topic of the clauses before) drives B. A mixin of methods only, like
:class:`.cue_drives_args.DriveArguments`: the state is :class:`.cue_drives.CueDrives`'s (its word
lists), each call's that of the sentence's :class:`~.context.SentenceContext`.
"""

from __future__ import annotations

from collections.abc import Callable

from .context import SentenceContext
from .cue_drives_args import ACTORS
from .drive_bare_provide import bare_provide
from .drive_contributions import contribution
from .drive_provide_events import event_target
from .drive_target_tails import change_tail_end, setting_end
from .drive_titled_tasks import titled_programme
from .launched import launched_by_head_words
from .phrases import Ent
from .rules.common import Found
from .tokens import Tok

__all__ = ["DriveProvide"]

_Span = tuple[int, int]


class DriveProvide:
    """The ``为B提供…支撑`` method of :class:`.cue_drives.CueDrives`."""

    topic_reach = 3  # clauses back a subjectless 为B提供… may find its topic in

    def _provide(self, ctx: SentenceContext, cl: _Span, toks: list[Tok],
                 before_cl: _Span | None, frame: _Span | None,
                 prev_info: Callable[[], tuple], out: list[Found]) -> None:
        """为 B 提供 … 动力: who or what provides drives B."""
        n = len(toks)
        wei = next((k for k, t in enumerate(toks) if t.text == "为" and not (
            k + 1 < n and toks[k + 1].text in self.frames
            and any(x.text in self.instrument for x in toks[:k]))), None)
        if wei is None:  # (以A为引领增强B动力: the 为 of a frame names no beneficiary)
            return
        pv = next((k for k in range(wei + 1, n) if toks[k].text in self.provide), None)
        force = None if pv is None else next(
            (k for k in range(pv + 1, n)
             if toks[k].text in self.force or toks[k].text[-2:] in self.force), None)
        if force is None and (bare := bare_provide(toks, wei, self.bare_provide)) is not None:
            pv = force = bare  # 为B赋能, 为B助力: the cue ends the clause, no force noun
        cue_verbs, stop = self.verbs, pv
        made = None if force is not None else \
            contribution(ctx, toks, wei, self.verbs | self.inst_verbs)
        if made is not None:
            pv, force, stop = made  # A为推进B作出了贡献
            cue_verbs = self.verbs | self.inst_verbs
        if force is not None and force + 1 < n and toks[force + 1].text == "的":
            force = None  # 为B提供支持的X: a relative clause, the subject supports nothing
        if force is None:
            return
        span = ctx.args.subject(toks, wei) or self._speech_subject(ctx, toks, wei)
        # A的快速发展为B注入动力: a process said as a noun (A drives, the whole an alias)
        span, proc_aka = self._special_subject(ctx, cl, toks, wei, span)
        if (head := self._relative_head(ctx, toks, wei)) is not None:  # type: ignore[attr-defined]
            span, proc_aka = head, ()  # 甲省施行的X条例为B提供保障: X, not 甲省
        inst = next((k for k in range(wei) if toks[k].text in self.instrument), None)
        if span is None and inst is not None and inst + 1 < wei and \
                ctx.args._lead_end(toks, 0, inst, light=False) == inst and \
                not any(t.tag in ("p", "x") for t in toks[inst + 1:wei]):
            span = (toks[inst + 1].start, toks[wei - 1].end)  # 以A为B提供保障: A
        prev_subject, prev_task, prev_state = prev_info()
        if span is None and prev_task is not None and made is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False) and (
                    prev_subject is None or
                    self._source(ctx, prev_subject, "cue_drives_provide") is None):
            span = prev_task  # 加强X，为Y注入动力: what the clause before sets about
            # (not 小商品开拓X，为Y注入动力: a clause with a subject of its own)
        state = None
        launched = None
        put_out = ctx.state.objects.get(before_cl) if before_cl else None
        if span is None and put_out and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            launched = put_out[-1]  # X印发A，为B提供保障: what X put out (in the
            # clause right before)
        if span is None and launched is None and before_cl is not None and not put_out and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            own = launched_by_head_words(self.launch_rx, ctx.sim, before_cl[0], before_cl[1] + 1,
                                         ctx.args, "cue_drives_provide")
            launched = own[-1] if own else None  # 实施甲计划，为B提供支撑: the programme
        if span is None and launched is None and prev_state is None and frame is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            launched = self._earlier_launched(ctx, before_cl)
        if span is None and launched is None and prev_state is not None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            span, state = prev_state  # A规模将扩大，为B注入动能
        if span is None and launched is None and frame is not None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            span = frame  # 以A为引领，加强X，完善Y，为B注入动力: A
        if span is None and launched is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            span = self._cause(ctx, cl)  # 随着A普及，…，为B注入动力: A
        if span is None and launched is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            launched = self._carried(ctx, cl, provide=True)  # type: ignore[attr-defined]
            # (甲省施行的X条例，为B提供保障: X; X持续上演，…，为B赋能: X)
        if span is None and launched is None and prev_subject is not None and not any(
                ch.isdigit() for ch in ctx.sim[prev_subject[0]:toks[0].start]):
            span = prev_subject  # (a clause of figures is no subject to carry)
        if span is None and launched is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            launched = titled_programme(ctx)  # 3. 实施甲计划。…，为B提供支撑: the title's
        if span is None and launched is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False) and \
                (topic := self._topic(ctx, cl, self.topic_reach)) is not None:
            span, state = topic  # A即将投用，在X的同时，也为B注入动力
        src = launched or self._source(ctx, span, "cue_drives_provide", state or proc_aka)
        if made is not None and src is not None and (
                src.type in ACTORS or src.name.endswith(self.people_heads)):
            return  # (X为推进B作出了贡献: a body's or people's work, no driving thing)
        sub = toks[wei + 1:stop]
        while len(sub) > 1 and sub[-1].tag in ("d", "ad", "vd") and \
                sub[-1].text not in ctx.args.nominal:
            sub = sub[:-1]  # 为B持续注入活力: how it provides, no part of B
        aka: tuple[str, ...] = ()
        if sub:
            s0, aka = self._task_of_actor(ctx, sub[0].start, sub[-1].end)
            sub = [t for t in sub if t.start >= s0]
        if sub and ctx.sim[sub[0].start:sub[-1].end].endswith((*self.people_heads,
                                                               *self.org_heads)):
            return  # 为村民提供X服务, 为初创企业提供融资支持: people or firms are served
        dsts = []
        objs = ctx.args.objects(sub, 0, verbs=cue_verbs, conj=self._joined_targets(ctx, sub))
        whole = event_target(ctx, sub, objs, cue_verbs)
        if whole is not None:  # 为数据跨区域流动提供保障: the event, not its subject alone
            objs = [(*whole, None)]
        for s, e, _ in objs:
            if (inner := setting_end(ctx, s, e)) is not None:
                aka, s = (*aka, ctx.sim[s:e]), inner  # 为后续任务中A研制提供支撑: A研制
            tail = change_tail_end(ctx, sub, e)
            ent = ctx.args.entity(s, e, "cue_drives_provide", extra_aliases=(
                *aka, ctx.sim[s:tail]) if tail is not None else aka)
            if ent is None and tail is not None:  # 为经济回升向好增添动力: a word of change
                ent = ctx.args.entity(s, tail, "cue_drives_provide", extra_aliases=aka)
                # closes a thing too general to stand alone: the whole phrase is driven
            if ent is not None and ent.type not in ACTORS:
                dsts.append(ent)
        self._emit(ctx, src, dsts, "cue_drives_provide", out)

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

    def _earlier_launched(self, ctx: SentenceContext, before: _Span | None) -> Ent | None:
        """启动X计划，培养N名人才，为B提供支撑: the programme an earlier clause of the sentence
        launched (its actor's, ``ctx.state.objects``, or a subjectless launching clause's,
        :func:`.launched.launched_by_head_words`), the nearest, when the clause right before
        launched nothing; only a name right after a ``task_body_launch_verbs`` word that ends
        the clause with an ``initiative_heads`` word (not 开设X培训班, 落实X制度)."""
        if before is None or ctx.state.objects.get(before):
            return None
        for c in reversed(ctx.clauses):
            if c[1] > before[0]:
                continue
            put = [o for o in ctx.state.objects.get(c, ()) if o.type == "Initiative" and
                   ctx.sim[c[0]:o.start].rstrip("“").endswith(self.launch_verbs) and
                   (x := ctx.sim[o.start:c[1]]).endswith(ctx.args.init_heads) and
                   not x.endswith(ctx.args.non_init)] or \
                launched_by_head_words(self.launch_rx, ctx.sim, c[0], c[1] + 1, ctx.args,
                                       "cue_drives_provide")
            if put:
                return put[-1]
        return None
