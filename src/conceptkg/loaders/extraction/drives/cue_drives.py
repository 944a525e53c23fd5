"""DRIVES between any two phrases, read around a cue verb (see ``relations.DRIVES`` in the
language data):

- ``A 带动 B、C``: the phrase before the verb drives each phrase after it;
- ``以 A (为抓手)(，) 推动 B``: the instrument drives;
- ``A 对(于) 拉动B、促进C … 起/发挥 … 作用``: A drives B and C;
- ``A …，为 B 提供/注入 … 动力/支撑``: the subject of the sentence drives B;
- ``… 推出 X，促进 B``: a clause opening with a cue continues the thing just named;
- ``A 稳中有升/同比增长…，带动 B`` and ``A，带动 B``: a clause that opens with a cue continues the
  clause before when that one only says how A fares (or only names A): A drives B;
- ``B、C 等 A 带动 D``: the list's head A drives (not each listed member);
- ``以 A 为抓手，整合X，…，为 B 注入活力`` and ``发挥 A 引领作用，推动 B``: a driving frame carries
  across task clauses without subject; ``随着 A …，…，为 B 注入动力``: the clause of cause;
- ``推出助力 B 的 12 项举措``: measures that a cue phrase qualifies drive its object.

A source that is an organisation, a place or a person gives no DRIVES edge (an actor carries
out, it does not drive).
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .aim_copula import aim_after_copula
from .aspect_roles import DriveAspectRoles
from .benefits import benefit_drives
from .by_relative import relative_agent_drives
from .carried import DriveCarried
from .conditions import condition_drives
from .cue_args import DriveArguments
from .cue_clauses import DriveClauses
from .cue_engine import DriveEngine
from .cue_frames import DriveFrames
from .cue_provide import DriveProvide
from .cue_readers import DriveReaders
from .cue_targets import DriveTargets
from .cue_topics import DriveTopics
from .cue_words import DriveWords
from .figure_topics import figure_topic
from .frame_states import frame_state_drives
from .frame_tasks import frame_task_drives
from .help_tasks import help_task_drives
from .joint_event_subject import joint_event_subject
from .means_objects import means_object, means_task_object
from .news_sources import DriveNewsSources
from .predicate_lists import predicate_list_head
from .support import DriveSupport
from .task_objects import task_object_drives
from .time_clauses import time_clause_thing

__all__ = ["CueDrives"]


class CueDrives(DriveEngine, DriveFrames, DriveSupport, DriveNewsSources, DriveAspectRoles,
                DriveProvide, DriveTopics, DriveTargets, DriveClauses, DriveArguments,
                DriveReaders, DriveWords, DriveCarried):
    needs_cue = True
    name = "cue_drives"
    relation = "DRIVES"

    def __init__(self, lex: Lexicon) -> None:
        self._load_words(lex)
        self._load_carry_words(lex)

    def _names_role(self, toks: list[Tok], k: int) -> bool:
        """Whether the cue at ``k`` only qualifies a noun of role or effect right after it (also
        after a second cue): A拉动作用明显, A带动引领作用增强, A赋能效应显现 name no target."""
        j = k + 1
        if j < len(toks) and toks[j].text in self.verbs:
            j += 1
        return j < len(toks) and toks[j].text in self.role_heads

    def _not_effect(self, ctx: SentenceContext, cl: tuple[int, int], src: Ent | None,
                    toks: list[Tok] | None = None, inst: int = 0) -> Ent | None:
        """``src``, unless it names an effect (A通过乘数效应赋能B, …，并通过X效应，带动B): an
        effect is how its topic drives, so the subject before the preposition or the topic of
        the clauses before drives instead (none: nothing)."""
        if src is None or not src.name.endswith(self.effect_heads):
            return src
        span = ctx.args.subject(toks, inst) if toks and inst > 0 else None
        if toks and span is None:
            k = inst
            while k > 0 and toks[k - 1].noun and toks[k - 1].tag != "r":
                k -= 1
            span = (toks[k].start, toks[inst - 1].end) if k < inst else None  # (我们说A通过…)
        if span is not None:
            return self._source(ctx, span, "cue_drives")
        topic = self._topic(ctx, cl, 3)  # (A…，将拉动B，并通过X效应，带动C: A)
        return self._source(ctx, topic[0], "cue_drives_chain_topic", topic[1]) if topic else None

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if self.benefits_rx.search(ctx.sim, ctx.start, ctx.end):
            benefit_drives(ctx, self.benefits, self.benefit_joins, self._source, out)
        support = self.support_rx.search(ctx.sim, ctx.start, ctx.end) is not None
        if not support and not ctx.args.has_cue(ctx.start, ctx.end, "DRIVES"):
            return out
        self._reliance(ctx, out)  # (a find per word: most sentences hold none)
        prev_subject: tuple[int, int] | None = None
        prev_instrument: tuple[int, int] | None = None
        frame: tuple[int, int] | None = None  # 以A为引领，… carried across subjectless tasks
        led: tuple[int, int] | None = None  # the frame as a 以A为引领 clause set it
        prev_objects: list[Ent] = []
        prev_cl: tuple[int, int] | None = None
        last_cl: tuple[int, int] | None = None  # the clause before, whatever it holds
        chained: Ent | None = None  # what drove in the clause before (a chain of clauses)
        for cl in ctx.clauses:
            before_cl, last_cl = last_cl, cl
            frame_state_drives(self, ctx, cl, before_cl, out)  # 以A为动力，B不断壮大
            condition_drives(self, ctx, cl, before_cl, out)  # 只有推进A，才能促进B
            if support and self.support_rx.search(ctx.sim, *cl):
                self._support(ctx, cl, ctx.tokens(cl), out)  # 拨付配套经费，支持B
            if not ctx.args.has_cue(*cl, "DRIVES"):
                chained = None
                if led is not None and frame == led:  # 以A为引领，甲省加快培育B: A drives B
                    frame_task_drives(ctx, ctx.tokens(cl), self._source(
                        ctx, led, "cue_drives_frame_task"), out)
                frame = frame if frame is not None and \
                    self._opens_task(ctx, ctx.tokens(cl)) else None  # 以A为引领，加强X，…
                if frame is None and self.aims_rx.search(ctx.sim, *cl):
                    frame = self._aim_subject(ctx, ctx.tokens(cl), None)  # A旨在保障X，促进B
                # (a clause of means opens with a word of instrument: one that has none is
                # not segmented for it)
                prev_instrument = self._means_of_task(ctx, ctx.tokens(cl)) if \
                    self.instrument_rx.search(ctx.sim, *cl) else None
                prev_cl = cl
                # what a clause launched stays the topic across an elaboration (…，涵盖X、Y，)
                elaborates = ctx.args.has_cue(*cl, "INCLUDES") and \
                    not ctx.sim.startswith(self.distributive, cl[0])  # (not …，各地开展A等B，)
                prev_objects = ctx.state.objects.get(cl) or (prev_objects if elaborates else [])
                continue
            # what the clause before is about: read only when a frame of this clause needs it
            # (most do not, and the clause before may not be segmented yet)
            prev_info = self._prev_reader(ctx, prev_cl, prev_subject)
            prev_cl = None
            toks = ctx.tokens(cl)
            n = len(toks)
            self._engine(ctx, toks, out,
                         lambda read=prev_info, b=before_cl: self._carried_engine(ctx, b, read))
            cues = [k for k, t in enumerate(toks) if t.text in self.verbs and not (
                k > 1 and toks[k - 1].text == "为" and t.text in self.frames
                and (all(x.tag == "x" for x in toks[k + 1:]) or toks[k + 1].text == "、"))
                # (以A为引领，: a frame, no cue; 以A为引领、B为支撑: roles, A drives no B)
                and not (k + 1 < n and toks[k + 1].text in self.name_heads)
                and not self._names_role(toks, k)
                and not (k and toks[k - 1].tag == "p" and toks[k - 1].text in self.disposals)
                # (把推动B作为X: the task is the object of 把, nothing drives it here)
                and not (0 < k < n - 1 and toks[k - 1].noun
                         and (toks[k + 1].text == "、" or toks[k + 1].text in self.etc))]
            # (技术升级、项目引领等方式, 政府引导、市场驱动: a list's item, no predicate)
            if not cues and self.mutual_cues:  # 相互促进 tagged as one word
                cues = [k for k, t in enumerate(toks) if t.text in self.mutual_cues][:1]
            if not cues and led is not None and frame == led:  # (培育B: a word of provision,
                frame_task_drives(ctx, toks, self._source(  # no cue verb)
                    ctx, led, "cue_drives_frame_task"), out)
            if not cues and self.helps_rx.search(ctx.sim, *cl):  # A有助于完善B
                help_task_drives(ctx, toks, self.helps,
                                 lambda t=toks: self._aim_subject(ctx, t, None),
                                 lambda sp: self._source(ctx, sp, "cue_drives_help"), out)
            # (商贸助力行动, 科技赋能中心: the cue is part of a name)
            opening = next((k for k, t in enumerate(toks) if t.tag not in ("x", "d", "ad", "c")),
                           -1)  # (the clause's first word after adverbs)
            inst = next((k for k, t in enumerate(toks) if (
                t.text in self.instrument or (k == opening and t.text in self.opening_inst))
                and (not cues or k < cues[0])), None)
            if inst is not None and toks[inst].text == "以" and (not cues or cues[0] > inst + 2):
                # 以A推进B: after an instrument, a verb of progress is a cue too
                more = next((k for k in range(inst + 2, cues[0] if cues else n)
                             if toks[k].text in self.inst_verbs), None)
                if more is None and not cues:  # 以A提升B: a verb of raising, no cue after
                    more = next((k for k in range(inst + 2, n - 1) if toks[k].text in
                                 self.inst_end_verbs and toks[k + 1].noun), None)
                if more is not None:
                    cues = [more, *cues]
            if len(cues) > 1 and toks[cues[0]].text in ctx.args.light and \
                    not self._parallel_before(toks, cues[1], ctx.args.lead) and \
                    not self._after_preposition(ctx, toks, cues[1]):
                # 推动A赋能B: the phrase between a light verb and the next cue drives (推动A、
                # 促进B lists two tasks: A drives nothing)
                p, q2 = cues[0], cues[1]
                sub = ctx.args.subject(toks[p + 1:q2 + 1], q2 - p - 1)
                src2 = self._source(ctx, sub, "cue_drives")
                if src2 is not None:
                    self._emit(ctx, src2, self._targets(ctx, toks, q2 + 1, "cue_drives"),
                               "cue_drives", out)
            for k, t in enumerate(toks):
                if t.text in self.instrument:
                    self._frame_of(ctx, toks, k, out)
            if cues:
                q = cues[0]
                for k in cues:
                    self._mutual(ctx, toks, k, out)  # A与B相互促进
                dsts = self._targets(ctx, toks, q + 1, "cue_drives")
                if not dsts and ctx.sim[cl[1]:cl[1] + 1] == " " and \
                        all(t.tag == "x" for t in toks[q + 1:]):
                    # A助力 保障B: a headline's segment ends with the cue, the next names B
                    later = next((c for c in ctx.clauses if c[0] > cl[1]), None)
                    dsts = self._targets(ctx, ctx.tokens(later), 0, "cue_drives") \
                        if later is not None else []
                src = None
                if inst is not None and inst + 1 < q:
                    j = q
                    for k in range(inst + 1, q):  # 以A为抓手推动B
                        if toks[k].text == "为" and k + 1 < q and toks[k + 1].text in self.frames:
                            j = k
                            break
                    a = inst + 1
                    while a < j - 1 and toks[a].text in ctx.args.light:
                        a += 1  # 以打造X推动Y: X is the instrument
                    while j - 1 > a and toks[j - 1].text in ctx.args.lead:
                        j -= 1  # 以A全面推进B: the adverb is no part of A
                    src = None
                    between = ctx.sim[toks[inst].end:toks[q].start]
                    purpose = toks[inst + 1].tag in ("d", "ad") and \
                        toks[inst + 1].text not in ctx.args.nominal  # 以尽快完成B: in order to
                    focus = any("为" + w in between for w in self.focus) or (
                        j + 2 < q and toks[j + 2].text == "、")  # 以A为重点推进B; roles (以A为
                    # 引领、B为支撑推进C: A alone does not drive C)
                    moved = any(t.text in ctx.args.complements or t.tag == "p"
                                for t in toks[a:j])  # (把X统一到…上来: a verb of its own)
                    span = self._instrument_span(ctx, toks, a, j, q)
                    if span is not None and not purpose and not focus and not moved:
                        src = self._source(ctx, span, "cue_drives_instrument")
                        src = self._not_effect(ctx, cl, src, toks, inst)
                    elif not purpose and not focus:  # 通过发展A、组织B等方式带动C
                        self._emit_each(ctx, self._means_items(ctx, toks[a:j]), toks, q, out)
                    rule = "cue_drives_instrument"
                elif q > 0 and toks[q - 1].text in self.role_preps and \
                        any(t.text in self.role_nouns for t in toks[q:]):
                    src = self._source(ctx, ctx.args.subject(toks, q - 1), "cue_drives_role")
                    rule = "cue_drives_role"
                else:
                    qs = predicate_list_head(ctx, toks, q, self.etc, self._aim_subject,
                                             self.wish)  # X将增进A、促进B: X
                    span = None if self._after_preposition(ctx, toks, qs) or \
                        self._parallel_before(toks, qs, ctx.args.lead) else \
                        ctx.args.subject(toks, qs)
                    if span is None and qs > 1 and toks[qs - 1].text in self.events and \
                            not self._names_measures(toks, q):
                        span = ctx.args.subject(toks, qs - 1)  # A出台助力B: A, now in force
                    wish = max((k for k in range(qs) if toks[k].text in self.wish), default=None)
                    if span is None and wish is not None and wish + 1 < qs and \
                            toks[qs - 1].tag != "p":  # (希望X为促进B贡献力量: a purpose)
                        span = ctx.args.subject(toks[wish + 1:], qs - wish - 1)  # 期待A引领B
                    if span is None:
                        span = self._speech_subject(ctx, toks, qs)  # X表示A推动B
                    aim = self._aim_subject(ctx, toks, qs) if span is None else None
                    if aim is not None:  # A有利于推动B
                        span = frame = aim
                    rule = "cue_drives"
                    span, aka = self._special_subject(ctx, cl, toks, qs, span)
                    if span is None and before_cl is not None:  # X是一项…活动，旨在促进B: X
                        span = aim_after_copula(ctx, ctx.tokens(before_cl), toks, qs, self.aims)
                    if span is None:  # 甲项目建成投产后(，)将带动B: the project
                        span = time_clause_thing(ctx, toks, qs, before_cl, self.time_ends,
                                                 self.time_predicates, self.time_manners,
                                                 self.time_modals, self.back_heads)
                    src = self._source(ctx, span, rule, aka)
                    if src is None:  # 推出X促进Y: what was just launched drives
                        src = next((o for o in ctx.state.objects.get(cl, [])
                                    if o.end == toks[q].start), None)
                        rule = "cue_drives_chain" if src is not None else rule
                    if src is None and span is None and \
                            (src := self._deployed_source(ctx, toks, q)) is not None:
                        rule = "cue_drives_chain"  # 投入X助力B
                    lead = ctx.args._lead_end(toks, 0, qs, light=False)
                    while lead < qs and toks[lead].text in self.openers:
                        lead = ctx.args._lead_end(toks, lead + 1, qs, light=False)
                    if lead == qs and span is not None and \
                            ctx.sim[span[0]:span[1]] in self.openers:
                        span = None  # 有利于推动B: no subject of its own
                    hint = self._frame_hint(ctx, toks, qs)
                    if hint is not None or (lead < qs and ctx.sim[
                            toks[lead].start:toks[qs].start] in self.manner_words):
                        # 活动期间带动B, 线上线下助力B: when or how, no subject of its own
                        if span is not None:
                            span, src = None, None  # (the phrase read as a subject is none)
                        lead = qs
                    bare = span is None and (lead == qs or self._opens_bare(ctx, toks, qs))
                    listed = False  # (a task listed after another: nothing drives it)
                    if bare:
                        # a clause that opens with the cue continues the one before: 以A，推动B;
                        # 推出A，促进B
                        rule = "cue_drives_chain"
                        if prev_instrument and (means := self._means_items(
                                ctx, ctx.tokens(prev_instrument))):
                            self._emit_each(ctx, means, toks, q, out)  # 通过开展A、B等，推动C
                        elif prev_instrument:
                            src = self._not_effect(
                                ctx, cl, self._source(ctx, prev_instrument, rule))
                        elif prev_objects:
                            src = None if prev_objects[-1].name.startswith(self.distributive) \
                                or (before_cl is not None and ctx.sim[before_cl[1] - 1] == "等"
                                    and prev_objects[-1].start >= before_cl[0]) \
                                else prev_objects[-1]  # (各地认真部署: actors, not a thing;
                            # 提出A、B等，促进C: the tasks listed together, not the last one,
                            # unless launched before the list: 举办X，涵盖A、B等，促进C)
                            if src is not None and not task_object_drives(
                                    ctx, src, toks, q, self.launches, self.putting,
                                    self.chain, self.result_adverbs, self.topic_wills):
                                src, listed = None, True  # 落实A，推动B: two tasks
                            src = self._not_effect(ctx, cl, src)
                        elif (toks[q].text in self.chain or (
                                before_cl is not None and joint_event_subject(
                                    ctx, ctx.tokens(before_cl), self.mutual_joins))) and not any(
                                t.text in ctx.args.blockers for t in toks[:q]) and \
                                (prev_state := prev_info()[2]) is not None:
                            # A稳中有升，带动B (推动/促进 after a clause lists parallel tasks;
                            # 并通过X效应，带动B: the effect is how the topic drives)
                            src = self._not_effect(ctx, cl, self._source(
                                ctx, prev_state[0], rule, prev_state[1]))
                        elif toks[q].text in self.chain and before_cl is not None and \
                                ctx.sim[before_cl[1]] == " " and prev_info()[0] is None and \
                                ctx.args.has_cue(*before_cl, "DRIVES"):
                            # 推动A 赋能B (a headline's segments, the first without subject):
                            # the task's object A drives B, as in 推动A赋能B
                            task = self._task_object(ctx, ctx.tokens(before_cl))
                            src = self._source(ctx, task, rule) if task else None
                        elif frame is not None:  # 以A为引领，加强X，带动Y: A
                            src = self._source(ctx, frame, rule)
                        elif before_cl is not None and ctx.sim[before_cl[1]] == " " and \
                                not ctx.args.has_cue(*before_cl):
                            src = self._headline_topic(ctx, before_cl)  # A进村 带动B
                        if src is None and not listed and toks[q].text in self.chain:
                            src = self._role_copula_source(ctx, before_cl)  # X成为主力，拉动B
                        if src is None and not listed and before_cl is not None:
                            src = means_object(ctx, before_cl, self.means_preps,
                                               self.means_verbs)  # 通过实施A工程，促进B: A
                            if src is None:  # 通过大力拓展A，推动B: A (拓展A an alias)
                                src = means_task_object(ctx, before_cl, self.means_preps,
                                                        "cue_drives_means_task")
                        if src is None and not listed and \
                                (topic := self._topic(ctx, cl, 2)) is not None:
                            rule = "cue_drives_chain_topic"  # A顺利落地，有力推动B
                            src = self._source(ctx, topic[0], rule, topic[1])
                        if src is None and toks[q].text in self.chain:
                            # 开展X行动，在Y建成Z，每年…，有力助推B: the programme launched
                            # earlier in the sentence, past clauses of what it did
                            src = self._earlier_launched(ctx, before_cl)
                            rule = "cue_drives_chain"
                        reported = any(t.text in self.result_adverbs for t in toks[:q]) or (
                            q + 1 < n and toks[q + 1].text in self.made_aspects)
                        # (有力带动了B, 进一步促进了B: an effect reported, not a task)
                        if src is None and not listed and (toks[q].text in self.chain
                                                           or hint is not None or reported):
                            # X持续上演，…，带动B: X (推动/促进 after a task list a task)
                            src = self._carried(ctx, cl, hint, reported=reported)
                            rule = "cue_drives_carried" if src is not None else rule
                        if src is None and not listed and toks[q].text in self.chain and \
                                before_cl is not None and (fig := figure_topic(
                                    ctx, ctx.tokens(before_cl))) is not None:
                            rule = "cue_drives_chain_topic"  # A已发放N亿元，带动B: A
                            src = self._source(ctx, fig, rule)
                if rule == "cue_drives_chain" and src is not None and len(dsts) == 1:
                    src, dsts = self._counted_measure(ctx, src, dsts[0])
                self._emit(ctx, src, dsts, rule, out)
                self._purpose(ctx, toks, q, out)  # 出台助力B的3项举措: the measures drive B
            self._aspect_role(ctx, toks, chained, out)  # 在推动B、C等方面发挥作用
            chained = src if cues and src is not None and rule.startswith("cue_drives_chain") \
                else None
            self._under(ctx, cl, toks, out)
            relative_agent_drives(self, ctx, toks, out)  # 由A带动的B
            self._role_object(ctx, toks, out)
            self._provide(ctx, cl, toks, before_cl, frame, prev_info, out)
            # 以A为引领， / 以A，  → the next clause's cue
            prev_instrument = None
            driving = False  # (以A为引领: a frame that drives; not 以A为基础)
            leading = False  # (以A为引领/引擎: the frame leads the tasks after it too)
            if inst is not None and not cues and toks[inst].text not in self.disposals:
                # (X把A、B整合起来，推动C: 把 puts A under a verb of its own clause, no means)
                j = n
                for k in range(inst + 1, n):
                    if toks[k].text == "为":
                        j = k
                        break
                represented = j + 1 < n and toks[j + 1].text.startswith("代表")
                if inst + 1 < j and not represented:  # (以A为代表的B lists A, it drives nothing)
                    prev_instrument = (toks[inst + 1].start, toks[j - 1].end)
                    driving = j + 1 < n and (toks[j + 1].text in self.frames or (
                        j + 2 < n and toks[j + 1].tag in ("a", "ad", "b", "d", "n") and
                        toks[j + 2].text in self.frames and
                        all(t.tag == "x" for t in toks[j + 3:])))
                    # (以A为根本动力，: a frame word after one modifier ends the clause)
                    leading = driving and any(t.text in self.leading_frames
                                              for t in toks[j + 1:j + 3]) and \
                        not any(t.text == "、" for t in toks[j + 1:])  # (以A为引领、B为支撑: roles)
            if prev_instrument is None:
                prev_instrument = self._role_frame(ctx, toks)  # 发挥A引领作用，推动B
                driving = prev_instrument is not None
            prev_subject = self.clause_subject(ctx, toks)
            prev_objects = ctx.state.objects.get(cl, [])
            if prev_instrument is not None or prev_subject is not None:
                frame = prev_instrument if driving else None  # (a subject of its own ends it)
                led = frame if leading else None
        return out
