"""The targets of :class:`.cue_drives.CueDrives`: what a cue drives, read from the words after
it (带动A、B等H: the list's head; 带动A上行: A, with A上行 an alias; 带动农户增收: the whole event
when people act; figures, counts, people and meetings are no targets). A mixin of methods only,
like :class:`.cue_args.DriveArguments`: the state is :class:`.cue_drives.CueDrives`'s
(its word lists), each call's that of the sentence's :class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

from dataclasses import replace

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .activity_tails import activity_tail_end
from .cue_args import ACTORS
from .engine_tails import engine_tail_start
from .list_events import list_is_event_subject
from .list_tail import list_last_item
from .qualified_heads import qualified_list_head
from .target_tails import driven_entity, predicate_tail_end, process_tail_end
from .vitality import vitality_start

__all__ = ["DriveTargets"]


class DriveTargets:
    """The target methods of :class:`.cue_drives.CueDrives`."""

    def _targets(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str) -> list[Ent]:
        if list_is_event_subject(ctx, toks, i):
            return []  # 推动A、B等技术在C落地: the items take part in an event, not driven
        shared = self._shared_head(ctx, toks, i, rule)
        if shared is not None:
            return [shared]
        out = []
        joint = self._joint_event(ctx, toks, i, rule)
        if joint is not None:
            return [joint]
        qualified = qualified_list_head(ctx, toks, i, rule)
        if qualified is not None:
            return [qualified]  # 推动形成A、B的H / 以A、B为主要形态的H: H
        objs = ctx.args.objects(toks, i, verbs=self.verbs)
        discourse = tuple(ctx.lex.words("drive_discourse_heads"))
        k = next((j for j in range(i + 1, len(toks) - 1) if toks[j].text in self.etc), None)
        if k is not None and len(objs) >= 2 and any(
                t.tag == "f" and x.text == "的" and objs[-1][0] < t.start and x.end <= objs[-1][1]
                for t, x in zip(toks[k + 1:], toks[k + 2:], strict=False)):
            objs, k = objs[:-1], None  # 在推动A、B等工作中的X: the items are pushed, not X
        if k is not None and len(objs) >= 2 and objs[-1][0] == toks[k + 1].start and \
                ctx.sim[objs[-1][0]:objs[-1][1]] not in ctx.args.weak:
            # 带动A、B等H, 助力A等H: H (the list stays an alias) is what is driven, not each member
            s, e = objs[0][0], objs[-1][1]
            rest = toks[k + 1:]
            while rest and (rest[-1].tag in ("m", "q", "x", "eng") or rest[-1].text in "%％"):
                rest = rest[:-1]  # …等货品全年营收2万亿元: a time word inside, no figure
            figures = rest and all(  # (等用品销售额3.2亿元: the object runs on to the figure)
                t.tag in ("m", "q", "x", "eng") or t.text in "%％"
                for t in toks if rest[-1].end <= t.start and t.end <= e)
            if rest and (rest[-1].end >= e - 1 or figures) and all(
                    t.noun or ctx.args.is_time(t) or t.tag in ("t", "mq") for t in rest):
                e = rest[-1].end
            verb = next((t.start for t in rest[1:] if t.tag == "v" and t.end < e
                         and t.text not in ctx.args.nominal), None)
            e = verb if verb is not None else e  # 带动A、B等行业营收实现较快增长: the head ends
            # before a verb with words after it (not 等设备检修保养: an activity word)
            de = next((t.start for t in rest if t.text == "的" and objs[-1][0] < t.start < e
                       and process_tail_end(ctx, toks, t.start) == e), None)
            aka = (ctx.sim[s:e], ctx.sim[objs[-1][0]:e]) if de is not None else (ctx.sim[s:e],)
            e = de if de is not None else e  # 等H的发展: H (H的发展 an alias)
            ent = ctx.args.entity(objs[-1][0], e, rule, extra_aliases=aka)
            if ent is not None and all(t.tag in ("m", "q", "mq")
                                       for t in ctx.tokens((ent.start, ent.end))):
                return []  # 等16个方面: a count is no target
            if ent is None or ent.type in ACTORS:
                return []
            members = self._group_members(ctx, ent, objs[:-1], rule)
            bare = self._group_core(ctx, ent) in ctx.lex.words("drive_bare_group_heads")
            return members if members and bare else [ent, *members]  # (等业态: its items)
        after = next((t for t in toks if objs and t.start >= objs[-1][1]), None)
        if after is not None and after.start == objs[-1][1] and \
                after.text in self.turns:
            # 推动A向B转型: the change of direction is driven; A names it, the whole phrase to
            # the clause's end (a verb closing it) is its alias
            return self._turned(ctx, toks, objs[-1], rule) if len(objs) == 1 else []
        ends = {t.end: (p.text if t.text == "了" else t.text)
                for p, t in zip([toks[0], *toks], toks, strict=False)}  # (促进了B: 促进)
        if len(objs) > 1 and all("的" not in ctx.sim[o[0]:o[1]] for o in objs[:-1]):
            de = ctx.sim.find("的", objs[-1][0] + 2, objs[-1][1])
            if de > 0:  # 书写推进A、B的新篇章: the list qualifies the noun after 的
                objs = [*objs[:-1], (objs[-1][0], de, objs[-1][2])]
        if len(objs) == 1 and (cut := engine_tail_start(
                ctx.sim[objs[0][0]:objs[0][1]],
                self.engines | ctx.lex.wordset("drive_model_heads"), self.engine_mods,
                self.role_heads)) is not None:
            objs = [(objs[0][0], objs[0][0] + cut, objs[0][2])]  # B的核心支柱: B
            # (以A引领B的标杆: B, the model the relative clause names is not driven)
        if len(objs) == 1:
            objs = [self._event_object(ctx, toks, objs[0])]
        objs = self._joined_items(ctx, toks, i, rule, objs)
        objs = list_last_item(ctx, toks, objs, self.verbs)  # 带动A、B和C: C too
        for n, (s, e, light) in enumerate(objs):
            if n and light and not objs[0][2] and ends.get(s) not in self.verbs:
                continue  # 赋能A、扩大B: B is the object of a second task (促进B is driven)
            if ctx.sim[s:e] in self.place_deictics and len(objs) == 1:
                last = next((t for t in reversed(toks) if t.tag != "x"), None)
                if last is not None and last.end - e >= 3:
                    s, e = e, last.end  # 助力当地群众增收: 群众增收 (当地 says where)
            words = ctx.tokens((s, e))
            cut = len(words)
            while cut > 1 and (words[cut - 1].tag in ("m", "mq")
                               or (words[cut - 1].tag == "q" and words[cut - 2].tag == "m")
                               or words[cut - 1].text in (".", "%", "％")):
                cut -= 1  # 拉动B增长1.5个百分点, 带动B 50亿元: the figure is how much, not what
            grew = ""
            if cut < len(words) and cut > 1 and words[cut - 1].tag == "ul":
                cut -= 1  # (带动B增长了9.5%)
            if cut < len(words) and cut > 1 and self.states.fullmatch(words[cut - 1].text) and \
                    words[cut - 2].end - s >= 2:
                grew = ctx.sim[s:words[cut - 2].end]  # (B增长: B an alias)
            if cut < len(words) and words[cut - 1].tag not in ("m", "mq", "q", "x") and \
                    words[cut - 1].end - s >= 2:
                e = words[cut - 1].end
                words = words[:cut]
            tail = next((t for t in ctx.lex.list("drive_growth_tails") if ctx.sim.endswith(t, s, e)
                         and e - len(t) - s >= 2 and any(w.end == e - len(t) for w in words)
                         and ctx.sim[e - len(t) - 1] != "的"),  # (A的较快增长: process_tail_end)
                        None)
            if tail is not None and not grew:  # 带动A持续升温 read as one phrase: A (the whole
                grew, e = ctx.sim[s:e], e - len(tail)  # an alias)
                words = [w for w in words if w.end <= e]
            title = min((i for h in ctx.lex.cues("DRIVES", "title_heads")
                         if (i := ctx.sim.find(h, s + 2, e)) > 0), default=None)
            if title is not None:  # A赋能B实施方案(启动): the plan is named by what it
                e = title  # drives, B (what the plan does next is no part of B either)
                words = [w for w in words if w.end <= e]
            nxt = next((t for t in toks if t.start >= e), None)
            if len(words) > 1 and words[-1].tag == "a" and nxt is not None and \
                    nxt.start == e and nxt.tag == "v" and words[-2].end - s >= 2:
                e, words = words[-2].end, words[:-1]  # 支撑B稳定保持在X: how B stays, no part
            cut_at = next((t.start for t in words[1:] if t.text in ctx.lex.words(
                "drive_target_cut_verbs") and t.start - s >= 2), None)
            if cut_at is not None:  # 撬动社会资本投向X: where it goes is no part of it
                e, words = cut_at, [t for t in words if t.end <= cut_at]
            talk = next((t.start for t in words[1:-1] if t.text == "的" and t.start - s >= 2
                         and ctx.sim[t.end:e].startswith(discourse)), None)
            if talk is not None:  # A赋能B的生动写照: the text speaks of A driving B
                e, words = talk, [t for t in words if t.end <= talk]
            more = activity_tail_end(ctx, toks, e, self.verbs)
            if more is not None:  # 赋能甲生产运营提质增效: 甲生产运营, not 甲生产
                e, words = more, ctx.tokens((s, more))
            rest = [t for t in toks if t.start >= s and t.tag != "x"]
            vital = vitality_start(ctx, rest) if len(objs) == 1 else None
            if vital is not None:  # 激发了员工的创新活力: 创新活力 (the whole an alias)
                e = rest[-1].end
                whole, s = ctx.sim[s:e], vital
                words = ctx.tokens((s, e))
            s, aka = self._counted_people(ctx, words, s, e)
            if vital is not None and not aka:
                aka = whole
            aka = aka or grew
            ent = driven_entity(ctx, toks, s, e, rule)  # (带动A上行: A, A上行 an alias)
            if not aka and (tail := predicate_tail_end(ctx, toks, e, self.verbs)) is not None:
                aka = ctx.sim[s:tail]  # 以A赋能B就地转化: B (B就地转化 an alias)
            if ent is not None and aka and aka not in ent.aliases:
                ent = replace(ent, aliases=(*ent.aliases, aka))
            if words and all(t.tag in ("m", "q", "mq") for t in words):
                continue  # 16个: a count is no target
            if len(words) == 1 and ctx.args.is_verb(words[0]) and ent is not None and \
                    ent.rule == "chunk":
                continue  # a bare verb (创造, 驱动) is no target
            if ent is not None and ent.name in self.place_deictics:
                continue  # 助力当地X增收: a word pointing at a place is no target
            if ent is not None and (ent.name.endswith(self.people_heads)
                                    or ent.name.endswith(self.org_heads) or not any(
                    "\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in ent.name)):
                continue  # 增长3%、5%: a figure is no target; 带动更多志愿者: nor are people
            if ent is not None and ent.type not in ACTORS and not ctx.args.organisation(s, e) \
                    and not any(t in ent.name for t in ctx.args.titles if len(t) > 1) \
                    and not ent.name.endswith(self.event_heads):  # (助力X研讨会: a meeting)
                out.append(ent)
        return out

    def _joint_event(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str
                     ) -> Ent | None:
        """推动A与B深度融合, 带动A和B融合发展: two things a join links (``mutual_joins``) and a
        word of their joint change closing the object (``joint_tails``, the whole run up to the
        clause's end) are one event, driven whole; None otherwise (a verb of its own inside,
        a figure, a 的-phrase or a list of more)."""
        tails = tuple(ctx.lex.list("joint_tails"))
        joins = frozenset(ctx.lex.list("mutual_joins"))
        n = next((k for k in range(i, len(toks)) if toks[k].tag == "x"
                  and toks[k].text != "、"), len(toks))
        words = toks[i:n]
        if len(words) < 3 or not tails:
            return None
        text = ctx.sim[words[0].start:words[-1].end]
        j = next((k for k, t in enumerate(words) if t.text in joins), None)
        if j is None or j == 0 or not text.endswith(tails) or "的" in text or \
                any(t.tag in ("m", "mq") or (t.tag == "p" and t.text not in joins)
                    for t in words) or \
                any(ctx.args.is_verb(t) and t.text not in ctx.args.nominal
                    and not any(t.text in w or w in t.text for w in tails) for t in words):
            return None
        ent = ctx.args.entity(words[0].start, words[-1].end, rule)
        return ent if ent is not None and ent.type not in ACTORS else None

    def _counted_people(self, ctx: SentenceContext, words: list[Tok], s: int, e: int
                        ) -> tuple[int, str]:
        """带动超过3万户农户增收, 带动周边300多名群众就近就业: a count of those who act (and what
        stands before it) is how many, no part of the event: the event starts after it
        (农户增收); what people (``people_heads``) do is its alias (就近就业). Else ``s`` as it
        is."""
        c = max((k for k, t in enumerate(words) if t.tag in ("m", "mq")), default=None)
        while c is not None and c + 1 < len(words) and words[c + 1].tag == "q":
            c += 1  # (4000/m 户/q 渔户: the measure word is the count's)
        if c is None or c + 2 >= len(words) or words[c + 1].tag[:1] != "n" \
                or not (words[c + 2].verb or words[c + 2].tag in ("d", "ad")):
            return s, ""
        people = words[c + 1].text.endswith(self.people_heads)
        return words[c + 1].start, ctx.sim[words[c + 2].start:e] if people else ""

    @staticmethod
    def _group_core(ctx: SentenceContext, head: Ent) -> str:
        """The head's name without a word of growth after it (相关产业发展 → 相关产业)."""
        name = head.name
        tails = (*ctx.lex.list("change_tails"), *ctx.lex.list("bare_growth_words"),
                 *ctx.lex.list("group_growth_tails"))
        return next((name[:-len(t)] for t in tails if name.endswith(t) and len(name) > len(t)),
                    name)

    def _shared_head(self, ctx: SentenceContext, toks: list[Tok], i: int,
                     rule: str) -> Ent | None:
        """拉动A、B收入, 带动A、B和C类消费: short items (two characters at most) listed before a
        last item that ends in a head of what they share (``shared_list_heads``: 收入, 消费,
        订单…) are one thing, the head's (A的收入 and B的收入), not A, B and C收入 apart."""
        while i < len(toks) and toks[i].tag in ("ul", "uj"):
            i += 1  # (拉动了A、B…)
        h = next((k for k in range(i + 2, len(toks)) if toks[k].tag == "x"
                  and toks[k].text != "、"), len(toks))
        heads = ctx.lex.words("shared_list_heads")
        k = next((k for k in range(i + 2, h) if toks[k].text in heads), None)
        if k is None or toks[i].start >= toks[k].start or \
                (k + 1 < h and toks[k + 1].noun and toks[k + 1].tag not in ("m", "mq")):
            return None
        parts = ctx.sim[toks[i].start:toks[k].start].split("、")
        if len(parts) < 2 or any(t.text in self.etc for t in toks[i:k]) or \
                not all(1 <= len(p) <= 2 for p in parts[:-1]) or \
                not all("\u4e00" <= ch <= "\u9fff" for p in parts for ch in p) or \
                len(parts[-1]) < 2:
            return None
        ent = ctx.args.entity(toks[i].start, toks[k].end, rule)
        return ent if ent is not None and ent.type not in ACTORS else None

    def _turned(self, ctx: SentenceContext, toks: list[Tok], obj: tuple[int, int, bool],
                rule: str) -> list[Ent]:
        """推动A向B转型, 带动A向下游延伸: A, with A向B转型 as its alias, when a verb closes the
        clause after B (no figure, no second clause); else nothing."""
        s, e, _ = obj
        rest = [t for t in toks if t.start >= e]
        while rest and rest[-1].tag == "x":
            rest = rest[:-1]
        if not rest or not rest[-1].verb or len(rest) > 8 or any(
                t.tag in ("x", "m", "mq", "uj") for t in rest):
            return []
        ent = ctx.args.entity(s, e, rule, extra_aliases=(ctx.sim[s:rest[-1].end],))
        return [ent] if ent is not None and ent.type not in ACTORS else []

    def _group_members(self, ctx: SentenceContext, head: Ent,
                       items: list[tuple[int, int, bool]], rule: str) -> list[Ent]:
        """带动A、B等相关产业发展: a head that only says the items form a group
        (``drive_group_heads``, a change word after it or not) names no thing of its own; each
        item is driven too (the head stays a target, unless it is a bare group word that names
        nothing but its items: ``drive_bare_group_heads``, 等业态)."""
        if self._group_core(ctx, head) not in ctx.lex.list("drive_group_heads"):
            return []
        out = []
        for s, e, _ in items:
            ent = ctx.args.entity(s, e, rule)
            if ent is not None and ent.type not in ACTORS and len(ent.name) >= 2 and \
                    not ctx.args.organisation(s, e):
                out.append(ent)
        return out

    def _joined_items(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str,
                      objs: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
        """以X带动A上行和B增收: after an instrument (``DRIVES.instrument``), a single object
        and a second one after a ``target_joins`` word are each driven (a closing
        ``bare_growth_words`` word is no part of the second); not a joint event, kept whole
        (带动A和B融合发展: ``joint_tails``), a pair sharing the head after the second
        (带动A和B产业发展: ``shared_conj_heads``, one thing, also without an instrument), a pair
        qualifying a noun (A和B的提升), a figure, a second task (A和提升B) or clause, nor after a
        verb of support (引导A和B投向C)."""
        tails = tuple(ctx.lex.list("joint_tails"))
        growth = tuple(ctx.lex.list("bare_growth_words"))
        if len(objs) != 1 or rule == "cue_drives_support" or any(
                t.tag[:1] != "u" for t in toks[i:] if t.end <= objs[0][0]):
            return objs  # (带动一批A和B, 引导居民选购A和B: the object does not follow the cue)
        instrument = any(t.text in self.instrument for t in toks[:i])
        k = next((j for j, t in enumerate(toks) if t.start >= objs[0][1]
                  and (t.tag == "x" or t.text in ctx.lex.list("target_joins")
                       or t.text == "与")), None)
        if k is None or toks[k].tag == "x" or k + 1 >= len(toks) or toks[k + 1].tag == "v":
            return objs
        end = next((t.start for t in toks[k:] if t.tag == "x"), toks[-1].end)
        rest = ctx.sim[objs[0][0]:end]
        pair = self._pair_of_growth(ctx, toks, k, end, rest)
        if pair is not None:
            return [objs[0], pair]  # 带动A和B的提升: A and B
        if "的" in rest or any(t.tag in ("m", "mq") for t in toks[k:]):
            return objs  # (带动A和B出口4亿元: a figure)
        if any(w in rest for w in tails):  # one joint event, whole (推动A与B深度融合 too)
            return [(objs[0][0], end, objs[0][2])] if rest.endswith(tails + growth) else objs
        core = next((rest[:-len(g)] for g in growth if rest.endswith(g)), rest)
        heads = tuple(ctx.lex.list("shared_conj_heads"))
        first = ctx.sim[objs[0][0]:objs[0][1]]
        if core.endswith(heads) and not first.endswith(("业", "业态")) and toks[k].text != "与":
            # 带动A和B产业发展: the head after the second item is the first's too (A产业): one
            # thing (a bare growth word after it is no part of it; not 带动A制造业和B服务业)
            return [(objs[0][0], objs[0][0] + len(core), objs[0][2])]
        ends = tuple(ctx.lex.list("drive_pair_process_ends"))
        if toks[k].text == "与" or not (instrument or first.endswith(ends)):
            return objs  # (A与B, and A和B without an instrument: only a joint event is read,
            # unless A names a process: 促进A发展和B转型)
        second = ctx.args.objects(toks, k + 1, verbs=self.verbs)
        words = ctx.tokens(second[0][:2]) if len(second) == 1 else []
        if not words or words[-1].end - words[0].start > 7 or any(
                ctx.args.is_verb(t) for t in words[:-1]):
            return objs  # (A和B投向C地: a long second is a clause; A和开发: a bare verb)
        if not instrument and (words[-1].end != end or not ctx.sim[
                words[0].start:end].endswith(ends)):
            return objs  # (促进A发展和B: without an instrument both must name a process and
            # the second close the clause)
        e = words[-1].start if len(words) > 1 and words[-1].text in growth else words[-1].end
        return [*objs, (words[0].start, e, False)]

    def _pair_of_growth(self, ctx: SentenceContext, toks: list[Tok], k: int, end: int,
                        rest: str) -> tuple[int, int, bool] | None:
        """带动A和B的提升: a pair before 的 and one word of growth (``drive_pair_process_ends``)
        that closes the clause; the second item (a short phrase with no verb), else None."""
        de = rest.rfind("的")
        if de < 0 or rest[de + 1:] not in ctx.lex.words("drive_pair_process_ends"):
            return None
        stop = end - len(rest) + de
        words = [t for t in toks[k + 1:] if t.end <= stop]
        if not words or words[-1].end != stop or words[-1].end - words[0].start > 8 or any(
                t.tag in ("x", "m", "mq", "p", "uj") or ctx.args.is_verb(t) for t in words):
            return None
        return words[0].start, stop, False

    def _event_object(self, ctx: SentenceContext, toks: list[Tok],
                      obj: tuple[int, int, bool]) -> tuple[int, int, bool]:
        """带动农户增收, 助力商户及时对接客源: when the object names people or firms and a verb
        follows it, what is driven is the whole event to the clause end (people are never
        driven)."""
        s, e, light = obj
        words = [t for t in toks if s <= t.start and t.end <= e]
        while words and words[-1].tag in ("d", "ad", "a"):
            words = words[:-1]  # 商户及时(对接X): how they act
        text = ctx.sim[s:words[-1].end] if words else ""
        rest = [t for t in toks if t.start >= e]
        while rest and rest[-1].tag == "x":
            rest = rest[:-1]
        agent = text.endswith(self.people_heads) or text.endswith(self.org_heads) or (
            text.endswith("人") and ctx.lex.lookup(text) is None)
        if not agent or not rest or rest[0].start != e or not (
                rest[0].verb or rest[0].tag[:1] in ("d", "a")) or \
                any(t.tag in ("x", "uj") or t.text in self.verbs for t in rest):
            return obj
        return s, rest[-1].end, light
