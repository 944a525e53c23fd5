"""The frames of :class:`.cue_drives.CueDrives` that make a source from more than a subject:
以A为引领的B, 在A支持下, 发挥A引领作用, a clause of cause (随着A…),
measures that a cue phrase qualifies (推出助力B的3项举措), reliance (B离不开A的支撑). A mixin
of methods only, like :class:`.cue_args.DriveArguments`: the state is
:class:`.cue_drives.CueDrives`'s.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .clause_words import word_in_clause
from .cue_args import ACTORS
from .fares import fused_lead_idiom
from .role_objects import role_object_end
from .under_lists import under_head_span, under_list_items
from .under_targets import closing_state, listed_head, nominal_verbs, time_clause

__all__ = ["DriveFrames"]


class DriveFrames:
    """The frame methods of :class:`.cue_drives.CueDrives`."""

    def _means_items(self, ctx: SentenceContext, words: list[Tok]) -> list[Ent]:
        """通过发展A、组织B务工等方式: an instrument that lists tasks and closes with 等 (and a
        noun of means, ``means_heads``) gives each task, without its light verb, as a driver
        (the task with its verb an alias)."""
        while words and words[-1].text in self.means_heads:
            words = words[:-1]
        if len(words) < 4 or words[-1].text not in self.etc or \
                not any(t.text == "、" for t in words):
            return []
        out, item = [], []
        for t in [*words[:-1], None]:
            if t is not None and t.text != "、":
                item.append(t)
                continue
            lead = 1 if len(item) > 1 and (item[0].text in ctx.args.light
                                           or item[0].text in self.launches) else 0
            if item and item[lead:]:
                whole = ctx.sim[item[0].start:item[-1].end]
                ent = self._source(ctx, (item[lead].start, item[-1].end), "cue_drives_instrument",
                                   (whole,) if lead else ())
                if ent is None and lead:
                    ent = ctx.args.entity(item[0].start, item[-1].end, "cue_drives_instrument")
                if ent is not None and ent.type not in ACTORS:
                    out.append(ent)
            item = []
        return out

    def _emit_each(self, ctx: SentenceContext, srcs: list[Ent], toks: list[Tok], q: int,
                   out: list[Found]) -> None:
        """Each of ``srcs`` drives what the cue at ``q`` names."""
        if srcs:
            dsts = self._targets(ctx, toks, q + 1, "cue_drives_instrument")
            for src in srcs:
                self._emit(ctx, src, dsts, "cue_drives_instrument", out)

    def _reliance(self, ctx: SentenceContext, out: list[Found]) -> None:
        """B离不开A(的)支撑/赋能, B要靠A作支撑: what B relies on drives B (``reliance_verbs``;
        the clause ends with a force or support noun or a cue verb). B is the clause's subject,
        or the phrase the clause before names (B的背后，离不开A的支撑)."""
        for w in self.reliance:
            found = word_in_clause(ctx, w)
            if found is None:
                continue
            cl, toks, k0, k1 = found
            n = len(toks)
            while n and toks[n - 1].tag == "x":
                n -= 1
            if k0 is None or k1 is None or n < k1 + 2 or not (
                    toks[n - 1].text in self.force or toks[n - 1].text in self.verbs):
                continue
            e = n - 1
            if toks[e - 1].text in ("作", "的"):
                e -= 1
            if e <= k1:
                continue
            src = self._source(ctx, (toks[k1].start, toks[e - 1].end), "cue_drives_reliance")
            span = ctx.args.subject(toks, k0) if k0 else None
            if span is None and not k0:
                prev = next((c for c in reversed(ctx.clauses) if c[1] <= cl[0]), None)
                words = ctx.tokens(prev) if prev is not None else []
                while words and (words[-1].tag in ("x", "f") or words[-1].text in (
                        "的", "背后")):
                    words = words[:-1]  # B的背后，…
                if words and all(t.tag[:1] in ("n", "v", "d", "a") and t.tag != "nr"
                                 for t in words):
                    span = (words[0].start, words[-1].end)
            dst = ctx.args.entity(*span, "cue_drives_reliance") if span is not None else None
            if dst is not None and dst.type not in ACTORS and not ctx.args.organisation(*span):
                self._emit(ctx, src, [dst], "cue_drives_reliance", out)

    def _purpose(self, ctx: SentenceContext, toks: list[Tok], q: int, out: list[Found]) -> None:
        """推出助力B的3项举措, 依托助力B举措: the cue and its object qualify a head of measures
        (``purpose_heads``; without 的 only one of ``measure_heads``) that closes the phrase:
        the measures drive B."""
        objs = ctx.args.objects(toks, q + 1, verbs=self.verbs)
        if len(objs) != 1:
            return
        s, e, _light = objs[0]
        rest = [t for t in toks if t.start >= e]
        while rest and rest[-1].tag == "x":
            rest = rest[:-1]
        if rest:  # 促进B的3项举措: the object stops before 的
            if rest[0].text != "的" or len(rest) < 2:
                return
            e, head = rest[-1].end, rest[1].start
        else:
            text = ctx.sim[s:e]
            de = text.rfind("的")
            head = s + de + 1 if de > 0 else next(
                (e - len(h) for h in self.measure_heads if text.endswith(h)
                 and len(text) - len(h) >= 2 and not text[:-len(h)].endswith(self.vague)), None)
            if head is None:
                return  # (推进X专项方案: the plan is what is pushed; 推进X相关措施: vague)
        h = ctx.sim[head:e]
        counted = ctx.lex.regex("count_prefix").match(h)
        core = h[counted.end():] if counted else h
        if not core.endswith(self.purpose_heads) or len(ctx.tokens((e - len(core), e))) > 1 \
                or (not counted and len(h) < 3 and ctx.sim[head - 1] == "的"):
            return  # (助力B的措施: too bare a head, unless counted)
        end_of = head - 1 if ctx.sim[head - 1] == "的" else head
        end_of -= next((len(w) for w in ("若干", *ctx.args.counts)  # 促进B若干措施: B
                        if ctx.sim.endswith(w, s, end_of) and end_of - len(w) - s >= 2), 0)
        src = ctx.args.entity(head if ctx.sim[head - 1] == "的" else toks[q].start, e,
                              "cue_drives_purpose", extra_aliases=(ctx.sim[toks[q].start:e],))
        dst = ctx.args.entity(s, end_of, "cue_drives_purpose")
        if src is not None and dst is not None and dst.type not in ACTORS:
            self._emit(ctx, src, [dst], "cue_drives_purpose", out)

    def _cause(self, ctx: SentenceContext, cl: tuple[int, int]) -> tuple[int, int] | None:
        """随着A逐步普及，…: the phrase a clause of cause before ``cl`` names (the first clause
        of the sentence, opening with one of ``cause_openers``), else None."""
        first = ctx.clauses[0]
        if first == cl or not ctx.sim.startswith(tuple(self.cause_openers), first[0]):
            return None
        toks = ctx.tokens(first)
        if not toks or toks[0].text not in self.cause_openers:
            return None
        k = next((j for j, t in enumerate(toks) if j > 1 and (
            ctx.args.is_verb(t) or t.text in ctx.args.lead)), None)
        span = ctx.args.subject(toks[1:], k - 1) if k is not None else None
        if span is None or (span[1] - span[0] < 3
                            and ctx.lex.lookup(ctx.sim[span[0]:span[1]]) is None):
            return None  # (随着天气转暖: too bare a word to name a cause)
        return span

    def _aim_subject(self, ctx: SentenceContext, toks: list[Tok], q: int | None
                     ) -> tuple[int, int] | None:
        """A旨在/有利于 (…) : the subject before a verb of aim (``aim_verbs``), after a verb of
        hope (相信A有利于X); with a cue at ``q``, only adverbs stand between the aim and the
        cue (A有利于更好促进B). None when the aim has no subject (…，有利于推动B)."""
        end = q if q is not None else len(toks)
        aim = max((k for k in range(end) if toks[k].text in self.aims), default=None)
        if not aim or (q is not None and any(
                t.tag not in ("d", "ad") and t.text not in ctx.args.lead
                for t in toks[aim + 1:q])):
            return None
        w = max((k for k in range(aim) if toks[k].text in self.wish), default=-1)
        if w + 1 >= aim:
            return None
        span = ctx.args.subject(toks[w + 1:], aim - w - 1)
        return None if span is None or ctx.args.organisation(*span) else span

    def _headline_topic(self, ctx: SentenceContext, seg: tuple[int, int]) -> Ent | None:
        """A headline's segment before one that opens with a cue (智能农机进村 带动B): the
        segment names what drives when it is one phrase (a final verb allowed) that holds no
        actor, count or figure."""
        words = ctx.tokens(seg)
        if not 2 <= len(words) <= 6 or any(t.tag in ("x", "m", "p", "r", "uj") for t in words) \
                or not ctx.args.phrase_ok(words, final_verb=True) or \
                any(ctx.args.organisation(t.start, t.end) for t in words):
            return None
        return self._source(ctx, (words[0].start, words[-1].end), "cue_drives_chain")

    def _opens_task(self, ctx: SentenceContext, toks: list[Tok]) -> bool:
        """The clause has no subject: it opens (after adverbs) with a verb of a task."""
        k = ctx.args._lead_end(toks, 0, len(toks), light=False)
        return k < len(toks) and (toks[k].tag == "v" or toks[k].text in ctx.args.light
                                  or toks[k].text in self.verbs)

    def _role_frame(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """发挥A(的)引领/带动作用, (then 推动B): a clause that ends by giving A a driving role
        makes A the instrument of the clause after (like 以A为引领，推动B)."""
        n = len(toks)
        while n and toks[n - 1].tag == "x":
            n -= 1
        roles = ctx.lex.cues("DRIVES", "role_words")
        fused = n >= 3 and any(toks[n - 1].text == w + r for w in roles for r in self.role_nouns)
        role = n - 1 if fused else n - 2  # (示范作用 one word)
        if not fused and (n < 4 or toks[n - 1].text not in self.role_nouns or not (
                toks[n - 2].text in self.frames or toks[n - 2].text in self.verbs
                or toks[n - 2].text in roles)):
            return None
        v = max((k for k in range(role) if toks[k].text in self.role_verbs), default=None)
        if v is None:
            return None
        e = role
        while e > v + 1 and (toks[e - 1].text == "的" or toks[e - 1].text in ctx.args.lead):
            e -= 1
        a = ctx.args._lead_end(toks, v + 1, e, light=False)
        if a >= e or not ctx.args.phrase_ok(toks[a:e]):
            return None
        return toks[a].start, toks[e - 1].end

    def _role_object(self, ctx: SentenceContext, toks: list[Tok], out: list[Found]) -> None:
        """A对B的(引擎)带动作用(凸显), 发挥A对B的引领作用: A drives B (a cue word right before a
        role noun, after B and 的; A is the subject before 对, or what a role verb gives the
        role to)."""
        for k, t in enumerate(toks):
            if t.text not in self.role_preps or k == 0:
                continue
            de = role_object_end(toks, k, self.verbs, self.role_nouns, self.role_degrees,
                                 self.role_takes)
            if de is None:
                continue
            v = max((j for j in range(k) if toks[j].text in self.role_verbs), default=None)
            if v is not None:
                a = ctx.args._lead_end(toks, v + 1, k, light=False)
                span = (toks[a].start, toks[k - 1].end) if a < k and \
                    ctx.args.phrase_ok(toks[a:k]) else None
            else:
                span = ctx.args.subject(toks, k)
            src = self._source(ctx, span, "cue_drives_role")
            if src is None or src.name.endswith(self.org_heads):
                continue  # (发挥龙头企业对B的带动作用: firms act, they are no driving thing)
            dsts = []
            for s, e, _ in ctx.args.objects(toks[:de], k + 1):
                ent = ctx.args.entity(s, e, "cue_drives_role")
                if ent is not None and ent.type not in ACTORS:
                    dsts.append(ent)
            self._emit(ctx, src, dsts, "cue_drives_role", out)

    def _under(self, ctx: SentenceContext, cl: tuple[int, int], toks: list[Tok],
               out: list[Found]) -> None:
        """在 A (的) 支持/推动 下，B…: A drives B, what the rest of the clause (or the next
        clause) is about, unless B is an actor; so does 受A带动，B… (``by_preps``)."""
        n = len(toks)
        u = next((k for k in range(2, n) if toks[k].text in self.under
                  or (k + 1 < n and toks[k].text + toks[k + 1].text in self.under)), None)
        p = None if u is None else max((k for k in range(u) if toks[k].text == "在"), default=None)
        if p is None and u is not None:
            p = self._bare_under(ctx, toks, u)  # A推动下，B…: 在 left out
        by = u is None
        if by:
            u, p = self._by_frame(ctx, toks)
        if u is None or p is None or p + 1 >= u:
            return
        e = u
        while e > p + 1 and toks[e - 1].text == "的":
            e -= 1
        words = toks[p + 1:e]
        items = under_list_items(ctx, words, self.under_tails, self.conj, self.etc, self.states)
        if items is not None:  # 在A、B等多轮驱动下: each item drives
            srcs = [self._source(ctx, span, "cue_drives_under") for span in items]
            if all(s is not None and s.type not in ACTORS
                   and not s.name.endswith(self.org_heads) for s in srcs):
                self._under_target(ctx, cl, toks, u, by, [s for s in srcs if s], out)
            return  # (在甲省和乙局的共同推动下: bodies act, they are no driving things)
        how = e
        while how > p + 2 and toks[how - 1].tag in ("v", "a"):
            how -= 1
        if toks[how - 1].tag not in ("d", "ad", "vd"):
            how = e  # (only a verb after an adverb says how a thing fares)
        while how > p + 2 and toks[how - 1].tag in ("d", "ad", "vd"):
            how -= 1  # 在A快速增长的带动下: A (how it fares stays in the alias)
        st = self.states.match(ctx.sim, toks[e - 1].start) if how == e else None
        if st is not None and e > p + 2 and toks[e - 1].verb and st.end() >= toks[e - 1].end:
            how = e - 1  # 受A需求增加带动: a state word alone says how A fares
        aliases: tuple[str, ...] = ()
        if how < e and toks[how - 1].tag[:1] in ("n", "v") and \
                ctx.args.phrase_ok(toks[p + 1:how]) and not ctx.args.phrase_ok(words):
            aliases = (ctx.sim[toks[p + 1].start:toks[e - 1].end],)
            words, e = toks[p + 1:how], how
        if any(t.tag in ("nr", "nrfg", "nrt") or any(w in t.text for w in ctx.args.titles)
               for t in words):
            return  # 在X书记关心推动下: a person's care, not a thing
        span = (toks[p + 1].start, toks[e - 1].end)
        if not ctx.args.phrase_ok(words):
            head = under_head_span(ctx, words, self.etc)  # 在A、B等X政策推动下: the policies
            if head is None:
                return
            aliases, span = (*aliases, ctx.sim[span[0]:span[1]]), head
        src = self._source(ctx, span, "cue_drives_under", aliases)
        if src is None and aliases:  # 受消费回暖带动: 消费 alone names nothing, 消费回暖 does
            src = self._source(ctx, (toks[p + 1].start, toks[p + 1].start + len(aliases[0])),
                               "cue_drives_under")
        if src is None:
            return
        self._under_target(ctx, cl, toks, u, by, [src], out)

    def _bare_under(self, ctx: SentenceContext, toks: list[Tok], u: int) -> int | None:
        """A推动下，B…: an ``under`` cue that closes a clause opening with a noun phrase (after
        lead words) reads as 在A推动下 with 在 left out: the index before the phrase, else None
        (a verb or a preposition before the cue: no such frame)."""
        k = u + (1 if toks[u].text in self.under else 2)
        if any(t.tag != "x" for t in toks[k:]):
            return None
        i = ctx.args._lead_end(toks, 0, u, light=False)
        words = toks[i:u]
        while words and words[-1].text == "的":
            words = words[:-1]
        if not words or not words[-1].noun or any(t.tag == "p" or ctx.args.is_verb(t)
                                                  for t in words):
            return None
        return i - 1

    def _under_target(self, ctx: SentenceContext, cl: tuple[int, int], toks: list[Tok],
                      u: int, by: bool, srcs: list[Ent], out: list[Found]) -> None:
        """The thing the clause after 在A…下 (from the cue at ``u``) is about, driven by each
        of ``srcs``."""
        rest = toks[u + (1 if by or toks[u].text in self.under else 2):]
        while rest and rest[0].tag == "x":
            rest = rest[1:]
        later = iter(c for c in ctx.clauses if c[0] >= cl[1])
        while not rest or time_clause(ctx, rest):
            nxt = next(later, None)  # (…带动下，上半年，B…: a clause of time opens no topic)
            if nxt is None:
                break
            rest = ctx.tokens(nxt)
        k = closing_state(ctx, rest, self.states, self.inst_verbs)
        if k:  # (营业/n 收入/v 快速增长: before the closing state, a verb after a noun is a noun's)
            rest = nominal_verbs(ctx, rest, k, self.verbs)
        k = k or next(
            (j for j, t in enumerate(rest) if j and (
                (t.text in ctx.args.lead and t.tag[:1] in ("d", "v", "a")) or t.tag == "p"
                or (t.verb and len(t.text) > 1 and t.text not in ctx.args.nominal)
                or self.states.match(ctx.sim, t.start) or t.text == "同比"
                or fused_lead_idiom(ctx, t))), None)
        # (…带动下，B同比增长20%, B快速发展: how B fares ends it; so does an idiom of how it
        # fares that opens with an adverb, 持续上升 read as one word)
        head = listed_head(ctx, rest[:k], self.etc) if k else None
        span = head[0] if head else ctx.args.subject(rest, k) if k else None
        dst = ctx.args.entity(*span, "cue_drives_under", extra_aliases=head[1] if head else ()) \
            if span is not None else None
        if dst is not None and dst.type not in ACTORS and not ctx.args.organisation(*span) \
                and not dst.name.endswith(self.org_heads) \
                and (len(dst.name) >= 3 or dst.rule == "lexicon") \
                and [t.tag for t in ctx.tokens(span)] != ["r"]:
            for src in srcs:  # (an actor is not driven)
                self._emit(ctx, src, [dst], "cue_drives_under", out)

    def _by_frame(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int | None, int | None]:
        """受A带动，: a clause that opens (after adverbs) with a word of ``by_preps`` and ends
        with a cue verb; (index of the cue, index of the opening word), or (None, None)."""
        p = ctx.args._lead_end(toks, 0, len(toks), light=False)
        n = len(toks)
        while n and toks[n - 1].tag == "x":
            n -= 1
        if p < n and toks[p].text in self.by_preps and p + 2 < n and \
                toks[n - 1].text in self.verbs:
            return n - 1, p
        return None, None

    def _frame_of(self, ctx: SentenceContext, toks: list[Tok], inst: int,
                  out: list[Found]) -> None:
        """以A为引领的B: A drives B."""
        n = len(toks)
        for k in range(inst + 2, n - 2):
            if toks[k].text == "为" and toks[k + 1].text in self.frames and \
                    toks[k + 2].text == "的":
                src = self._source(ctx, (toks[inst + 1].start, toks[k - 1].end),
                                   "cue_drives_instrument")
                item = ctx.args._item(toks, k + 3, n, frozenset())
                if src is not None and item is not None:
                    dst = ctx.args.entity(item[0], item[1], "cue_drives_instrument")
                    if dst is not None and dst.type not in ACTORS:
                        self._emit(ctx, src, [dst], "cue_drives_instrument", out)
                return
