"""DRIVES between any two phrases, read around a cue verb (see ``relations.DRIVES`` in the
language data):

- ``A 带动 B、C``: the phrase before the verb drives each phrase after it;
- ``以 A (为抓手)(，) 推动 B``: the instrument drives;
- ``A 对(于) 拉动B、促进C … 起/发挥 … 作用``: A drives B and C;
- ``A …，为 B 提供/注入 … 动力/支撑``: the subject of the sentence drives B;
- ``… 推出 X，促进 B``: a clause opening with a cue continues the thing just named;
- ``A 稳中有升/同比增长…，带动 B`` and ``A，带动 B``: a clause that opens with a cue continues the
  clause before when that one only says how A fares (or only names A): A drives B;
- ``B、C 等 A 带动 D``: the list's head A drives (not each listed member).

A source that is an organisation, a place or a person gives no DRIVES edge (an actor carries
out, it does not drive).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import Lexicon, trie_regex
from .context import SentenceContext
from .phrases import Ent
from .rules.common import Found
from .tokens import Tok

__all__ = ["CueDrives"]

_ACTORS = ("Organization", "Place", "Person")
_QUOTES = frozenset("“”「」《》\"")
_Span = tuple[int, int]
#: what a reader of the clause before gives: its subject, its task's object, the thing whose
#: state it gives (with aliases)
_PrevInfo = tuple[_Span | None, _Span | None, tuple[_Span, tuple[str, ...]] | None]


#: the tags of the words that say how a thing fares, nominalised after 的 (持续/d 升温/v,
#: 快速/d 成长/vn)
_HOW_TAGS = ("v", "vn", "vd", "d", "ad", "a", "l", "i")


class CueDrives:
    needs_cue = True
    name = "cue_drives"
    relation = "DRIVES"

    def __init__(self, lex: Lexicon) -> None:
        self.verbs = frozenset(lex.cues("DRIVES", "verbs"))
        self.instrument = frozenset(lex.cues("DRIVES", "instrument"))
        self.frames = frozenset(lex.cues("DRIVES", "frames"))
        self.provide = frozenset(lex.cues("DRIVES", "provide_verbs"))
        self.force = frozenset(lex.cues("DRIVES", "force_nouns")) | \
            frozenset(lex.cues("DRIVES", "support_nouns"))
        self.manner = tuple(lex.list("manner_nouns"))
        self.role_preps = frozenset(lex.cues("DRIVES", "role_preps"))
        self.role_nouns = frozenset(lex.cues("DRIVES", "role_nouns"))
        self.engines = frozenset(lex.cues("DRIVES", "engine_nouns"))
        self.openers = frozenset(lex.cues("DRIVES", "chain_openers"))
        self.inst_verbs = frozenset(lex.cues("DRIVES", "instrument_verbs"))
        self.engine_mods = frozenset(lex.cues("DRIVES", "engine_modifiers"))
        self.chain = frozenset(lex.cues("DRIVES", "chain"))
        self.focus = tuple(lex.cues("DRIVES", "focus_frames"))
        self.even = frozenset(lex.cues("DRIVES", "even_words"))
        self.under = frozenset(lex.cues("DRIVES", "under"))
        self.distributive = tuple(lex.cues("IMPLEMENTS", "distributive_subjects"))
        self.org_heads = tuple(lex.list("org_heads"))
        self.parallel = frozenset(lex.cues("INCLUDES", "parallel"))
        self.states = trie_regex(lex.cues("DRIVES", "state_predicates"))
        self.metric_tails = tuple(lex.cues("INCLUDES", "metric_tails"))
        self.etc = frozenset(lex.cues("INCLUDES", "etc") or ["等"])
        self.phrase_preps = frozenset(lex.cues("DRIVES", "phrase_preps"))
        self.conj = frozenset(lex.list("conjunctions"))
        self.manner_words = frozenset(lex.cues("DRIVES", "manner_words"))
        self.people_heads = tuple(lex.cues("INCLUDES", "people_heads"))
        self.aspect = frozenset(lex.cues("DRIVES", "aspect_preps"))

    def _source(self, ctx: SentenceContext, span: tuple[int, int] | None, rule: str,
                aliases: tuple[str, ...] = ()) -> Ent | None:
        if span is None:
            return None
        if ctx.args.organisation(*span) or ctx.sim[span[0]:span[1]].endswith(self.manner):
            return None
        if ctx.args.has_word("、", *span):
            span, aliases = self._list_head(ctx, span, aliases)
        words = ctx.tokens(span)
        quoted = any(t.text in _QUOTES for t in words)  # (“新省补”: a name, whatever its pieces)
        while words and (words[-1].tag in ("c", "i") or words[-1].text in self.manner_words
                         or (len(words) > 2 and not quoted
                             and all(len(t.text) == 1 for t in words[-4:])
                             and any(t.verb for t in words[-4:]))):
            # A不仅激发B, 各地因地制宜加快B, 坚定不移推动B, 各地凝心聚力推动B: how, not what
            words = words[:-4] if words[-1].tag not in ("c", "i") and \
                words[-1].text not in self.manner_words else words[:-1]
            if not words:
                return None
            span = (span[0], words[-1].end)
        if any(t.tag == "ul" for t in words):
            return None  # X规划了Y赋能Z: a clause with an aspect particle names no driver
        if (len(words) == 1 and words[0].tag in ("ns", "nr", "nt")) or \
                ctx.args.organisation(*span) or ctx.args.is_place(*span):
            return None  # (临江区坚定不移推动B: what is left of the subject is an actor)
        ent = ctx.args.entity(span[0], span[1], rule, extra_aliases=aliases)
        if ent is None or ent.type in _ACTORS or ctx.args.is_person(ent.name):
            return None
        words = ctx.tokens(span)
        if ent.rule == "chunk" and not quoted and ctx.lex.lookup(ent.name) is None and (
                (len(ent.name) < 3 and (len(words) > 1 or words[0].tag in (
                    "v", "m", "q", "mq", "d")))
                or (len(words) > 1 and all(len(t.text) == 1 for t in words)
                    and any(t.verb for t in words))
                or (len(words) == 1 and words[0].tag in ("m", "mq"))):
            return None  # 一场, 多措, 凝心聚力, 全方位: pieces of a count or an idiom
        if len(words) == 1 and words[0].tag == "r":
            return None  # 各地, 我国: a pronoun stands for actors, and actors do not drive
        if ent.rule == "chunk" and len(words) == 1 and (words[0].tag == "v" or (words[0].tag == "vn"
                                                        and ent.name in ctx.args.nominal)):
            return None  # a bare action word (团结, 应用) names no driver
        if ent.rule == "chunk" and words and words[-1].tag == "v" and len(words[-1].text) == 1:
            return None  # 一手抓: a verb phrase
        return ent

    def _list_head(self, ctx: SentenceContext, span: tuple[int, int], aliases: tuple[str, ...]
                   ) -> tuple[tuple[int, int], tuple[str, ...]]:
        """B、C等A: the list's head A stands for it (the whole list stays an alias)."""
        words = ctx.tokens(span)
        k = max((j for j, t in enumerate(words) if t.text in self.etc), default=0)
        if 0 < k < len(words) - 1 and not all(t.tag in ("m", "q", "mq")
                                              or t.text in ctx.args.counts
                                              for t in words[k + 1:]):
            return (words[k + 1].start, span[1]), (*aliases, ctx.sim[span[0]:span[1]])
        return span, aliases  # (A、B等9项: a count is no head)

    def _parallel_before(self, toks: list[Tok], q: int) -> bool:
        """The cue at ``q`` follows a separator or a conjunction (部署和推动B: ``conjunctions``):
        the second verb of a list of tasks."""
        return q > 0 and (toks[q - 1].text in ("、", "，", "；") or toks[q - 1].text in self.conj)

    def _after_preposition(self, ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """The cue at ``q`` opens a prepositional phrase (X为推动B作出贡献, X对推动B有意义, 在推动B
        中, X就推动B签署协议: ``DRIVES.phrase_preps``): the phrase before is not what drives."""
        if q > 0 and toks[q - 1].text in self.phrase_preps:
            return True  # (only right before the cue: in A就能拉动B 就 is an adverb)
        j = q
        while j > 0 and toks[j - 1].text in ctx.args.lead and toks[j - 1].tag != "p":
            j -= 1  # 为加快推动B
        return j > 0 and toks[j - 1].tag == "p" and toks[j - 1].text not in self.instrument \
            and toks[j - 1].text not in self.aspect  # (A也在不断赋能B: 在 of an action in progress)

    def _state_subject(self, ctx: SentenceContext, toks: list[Tok]
                       ) -> tuple[tuple[int, int], tuple[str, ...]] | None:
        """What a clause is about when it only says how that thing fares (A稳中有升, A规模将
        扩大, A同比增长20%) or only names it (A，带动B): the phrase, with aliases."""
        n = len(toks)
        while n and toks[n - 1].tag == "x":
            n -= 1
        if any(t.text in self.parallel for t in toks[:n]):
            return None  # B也将提升: one of several effects of what the text is about
        def acts(t: Tok) -> bool:
            return t.verb and len(t.text) > 1 and t.text not in ctx.args.nominal \
                and t.text not in ctx.args.lead

        de = max((j + 1 for j, t in enumerate(toks[:n]) if t.text == "的"), default=0)
        v = next((j for j in range(de) if acts(toks[j])), None)
        # 就连包装茶叶用的A: a relative clause before A (打造X的A is a task, 中国具有X的A says
        # what 中国 has, 切实维护X的A is an order)
        b = de if v is not None and any(t.text in self.even for t in toks[:v]) and all(
            t.tag in ("d", "c", "x") or t.text in ctx.args.lead or t.text in self.even
            for t in toks[:v]) else 0
        span = None
        for k in range(b, n):
            t = toks[k]
            if k > b and self.states.match(ctx.sim, t.start):
                if any(x.noun and x.tag not in ("m", "q", "eng", "f")
                       and not self.states.match(ctx.sim, x.start) for x in toks[k + 1:n]):
                    return None  # 提高X: the verb has an object, the clause does something
                span = ctx.args.subject(toks[b:n], k - b)
                break
            if acts(t):
                return None  # an action comes first: the clause does something
        else:  # no predicate at all: a bare noun phrase (after its last 的)
            a = max((j + 1 for j, t in enumerate(toks[:n]) if t.text == "的"), default=0)
            first = next((t for t in toks[:n] if t.tag != "x"), None)
            if first is None or first.tag == "p" or any(
                    t.text in ctx.args.blockers for t in toks[:a + 1]):
                return None  # 以A， / 要A，: a phrase after a preposition, or an order
            if 1 < a < n and all(t.tag in _HOW_TAGS for t in toks[a:n]) and \
                    toks[a - 2].text != "的":
                n = a - 1  # A的持续升温，为B注入活力: how A fares is said as a noun; A it is
                a = max((j + 1 for j, t in enumerate(toks[:n]) if t.text == "的"), default=0)
            a = ctx.args._lead_end(toks, a, n, light=False)
            words = toks[a:n]
            if not words or not any(t.noun for t in words) or any(
                    t.tag in ("r", "m", "t", "p", "c", "i", "l", "vn", "v", "nrfg", "nrt")
                    or (t.tag == "nr" and ctx.args.is_person(t.text))
                    or t.tag.startswith("u") or t.text in ctx.args.titles
                    or t.text in ctx.args.light or t.text in ctx.args.cue_verbs
                    or (len(t.text) > 2 and self.states.search(t.text) is not None)
                    or ctx.args.is_time(t) for t in words) or words[-1].end - words[0].start < 3:
                return None
            if len(words) > 1 and words[0].tag == "a" and len(words[0].text) == 2 and \
                    words[0].text not in ctx.args.nominal and ctx.lex.lookup(
                        ctx.sim[words[0].start:words[-1].end]) is None:
                return None  # 团结X，引领Y: a verb the dictionary tags as an adjective, a task
            span = (words[0].start, words[-1].end)
        if span is None or (span[1] - span[0] < 3 and ctx.lex.lookup(
                ctx.sim[span[0]:span[1]]) is None):
            return None  # (效率提升40%: too bare a word to name what fares)
        text = ctx.sim[span[0]:span[1]]
        tail = next((w for w in self.metric_tails if text.endswith(w)
                     and len(text) - len(w) >= 2), None)
        if tail is not None:  # A规模将扩大: A is what fares (A规模 stays an alias)
            return (span[0], span[1] - len(tail)), (text,)
        return span, ()

    def _under(self, ctx: SentenceContext, cl: tuple[int, int], toks: list[Tok],
               out: list[Found]) -> None:
        """在 A (的) 支持/推动 下，B…: A drives B, what the rest of the clause (or the next
        clause) is about, unless B is an actor."""
        n = len(toks)
        u = next((k for k in range(2, n) if toks[k].text in self.under
                  or (k + 1 < n and toks[k].text + toks[k + 1].text in self.under)), None)
        p = None if u is None else max((k for k in range(u) if toks[k].text == "在"), default=None)
        if u is None or p is None or p + 1 >= u:
            return
        e = u
        while e > p + 1 and toks[e - 1].text == "的":
            e -= 1
        words = toks[p + 1:e]
        if not ctx.args.phrase_ok(words) or any(
                t.tag in ("nr", "nrfg", "nrt") or any(w in t.text for w in ctx.args.titles)
                for t in words):
            return  # 在X书记关心推动下: a person's care, not a thing
        src = self._source(ctx, (toks[p + 1].start, toks[e - 1].end), "cue_drives_under")
        if src is None:
            return
        rest = toks[u + (1 if toks[u].text in self.under else 2):]
        while rest and rest[0].tag == "x":
            rest = rest[1:]
        if not rest:
            later = [c for c in ctx.clauses if c[0] >= cl[1]]
            rest = ctx.tokens(later[0]) if later else []
        k = next((j for j, t in enumerate(rest) if j and (
            (t.text in ctx.args.lead and t.tag[:1] in ("d", "v", "a")) or t.tag == "p"
            or (t.verb and len(t.text) > 1 and t.text not in ctx.args.nominal))), None)
        span = ctx.args.subject(rest, k) if k else None
        dst = ctx.args.entity(*span, "cue_drives_under") if span is not None else None
        if dst is not None and dst.type not in _ACTORS and not ctx.args.organisation(*span) \
                and not dst.name.endswith(self.org_heads) \
                and (len(dst.name) >= 3 or dst.rule == "lexicon") \
                and [t.tag for t in ctx.tokens(span)] != ["r"]:
            self._emit(ctx, src, [dst], "cue_drives_under", out)  # (an actor is not driven)

    def _targets(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str) -> list[Ent]:
        out = []
        objs = ctx.args.objects(toks, i, verbs=self.verbs)
        k = next((j for j in range(i + 1, len(toks) - 1) if toks[j].text in self.etc), None)
        if k is not None and len(objs) > 2 and objs[-1][0] == toks[k + 1].start and \
                ctx.sim[objs[-1][0]:objs[-1][1]] not in ctx.args.weak:
            # 带动A、B等H: H (the list stays an alias) is what is driven, not each member
            s, e = objs[0][0], objs[-1][1]
            rest = toks[k + 1:]
            while rest and (rest[-1].tag in ("m", "q", "x", "eng") or rest[-1].text in "%％"):
                rest = rest[:-1]  # …等商品上半年销售额1.6万亿元: a time word inside, no figure
            if rest and rest[-1].end >= e - 1 and all(
                    t.noun or ctx.args.is_time(t) or t.tag in ("t", "mq") for t in rest):
                e = rest[-1].end
            ent = ctx.args.entity(objs[-1][0], e, rule, extra_aliases=(ctx.sim[s:e],))
            if ent is not None and all(t.tag in ("m", "q", "mq")
                                       for t in ctx.tokens((ent.start, ent.end))):
                return []  # 等16个方面: a count is no target
            return [ent] if ent is not None and ent.type not in _ACTORS else []
        ends = {t.end: t.text for t in toks}
        for n, (s, e, light) in enumerate(objs):
            if n and light and not objs[0][2] and ends.get(s) not in self.verbs:
                continue  # 赋能A、扩大B: B is the object of a second task (促进B is driven)
            ent = ctx.args.entity(s, e, rule)
            words = ctx.tokens((s, e))
            if words and all(t.tag in ("m", "q", "mq") for t in words):
                continue  # 16个: a count is no target
            if len(words) == 1 and ctx.args.is_verb(words[0]) and ent is not None and \
                    ent.rule == "chunk":
                continue  # a bare verb (创造, 驱动) is no target
            if ent is not None and (ent.name.endswith(self.people_heads) or not any(
                    "\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in ent.name)):
                continue  # 增长3%、5%: a figure is no target; 带动更多志愿者: nor are people
            if ent is not None and ent.type not in _ACTORS and not ctx.args.organisation(s, e) \
                    and not any(t in ent.name for t in ctx.args.titles if len(t) > 1):
                out.append(ent)
        return out

    def _emit(self, ctx: SentenceContext, src: Ent | None, dsts: list[Ent], rule: str,
              out: list[Found]) -> None:
        if src is None:
            return
        srcs = [src]
        if "、" in src.name and src.rule == "chunk":  # A、B带动C: each drives C
            srcs = []
            pos = src.start
            for part in src.name.split("、"):
                ent = ctx.args.entity(pos, pos + len(part), rule) if part else None
                if ent is not None and ent.type not in _ACTORS:
                    srcs.append(ent)
                pos += len(part) + 1
        for s in srcs:
            for d in dsts:
                if d.name != s.name and ctx.claim("DRIVES", s, d):
                    out.append(Found(s, "DRIVES", d, rule))

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
                    if dst is not None and dst.type not in _ACTORS:
                        self._emit(ctx, src, [dst], "cue_drives_instrument", out)
                return

    def _engine(self, ctx: SentenceContext, toks: list[Tok], out: list[Found],
                carried: Callable[[], tuple[int, int] | None] | None = None) -> None:
        """A 是/成为 (推动)B 的 (重要)引擎: A drives B; a clause without a subject of its own
        (…，仍是B的最大引擎) takes ``carried``, the subject of the clause before."""
        n = len(toks)
        end = n
        while end and toks[end - 1].tag == "x":
            end -= 1
        if end >= 2 and toks[end - 2].text + toks[end - 1].text in self.engines:
            end -= 1  # 增长/引擎: the segmenter splits the engine noun
        elif not end or toks[end - 1].text not in self.engines:
            return
        d = end - 2
        while d > 0 and toks[d].text in self.engine_mods:
            d -= 1
        if d <= 1 or toks[d].text != "的":
            return
        k = next((j for j in range(d) if toks[j].text in ctx.args.copulas), None)
        if k is None:
            return
        span = ctx.args.subject(toks, k) if k else None
        if span is None and ctx.args._lead_end(toks, 0, k, light=False) == k:
            span = carried() if carried is not None else None
        src = self._source(ctx, span, "cue_drives_engine")
        a = k + 1
        while a < d and (toks[a].text in self.verbs or toks[a].text in ctx.args.light):
            a += 1  # 成为加快/推动B的引擎
        if src is None or a >= d or not ctx.args.phrase_ok(toks[a:d]):
            return
        dst = ctx.args.entity(toks[a].start, toks[d - 1].end, "cue_drives_engine")
        if dst is not None and dst.type not in _ACTORS:
            self._emit(ctx, src, [dst], "cue_drives_engine", out)

    @staticmethod
    def _task_object(ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """The object of a clause that ends with a light verb and its object (…加强X)."""
        k = max((j for j, t in enumerate(toks) if t.text in ctx.args.light), default=None)
        if k is None:
            return None
        objs = ctx.args.objects(toks, k + 1)
        if len(objs) != 1:
            return None
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        s, e = objs[0][:2]
        if not end or e != toks[end - 1].end or "的" in ctx.sim[s:e]:
            return None  # (形成X的最佳实践: a modified phrase is no name to carry)
        return s, e

    def clause_subject(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """The phrase a clause opens with, up to its first verb (or adjective: 表现亮眼)."""
        for k, t in enumerate(toks):
            if t.verb or t.text in self.verbs:
                return ctx.args.subject(toks, k) if k else None
            if t.tag == "a" and k > 1 and toks[k - 1].noun:
                # X表现亮眼: the topic X, before the noun the adjective describes
                return ctx.args.subject(toks, k - 1)
        return None

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not ctx.args.has_cue(ctx.start, ctx.end, "DRIVES"):
            return out
        prev_subject: tuple[int, int] | None = None
        prev_instrument: tuple[int, int] | None = None
        prev_objects: list[Ent] = []
        prev_cl: tuple[int, int] | None = None
        last_cl: tuple[int, int] | None = None  # the clause before, whatever it holds
        for cl in ctx.clauses:
            before_cl, last_cl = last_cl, cl
            if not ctx.args.has_cue(*cl, "DRIVES"):
                prev_instrument, prev_cl = None, cl
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
            self._engine(ctx, toks, out, lambda read=prev_info: read()[0])
            cues = [k for k, t in enumerate(toks) if t.text in self.verbs]
            inst = next((k for k, t in enumerate(toks) if t.text in self.instrument
                         and (not cues or k < cues[0])), None)
            if inst is not None and toks[inst].text == "以" and (not cues or cues[0] > inst + 2):
                # 以A推进B: after an instrument, a verb of progress is a cue too
                more = next((k for k in range(inst + 2, cues[0] if cues else n)
                             if toks[k].text in self.inst_verbs), None)
                if more is not None:
                    cues = [more, *cues]
            if len(cues) > 1 and toks[cues[0]].text in ctx.args.light and \
                    not self._parallel_before(toks, cues[1]) and \
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
                dsts = self._targets(ctx, toks, q + 1, "cue_drives")
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
                    focus = any("为" + w in between for w in self.focus)  # 以A为重点推进B
                    if ctx.args.phrase_ok(toks[a:j]) and not purpose and not focus:
                        src = self._source(ctx, (toks[a].start, toks[j - 1].end),
                                           "cue_drives_instrument")
                    rule = "cue_drives_instrument"
                elif q > 0 and toks[q - 1].text in self.role_preps and \
                        any(t.text in self.role_nouns for t in toks[q:]):
                    src = self._source(ctx, ctx.args.subject(toks, q - 1), "cue_drives_role")
                    rule = "cue_drives_role"
                else:
                    span = None if self._after_preposition(ctx, toks, q) or \
                        self._parallel_before(toks, q) else ctx.args.subject(toks, q)
                    rule = "cue_drives"
                    src = self._source(ctx, span, rule)
                    if src is None:  # 推出X促进Y: what was just launched drives
                        src = next((o for o in ctx.state.objects.get(cl, [])
                                    if o.end == toks[q].start), None)
                        rule = "cue_drives_chain" if src is not None else rule
                    lead = ctx.args._lead_end(toks, 0, q, light=False)
                    while lead < q and toks[lead].text in self.openers:
                        lead = ctx.args._lead_end(toks, lead + 1, q, light=False)
                    if lead == q and span is not None and \
                            ctx.sim[span[0]:span[1]] in self.openers:
                        span = None  # 有利于推动B: no subject of its own
                    if span is None and lead == q:
                        # a clause that opens with the cue continues the one before: 以A，推动B;
                        # 推出A，促进B
                        rule = "cue_drives_chain"
                        if prev_instrument:
                            src = self._source(ctx, prev_instrument, rule)
                        elif prev_objects:
                            src = prev_objects[-1]
                        elif toks[q].text in self.chain and not any(
                                t.text in ctx.args.blockers for t in toks[:q]) and \
                                (prev_state := prev_info()[2]) is not None:
                            # A稳中有升，带动B (推动/促进 after a clause lists parallel tasks)
                            src = self._source(ctx, prev_state[0], rule, prev_state[1])
                        elif toks[q].text in self.chain and before_cl is not None and \
                                ctx.sim[before_cl[1]] == " " and prev_info()[0] is None and \
                                ctx.args.has_cue(*before_cl, "DRIVES"):
                            # 推动A 赋能B (a headline's segments, the first without subject):
                            # the task's object A drives B, as in 推动A赋能B
                            task = self._task_object(ctx, ctx.tokens(before_cl))
                            src = self._source(ctx, task, rule) if task else None
                self._emit(ctx, src, dsts, rule, out)
            self._under(ctx, cl, toks, out)
            # 为 B 提供 … 动力
            wei = next((k for k, t in enumerate(toks) if t.text == "为"), None)
            if wei is not None:
                pv = next((k for k in range(wei + 1, n) if toks[k].text in self.provide), None)
                force = None if pv is None else next(
                    (k for k in range(pv + 1, n)
                     if toks[k].text in self.force or toks[k].text[-2:] in self.force), None)
                if force is not None and force + 1 < n and toks[force + 1].text == "的":
                    force = None  # 为B提供支持的X: a relative clause, the subject supports nothing
                if force is not None:
                    span = ctx.args.subject(toks, wei)
                    prev_subject, prev_task, prev_state = prev_info()
                    if span is None and prev_task is not None and \
                            wei == ctx.args._lead_end(toks, 0, wei, light=False):
                        span = prev_task  # 加强X，为Y注入动力: what the clause before sets about
                    state = None
                    launched = None
                    put_out = ctx.state.objects.get(before_cl) if before_cl else None
                    if span is None and put_out and \
                            wei == ctx.args._lead_end(toks, 0, wei, light=False):
                        launched = put_out[-1]  # X印发A，为B提供保障: what X put out (in the
                        # clause right before)
                    if span is None and launched is None and prev_state is not None and \
                            wei == ctx.args._lead_end(toks, 0, wei, light=False):
                        span, state = prev_state  # A规模将扩大，为B注入动能
                    if span is None and launched is None and prev_subject is not None and not any(
                            ch.isdigit() for ch in ctx.sim[prev_subject[0]:toks[0].start]):
                        span = prev_subject  # (a clause of figures is no subject to carry)
                    src = launched or self._source(ctx, span, "cue_drives_provide", state or ())
                    sub = toks[wei + 1:pv]
                    dsts = []
                    for s, e, _ in ctx.args.objects(sub, 0, verbs=self.verbs):
                        ent = ctx.args.entity(s, e, "cue_drives_provide")
                        if ent is not None and ent.type not in _ACTORS:
                            dsts.append(ent)
                    self._emit(ctx, src, dsts, "cue_drives_provide", out)
            # 以A为引领， / 以A，  → the next clause's cue
            prev_instrument = None
            if inst is not None and not cues:
                j = n
                for k in range(inst + 1, n):
                    if toks[k].text == "为":
                        j = k
                        break
                represented = j + 1 < n and toks[j + 1].text.startswith("代表")
                if inst + 1 < j and not represented:  # (以A为代表的B lists A, it drives nothing)
                    prev_instrument = (toks[inst + 1].start, toks[j - 1].end)
            prev_subject = self.clause_subject(ctx, toks)
            prev_objects = ctx.state.objects.get(cl, [])
        return out

    def _prev_reader(self, ctx: SentenceContext, before: tuple[int, int] | None,
                     carried: tuple[int, int] | None) -> Callable[[], _PrevInfo]:
        """A reader of the clause before (its subject, its task's object, the thing whose
        state it gives) that segments it on first use only; without a clause (the one before
        held a cue itself) the subject carried from it."""
        got: list[_PrevInfo] = []

        def read() -> _PrevInfo:
            if not got:
                if before is None:
                    got.append((carried, None, None))
                else:
                    words = ctx.tokens(before)
                    got.append((self.clause_subject(ctx, words), self._task_object(ctx, words),
                                self._state_subject(ctx, words)))
            return got[0]
        return read
