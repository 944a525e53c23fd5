"""The objects of :class:`.cue_implements.CueImplements`: what an implementing verb names
(initiatives by their head, the object of a strong verb, a campaign or a task closed by a work
noun, a list closed by a generic head, the members of a counted group of projects, items that
share the last one's head). A mixin of methods only: the state is
:class:`.cue_implements.CueImplements`'s (its word lists), and each call's state is the
sentence's :class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

import itertools

from ..arguments.phrases import Ent, counted_measures
from ..discourse.context import SentenceContext
from ..lists.tallies import is_tally
from ..words.tokens import Tok
from .cue_purpose import ImplementsPurpose
from .described_heads import described_weak
from .published_rosters import published_roster
from .work_objects import WorkObjects

__all__ = ["ImplementsObjects"]


class ImplementsObjects(ImplementsPurpose, WorkObjects):
    """The object methods of :class:`.cue_implements.CueImplements`."""

    def _objects(self, ctx: SentenceContext, toks: list[Tok], q: int, group: bool = True
                 ) -> list[Ent]:
        if q + 1 < len(toks) and toks[q + 1].text == "的":
            # 在X举办的Y上签约Z: the relative clause's object ends at the word of place after it
            end = next((k for k in range(q + 2, len(toks)) if toks[k].tag == "f"), len(toks))
            toks = toks[:end]
        if q + 1 < len(toks) and toks[q + 1].text in self.span_words:
            # 开展为期三个月的X行动: a modifier of duration is no part of the name
            d = next((k for k in range(q + 2, min(len(toks), q + 8)) if toks[k].text == "的"),
                     None)
            if d is not None and d + 1 < len(toks):
                return self._objects(ctx, toks[:q + 1] + toks[d + 1:], q, group)
        if q + 1 < len(toks) and toks[q + 1].text in self.verbs:
            # 编制出台X, 加快建设Y: a verb compound, the object is the last verb's (编制出台工作
            # 方案: a generic head that names no policy document, no object at all)
            return self._objects(ctx, toks, q + 1, group)
        if toks[q].text in self.directives and q + 2 < len(toks):
            # 部署各级组织开展Y: the programme the directed units carry out
            j = next((k for k in range(q + 2, min(len(toks), q + 9))
                      if toks[k].text in self.verbs and toks[k].text not in self.directives),
                     None)
            if j is not None and self._directed_end(toks, q + 1, j) is not None:
                return self._objects(ctx, toks, j, group)
        if q + 1 < len(toks) and toks[q + 1].text.startswith("集"):
            # 搭建集A、B于一体的X: the frame says what X holds; the object is X
            whole = ctx.lex.regex("integrated_frame").match(ctx.sim, toks[q + 1].start,
                                                            toks[-1].end)
            after = next((k for k in range(q + 2, len(toks))
                          if whole is not None and toks[k].start == whole.end()), None)
            if after is not None:
                return self._objects(ctx, toks[:q + 1] + toks[after:], q, group)
        if q + 1 < len(toks) and toks[q + 1].text == "以":
            # 推出以A、B为核心指标的“X”: the quoted name closes the frame, no item inside it
            framed = ctx.lex.regex("framed_quote").match(ctx.sim, toks[q + 1].start, toks[-1].end)
            if framed is not None:
                q_name = framed.group(1).strip("“”")
                ent = ctx.args.entity(framed.start(1), framed.end(1), "cue_implements",
                                      hint="Initiative")
                return [ent] if ent is not None and len(q_name) >= 3 else []
        work = self._work_object(ctx, toks, q) if toks[q].text in self.conduct else None
        if work is not None:
            return [work]
        strong_verb = toks[q].text in self.strong
        counted = counted_measures(ctx.sim, toks[q + 1].start, toks[-1].end,
                                   self.measure_heads, self.measure_count) \
            if q + 1 < len(toks) else None
        if counted is not None:  # 出台30条支持X的措施: one thing, though a verb is inside
            return [counted]
        if any(t.text in self.disposal for t in toks[:q]):  # 把开展X作为Y: X only
            toks = toks[:next((k for k in range(q + 1, len(toks)) if toks[k].text in
                               self.taken_as), len(toks))]
            if q + 1 >= len(toks):
                return []
        themed = self._themed_object(ctx, toks, q) if toks[q].text in self.conduct else None
        if themed is not None:
            return [themed]
        roster = published_roster(ctx, toks, q)
        if roster is not None:  # 公布X试点示范项目名单: the programme
            return [roster]
        if toks[q].text in ctx.lex.cues("IMPLEMENTS", "publish_only_verbs") and \
                not (q + 1 < len(toks) and toks[q + 1].text == "《"):
            return []  # 公布收费标准: information published, no programme (公布《X办法》: a rule)
        out = []
        items = ctx.args.objects(toks, q + 1)
        if toks[q].text in self.issue and len(items) == 1:
            issued = self._issued_document(ctx, toks, items[0])
            if issued is not None:
                return [issued]
        etc = next((k for k in range(q + 1, len(toks)) if toks[k].text in ("等", "等等")), None)
        listed: tuple[str, ...] = ()
        members: list[tuple[int, int, bool]] = []
        if etc is not None and items:
            head = [it for it in items if it[0] > toks[etc].start]
            named = [it for it in items if it[0] < toks[etc].start]
            # 开展“A”“B”等活动: names in quotes before a bare head are what is carried out
            names_only = bool(head) and len(ctx.sim[head[0][0]:head[0][1]]) <= 2 and \
                bool(named) and all(ctx.sim[it[0]] in "“《" for it in named)
            quoted_only = names_only and toks[q].text in self.conduct and \
                all(ctx.sim[it[0]] == "“" for it in named)  # (not 推广“A”“B”等产品)
            if group and head and ctx.sim[head[0][0]:head[0][1]] in ctx.args.weak and \
                    toks[q].text not in self.held_events and not quoted_only:
                # (举行A、B等活动: A and B are held)
                whole = self._generic_group(ctx, toks, q, etc, head[0][1])
                if whole is not None:
                    return [whole]
            if names_only:
                head = []  # 深化“A”“B”等品牌: the names are what is carried out, not 品牌
                items = named
            if head and any(toks[k].text == "、" for k in range(q + 1, etc)) and \
                    is_tally(ctx.sim[head[0][0]:head[0][1]], ctx.lex.regex("count_prefix"),
                             ctx.lex.words("tally_heads")):
                # 建设A、B等12个项目: each item (between the 、) is one of the projects counted
                cuts = [q, *(k for k in range(q + 1, etc) if toks[k].text == "、"), etc]
                head, strong_verb = [], True
                items = [(toks[a + 1].start, toks[b - 1].end, False)
                         for a, b in itertools.pairwise(cuts) if b > a + 1]
            if head and not described_weak(ctx, head[0][0], head[0][1]):
                members = [it for it in items if it[0] < toks[etc].start]
                items = head
                listed = (ctx.sim[members[0][0]:head[0][1]],) if members else ()
            elif head and ctx.sim[head[0][0]:head[0][1]] not in ctx.args.weak:
                items = [it for it in items if it[0] < toks[etc].start]  # (等丰富多彩的活动)
            # 推出A、B等十项举措: what was launched is the whole (the parts are INCLUDES)
        elif items:
            whole = self._counted_list(ctx, items)
            if whole:  # 举办A、B、C三下乡活动: one programme, the list its alias
                return whole
            items, listed = self._shared_head(ctx, toks, items)
            if not listed and not strong_verb:
                items, listed = self._listed_before_head(ctx, items)
        if len(items) == 1:
            if self._to_head(ctx, toks, items[0], ctx.args.non_init) != items[0]:
                return []  # 发布X年度行业分析报告: a report, not an initiative
            items = [self._to_head(ctx, toks, items[0], ctx.args.init_heads2)]
        conduct = toks[q].text in self.conduct
        for s, e, _ in items:
            words = ctx.tokens((s, e))
            # (a campaign noun of two words: 学习 + 教育)
            tail = 1 if len(words) > 1 and words[-1].text in self.campaigns else \
                2 if len(words) > 2 and words[-2].text + words[-1].text in self.campaigns else 0
            campaign = conduct and tail > 0
            while len(words) > 1 and words[-1].tag == "v" and not campaign and \
                    not words[-1].text.endswith(ctx.args.init_heads) and \
                    not ctx.sim[s:words[-1].end].endswith(self.facility_heads) and \
                    not self._named_tail(ctx, words) and not self._paired_tail(ctx, words):
                words = words[:-1]  # 由A主办的X开幕: the verb is the sentence's
            if words and words[-1].end < e and ctx.sim[s:words[-1].end] in ctx.args.init_heads:
                continue  # 深化规划衔接: a bare head before a verb is no name of its own
            e = words[-1].end if words else e
            frame = next((f for f in self.frame_tails if ctx.sim.endswith(f, s, e)), "")
            if frame:  # 在共建“X”框架下深化合作: the frame is a scope; the name is before it
                e -= len(frame)
                words = [w for w in words if w.end <= e]
            text = ctx.sim[s:e]
            if len(text) < 2 or text in ctx.args.counts:
                continue  # (举行新一轮会谈: a count whose noun the verb trim took)
            if s == items[-1][0] and toks[q].text in self.causatives and \
                    not text.endswith((*self.facility_heads, *self.project_heads)) and \
                    self._predicate_after(ctx, toks, e):
                return []  # 推动X走深走实, 推动Y朝着…发展: X is made to fare, not carried out
                # (推动X中心提档升级: a facility or project is still the body's work)
            campaign = campaign and (len(text) >= 4 or text in self.campaigns) and (
                ctx.args.phrase_ok(words[:-tail]) or self._themed(ctx, words, tail))
            # (大走访: a campaign noun of its own; 开展树立和践行X学习教育: a study campaign
            # named by the verb phrase of its theme)
            if ctx.args.organisation(s, e):
                continue
            typ = ctx.args.type_of(text)
            work = next((w for w in self.work_nouns if text.endswith(w)), "")
            if work and typ != "Initiative" and len(text) - len(work) >= 4 and \
                    ctx.args.type_of(text[:-len(work)]) == "Initiative":
                # 推进甲乙改革试点工作: the work of a programme named by its head is the programme
                listed = (*listed, text)
                e, text, typ = e - len(work), text[:-len(work)], "Initiative"
            quoted = any(ch in text for ch in "“《")
            strong = strong_verb
            if strong and typ != "Initiative" and not quoted:
                # any object of a strong verb, but a thing: no quantity (1名经理), no process
                # (智能化), a noun at the end
                strong = (len(text) >= 3 or bool(listed)) and \
                    not self._people_quantity.match(text) and \
                    not text.endswith("化") and bool(words) and \
                    words[-1].tag in ("n", "nz", "nt", "j", "eng", "ns", "l") and \
                    ctx.args.phrase_ok(words) and not text.endswith(self.org_heads)
                # (设立多家X机构: a body set up is no initiative)
            people = self._people_quantity.match(text)
            if people is not None and people.group(0).endswith(self.people_measures):
                continue  # 发布12名“最美X”: the people a title honours, no programme
            if (not quoted or text.endswith("》")) and \
                    text.rstrip("》").endswith(ctx.args.non_init):
                continue  # 发布A、B等信息, 发布《X公报》: a report or news, not an initiative
            if text in self.project_works and members:  # 推进A、B等重点项目建设: A and B
                out += self._members(ctx, members, named=True)
                continue
            if typ == "Initiative" or quoted or strong or campaign:
                ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative",
                                      extra_aliases=listed)
                if ent is not None and ent.type == "Initiative":
                    out.append(ent)
                    if text.endswith(self.project_heads):
                        out += self._members(ctx, members)
        if members and (conduct or strong_verb) and not any(
                b.rule == "cue_implements" and b.start == members[0][0] for b in out) and \
                all(ctx.sim[m[0]] in "“「" for m in members):
            out += self._quoted_members(ctx, members)  # (whatever the head: 发行“X”等债券)
        return out

    def _joined_programmes(self, ctx: SentenceContext, toks: list[Tok], q: int,
                           objs: list[Ent]) -> list[Ent]:
        """举办A论坛和B博览会, 开展综合演练和专项演练: the programmes after the first object
        joined to it by 和/及/与, each ending with an initiative head of its own (not 建设城市
        运行和治理中心, whose parts share the head; not 以A为核心和基础的X). Only the actor
        carries them out: what drives the next clause stays the first object."""
        if len(objs) != 1 or not ctx.sim.startswith(("和", "及", "与", "以及"), objs[0].end):
            return []
        joined = ctx.args.objects(toks, q + 1, conj=True)
        if len(joined) < 2 or joined[0][0] != objs[0].start or any(
                not ctx.sim[s:e].endswith((*ctx.args.init_heads, *self.campaigns)) or
                e - s < 4 for s, e, _ in joined):
            return []
        out = []
        for s, e, _ in joined[1:]:
            if len(ctx.tokens((s, e))) < 2:
                continue  # (推广A产品和解决方案: one dictionary word is a generic thing)
            ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative")
            if ent is not None and ent.type == "Initiative":
                out.append(ent)
        return out

    @staticmethod
    def _quoted_members(ctx: SentenceContext, members: list[tuple[int, int, bool]]
                        ) -> list[Ent]:
        """开展“A”“B”等X活动 (after a verb of ``conduct_verbs``): quoted names before 等 are
        programmes the actor runs too (each name in quotes, also two quotes with no mark
        between them); not what is promoted or pushed on (推广“A”“B”等产品)."""
        out = []
        for s, e, _ in members:
            for m in [*ctx.dm.between(s, e), *ctx.dm.quoted]:
                if m.rule == "quoted_name" and s <= m.start and m.end <= e and \
                        m.type in ("", "Initiative") and len(m.name) >= 2:
                    out.append(Ent(m.name, "Initiative", m.start, m.end, "quoted_name",
                                   m.aliases))
        return out

    @staticmethod
    def _listed_before_head(ctx: SentenceContext, items: list[tuple[int, int, bool]]
                            ) -> tuple[list[tuple[int, int, bool]], tuple[str, ...]]:
        """开展A、B风貌改造工程: items before the last that name nothing of their own (no
        initiative head, no known term or name) share its head; the last item is what is
        carried out, the whole list an alias."""
        if len(items) < 2:
            return items, ()
        last = ctx.sim[items[-1][0]:items[-1][1]]
        if not last.endswith(ctx.args.init_heads2):
            return items, ()
        for s, e, _ in items[:-1]:
            text = ctx.sim[s:e]
            if text.endswith(ctx.args.init_heads) or ctx.dm.between(s, e) or \
                    ctx.args.type_of(text) == "Initiative":
                return items, ()
        return [items[-1]], (ctx.sim[items[0][0]:items[-1][1]],)

    def _issued_document(self, ctx: SentenceContext, toks: list[Tok],
                         item: tuple[int, int, bool]) -> Ent | None:
        """海州市印发通知 / 出台措施: after a verb of issuing (``IMPLEMENTS.issue_verbs``), a
        bare policy head (``policy_heads``) that ends the clause is the document or measure the
        body issued, however generic its name."""
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        text = ctx.sim[item[0]:item[1]]
        if not end or item[1] != toks[end - 1].end or text not in self.policy_heads:
            return None
        return Ent(text, "Initiative", item[0], item[1], "cue_implements")

    @staticmethod
    def _to_head(ctx: SentenceContext, toks: list[Tok], item: tuple[int, int, bool],
                 heads: tuple[str, ...]) -> tuple[int, int, bool]:
        """推出12项X互认Y项目, 推进老旧厂房再开发示范区: a single object runs to the head (one
        of ``heads``) that ends the clause, over the adverbs and verbs of its name (no
        punctuation, preposition, particle, conjunction or light verb in between)."""
        a = next((k for k, t in enumerate(toks) if t.start == item[0]), None)
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        if a is None or a + 2 >= end or toks[end - 1].end <= item[1]:
            return item
        last = toks[end - 1].text
        if not last.endswith(heads) and not (len(last) == 1 and (toks[end - 2].text + last)
                                             .endswith(heads)):
            return item  # (a head the segmenter splits off its verb: X对接/会)
        if any(t.tag in ("x", "p", "uj", "c") or t.text in ctx.args.light
               for t in toks[a:end]):
            return item
        return item[0], toks[end - 1].end, item[2]

    @staticmethod
    def _paired_tail(ctx: SentenceContext, words: list[Tok]) -> bool:
        """X应用试点示范: the last verb closes a head of two words (``initiative_heads``), so it
        is part of the name, not the sentence's verb."""
        return ctx.sim[words[-2].start:words[-1].end] in ctx.args.init_heads2

    @staticmethod
    def _named_tail(ctx: SentenceContext, words: list[Tok]) -> bool:
        """The last word heads a quoted name (“一键通”改造: ``quoted_heads``), not a verb of
        its own."""
        m = ctx.dm.ending(words[-1].end, words[0].start)
        return m is not None and m.rule == "quoted_name" and m.start < words[-1].start

    def _members(self, ctx: SentenceContext, members: list[tuple[int, int, bool]],
                 named: bool = False) -> list[Ent]:
        """推进A、B等N个项目: whoever carries out the projects carries out each named one
        (``named``: also a member the text names as a project where it stands, X基地二期)."""
        out = []
        for s, e, _ in members:
            if len(ctx.sim[s:e]) >= 4 and not ctx.args.organisation(s, e) and (
                    named or ctx.args.type_of(ctx.sim[s:e]) == "Initiative"):
                # (an X工程 of its own; a named member is whatever the text's name reads as)
                ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative")
                if ent is not None and ent.type == "Initiative":
                    out.append(ent)
        return out

    def _shared_head(self, ctx: SentenceContext, toks: list[Tok],
                     items: list[tuple[int, int, bool]]
                     ) -> tuple[list[tuple[int, int, bool]], tuple[str, ...]]:
        """推出A和B项目 / 推出A、B以及C活动 (after a ``launch_verbs`` verb): the items before the
        conjunction share the last one's head; what was launched is the last item (the whole
        list stays an alias)."""
        a = next((j for j, t in enumerate(toks) if t.start == items[-1][0]), None)
        if a is None:
            return items, ()
        end = next((j for j in range(a, len(toks)) if toks[j].tag == "x"), len(toks))
        k = next((j for j in range(a + 1, end) if toks[j].text in self.joined), None)
        if k is None or ctx.sim[items[-1][0]:toks[k].start].endswith(ctx.args.init_heads):
            return items, ()  # (推出A政策和B活动: two things, each with its own head)
        last = ctx.args._item(toks, k + 1, end, frozenset())
        if last is None or last[1] != toks[end - 1].end:
            return items, ()
        text = ctx.sim[last[0]:last[1]]
        if not text.endswith(ctx.args.init_heads) or text.endswith(ctx.args.non_init):
            return items, ()
        return [last], (ctx.sim[items[0][0]:last[1]],)

    @staticmethod
    def _built_subject(ctx: SentenceContext, toks: list[Tok], q: int) -> Ent | None:
        """X加快建设 (nothing after the verb): X is what is built, the thing a following
        clause may say it drives (…，有效拉动Y)."""
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        span = ctx.args.subject(toks, q) if q + 1 == end else None
        if span is None or ctx.args.organisation(*span) or ctx.args.is_place(*span):
            return None
        ent = ctx.args.entity(span[0], span[1], "cue_implements", hint="Initiative")
        return ent if ent is not None and ent.type == "Initiative" else None

    def _predicate_after(self, ctx: SentenceContext, toks: list[Tok], e: int) -> bool:
        """Whether the clause goes on after the object ending at ``e`` with a predicate of its
        own (推动X落实见效, 推动Y向…迈进): anything but punctuation, a noun of carrying out (X建设,
        ``programme_process_tails``), 等 or 的."""
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        rest = ctx.sim[e:toks[end - 1].end] if end else ""
        return bool(rest) and not rest.startswith(("等", "的", "、", "和", "与", "及")) and \
            not rest.startswith(self.process_tails) and rest[0] not in "，,；;。"
