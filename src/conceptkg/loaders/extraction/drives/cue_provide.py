"""``A …，为 B 提供/注入 … 动力/支撑`` for :class:`.cue_drives.CueDrives`: the sentence's subject
(or, without one, what the clause before sets about, launched or gives the state of; the driving
frame; the clause of cause; the topic of the clauses before) drives B. A mixin of methods only, like
:class:`.cue_args.DriveArguments`: the state is :class:`.cue_drives.CueDrives`'s (its word
lists), each call's that of the sentence's :class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..plans.launched import launched_by_head_words
from ..rules.common import Found
from ..words.tokens import Tok
from .bare_provide import bare_provide
from .contributions import contribution
from .creates import created
from .cue_args import ACTORS
from .cue_provide_help import DriveProvideHelpers
from .frame_states import cued_task_object
from .pointed_events import closing_pointed_event
from .provide_events import counted_work, event_items, event_target, scope_free
from .provide_subjects import (
    chained_task_objects,
    listed_task_objects,
    noun_clause_subjects,
    only_modals_before,
    opening_subject,
    tasks_only_after,
)
from .target_tails import change_tail_end, setting_end
from .time_clauses import acted_thing_span, time_clause_thing
from .titled_tasks import titled_programme

__all__ = ["DriveProvide"]

_Span = tuple[int, int]


class DriveProvide(DriveProvideHelpers):
    """The ``为B提供…支撑`` method of :class:`.cue_drives.CueDrives`."""

    topic_reach = 3  # clauses back a subjectless 为B提供… may find its topic in

    def _provide(self, ctx: SentenceContext, cl: _Span, toks: list[Tok],
                 before_cl: _Span | None, frame: _Span | None,
                 prev_info: Callable[[], tuple], out: list[Found]) -> None:
        """为 B 提供 … 动力: who or what provides drives B."""
        n = len(toks)
        wei = next((k for k, t in enumerate(toks) if t.text in self.provide_preps and not (
            k + 1 < n and toks[k + 1].text in self.frames
            and any(x.text in self.instrument for x in toks[:k]))), None)
        if wei is None:  # (以A为引领增强B动力: the 为 of a frame names no beneficiary)
            if (made_of := created(ctx, toks)) is not None:  # A能够创造新的B需求
                self._emit(ctx, self._source(ctx, made_of[0], "cue_drives_provide"),
                           [e for e in [ctx.args.entity(*made_of[1], "cue_drives_provide")]
                            if e is not None and e.type not in ACTORS],
                           "cue_drives_provide", out)
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
        span = ctx.args.subject(toks, wei) or self._aspect_subject(ctx, toks, wei) or \
            self._speech_subject(ctx, toks, wei)
        # A的快速发展为B注入动力: a process said as a noun (A drives, the whole an alias)
        span, proc_aka = self._special_subject(ctx, cl, toks, wei, span)
        if (head := self._relative_head(ctx, toks, wei)) is not None:  # type: ignore[attr-defined]
            span, proc_aka = head, ()  # 甲省施行的X条例为B提供保障: X, not 甲省
        inst = next((k for k in range(wei) if toks[k].text in self.instrument), None)
        if span is None and inst is not None and inst + 1 < wei and \
                ctx.args._lead_end(toks, 0, inst, light=False) == inst and \
                not any(t.tag in ("p", "x") for t in toks[inst + 1:wei]):
            span = (toks[inst + 1].start, toks[wei - 1].end)  # 以A为B提供保障: A
        if span is None and not any(t.tag == "p" for t in toks[:wei]):
            span = time_clause_thing(ctx, toks, wei, before_cl, self.time_ends,
                                     self.time_predicates, self.time_manners, self.time_modals,
                                     self.back_heads)  # 甲项目建成后将为B注入动能: the project
        more: list[Ent] = []
        earlier = [c for c in ctx.clauses if c[1] <= cl[0]]
        if span is None and before_cl is not None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False) and \
                (opening := opening_subject(ctx, earlier, ctx.lex.wordset("speech_verbs"))) and \
                opening[1] <= before_cl[0] and tasks_only_after(ctx, earlier, opening) and \
                (thing := self._source(ctx, opening, "cue_drives_provide")) is not None and \
                thing.type not in ACTORS and not thing.name.endswith(self.org_heads):
            span = opening  # 甲规则旨在解决X，降低Y，为B注入动力: the thing whose tasks the
            # clauses before list (not Y, the last task's object)
        if span is None and before_cl is not None and frame is None and made is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False) and \
                (chain := chained_task_objects(ctx, cl)):  # (为B作出贡献: a body's work)
            span, more = self._noun_subjects(ctx, chain[::-1])  # 推动A，扩大B，为C注入动力: A, B
        modals = self.time_modals | frozenset(ctx.lex.words("drive_provide_aspects"))
        if span is None and only_modals_before(toks, wei, modals) and \
                (nouns := noun_clause_subjects(ctx, before_cl, self.thing_acts,
                                               self.thing_act_manners)) and \
                prev_info()[2] is None:
            span, more = self._noun_subjects(ctx, nouns)  # A和B，正在为C提供支撑: A, B
            # (甲技术的推广应用，将为B…: 甲技术, the whole an alias)
            if span is not None and (done := acted_thing_span(
                    ctx, span, self.thing_acts, self.thing_act_manners)) is not None:
                proc_aka, span = (*proc_aka, ctx.sim[span[0]:span[1]]), done
        elif span is None and only_modals_before(toks, wei, modals) and \
                (objects := listed_task_objects(ctx, before_cl)):
            span, more = self._noun_subjects(ctx, objects)  # 稳定A、增加B，才能为C提供支撑
        launched = None
        if span is None and wei == ctx.args._lead_end(toks, 0, wei, light=False) and \
                (opening := opening_subject(ctx, earlier, ctx.lex.wordset("speech_verbs"))) and \
                (thing := self._source(ctx, opening, "cue_drives_provide")) is not None and \
                thing.type == "Initiative":
            launched = thing  # 平台已服务X，累计投放Y，为B提供支撑: the platform named before
        prev_subject, prev_task, prev_state = prev_info()
        if span is None and before_cl is not None and frame is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            span = self._reported_driver(ctx, before_cl)  # 各方期待A推动B，为C注入动力: A
            span = span or closing_pointed_event(ctx, before_cl)  # 举办这次论坛，为B…: the forum
        if prev_task is not None and before_cl is not None and \
                ctx.sim.startswith("为", before_cl[0]):
            prev_task = None  # (为甲增进福祉，为B增添动力: a purpose beside this one, no task)
        if span is None and prev_task is None and before_cl is not None and frame is None and \
                ctx.args.has_cue(*before_cl, "DRIVES"):
            prev_task = cued_task_object(self, ctx, before_cl)
            # 各地培育壮大A，为B注入动能: what the actor fostered (a cue verb of its own) drives
        if span is None and launched is None and prev_task is not None and made is None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False) and (
                    prev_subject is None or
                    self._source(ctx, prev_subject, "cue_drives_provide") is None):
            span = prev_task  # 加强X，为Y注入动力: what the clause before sets about
            # (not 小商品开拓X，为Y注入动力: a clause with a subject of its own)
        state = None
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
            launched = self._earlier_launched(ctx, before_cl, wide=True)
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
            span = self._done_named(ctx, cl)  # 乙投资建设的甲园区建成投运，…，为B提供支撑: 甲
            if span is None:
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
        if launched is not None and any(len(m) > 1 and launched.name.endswith(m)
                                        for m in self.time_manners):
            span, launched = (launched.start, launched.end), None  # (carried with its manner)
        if span is not None and (manner := next((m for m in self.time_manners if len(m) > 1 and
                                                 ctx.sim[span[0]:span[1]].endswith(m)), None)) \
                and span[1] - span[0] - len(manner) >= 2:
            span = (span[0], span[1] - len(manner))  # A全部达产后，…，并为B…: A
        if span is not None and (work := counted_work(ctx, span)) is not None:
            proc_aka = (*proc_aka, work)  # 完成12台机组灵活性改造，为B…: 灵活性改造 too
        src = launched or self._source(ctx, span, "cue_drives_provide", state or proc_aka)
        if src is None and span is None and before_cl is not None and \
                wei == ctx.args._lead_end(toks, 0, wei, light=False):
            src = self._provided_before(ctx, before_cl)  # A为B注入动力，也为C作出了贡献: A
        if made is not None and src is not None and (
                src.type in ACTORS or src.name.endswith(self.people_heads)):
            return  # (X为推进B作出了贡献: a body's or people's work, no driving thing)
        if src is not None and src.type != "Initiative" and (
                src.name.endswith(self.people_heads) or
                len(src.name.strip("0123456789.%％,，万亿")) <= 1):
            return  # (选拔年轻干部，为B提供人才支撑; 合格率提升至98.7%，为B…: people or a
            # figure provide nothing)
        sub = toks[wei + 1:stop]
        while len(sub) > 1 and sub[-1].tag in ("d", "ad", "vd") and \
                sub[-1].text not in ctx.args.nominal:
            sub = sub[:-1]  # 为B持续注入活力: how it provides, no part of B
        if sub and sub[0].text in self.instrument:
            return  # 为以A推进B提供支撑: a purpose said with its means, no one thing served
        aka: tuple[str, ...] = ()
        if sub:
            s0, aka = self._task_of_actor(ctx, sub[0].start, sub[-1].end)
            sub = [t for t in sub if t.start >= s0]
        if sub and ctx.sim[sub[0].start:sub[-1].end].endswith((*self.people_heads,
                                                               *self.org_heads)):
            return  # 为村民提供X服务, 为初创企业提供融资支持: people or firms are served
        dsts = []
        objs = ctx.args.objects(sub, 0, verbs=cue_verbs, conj=self._joined_targets(ctx, sub))
        if sub and len(objs) == 1 and objs[0][1] < sub[-1].end and \
                ctx.sim[objs[0][0]:objs[0][1]] in ctx.lex.list("drive_target_scopes"):
            rest = [t for t in sub if t.start >= objs[0][1]]
            if rest[0].text in ctx.args.light or rest[0].text in ctx.lex.words("task_verbs"):
                if len(rest) > 1:  # 为我市打造A集群: A集群
                    objs = [(rest[1].start, sub[-1].end, None)]
            else:
                objs = [(objs[0][0], sub[-1].end, None)]  # 为公司持续健康发展: not 公司 alone
        if len(objs) > 2 and any(t.text in self.etc and t.end <= objs[-1][0] for t in sub) and \
                ctx.sim[objs[-1][0]:objs[-1][1]] in ctx.lex.words("drive_bare_group_heads"):
            objs = objs[:-1]  # 为A、B等应用场景提供支撑: the items, the head names nothing
        whole = event_target(ctx, sub, objs, cue_verbs)
        if whole is not None:  # 为数据跨区域流动提供保障: the event, not its subject alone
            objs = [(*whole, None)]
        elif (events := event_items(ctx, sub, objs, cue_verbs)) is not None:
            objs = events  # 为A出村进城、B跨区域流通提供支撑: each event
        for s, e, _ in objs:
            if len(objs) > 1 and ctx.sim[s:e] in ctx.lex.list("drive_target_scopes"):
                continue  # 为公司向A延伸提供支撑: the owner alone is no target
            if (inner := setting_end(ctx, s, e)) is not None:
                aka, s = (*aka, ctx.sim[s:e]), inner  # 为后续任务中A研制提供支撑: A研制
            if (bare := scope_free(ctx, s, e)) is not None:
                aka = (*aka, bare)  # 为全省A提供支撑: A
            tail = change_tail_end(ctx, sub, e)
            ent = ctx.args.entity(s, e, "cue_drives_provide", extra_aliases=(
                *aka, ctx.sim[s:tail]) if tail is not None else aka)
            if ent is None and tail is not None:  # 为经济回升向好增添动力: a word of change
                ent = ctx.args.entity(s, tail, "cue_drives_provide", extra_aliases=aka)
                # closes a thing too general to stand alone: the whole phrase is driven
            if ent is not None and ent.type not in ACTORS:
                dsts.append(ent)
        self._emit(ctx, src, dsts, "cue_drives_provide", out)
        if src is not None and dsts:
            self._provided = (ctx.sim, cl, src)  # (the text itself: spans are its own)
        for other in more:
            self._emit(ctx, other, dsts, "cue_drives_provide", out)
