"""The driver of a cue clause without a subject of its own, carried from an earlier clause of the
same sentence (:class:`.cue_drives.CueDrives`):

- ``甲地举办X活动，(线上线下/活动期间)带动B``: what an earlier clause launched, held, issued or
  granted or rolled out (``drive_carry_launch_verbs``; what an actor launched,
  ``ctx.state.objects``); a list closed by 等 and a head (``推广A、B等实用技术``) names one
  thing, the head; a verb before the launching one (``集成推广A``) is passed;
- ``X启动以来，…，助力B``: the thing of a clause that says when it came into use;
- ``X持续上演/力度加大，…，带动B``: the thing whose state an earlier clause only gives;
- ``甲省施行的X条例，为B提供保障``: the head of a relative clause of launching (X, not 甲省).

The clauses before the cue clause are walked back, nearest first, up to ``drive_carry_reach``
clauses; the first clause that introduces a phrase in one of these ways gives it, and it drives
only when it is a thing (no organisation, place, person, time or quantity: then nothing drives).
A clause that has a subject of its own that is no such phrase ends the walk, so does a clause
of will (``X要…``); clauses without a subject (tasks, manners, figures of actors) are passed.
A cue clause that opens with a time inside a thing (``活动期间``, ``drive_carry_frame_words``)
takes the nearest such phrase that ends with that thing's head.
"""

from __future__ import annotations

from typing import Any

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .cue_args import ACTORS
from .event_topic import event_subject

__all__ = ["DriveCarried"]

_Span = tuple[int, int]
_RULE = "cue_drives_carried"


class DriveCarried:
    """The carried-driver methods of :class:`.cue_drives.CueDrives` (a mixin)."""

    event_verbs: Any
    time_predicates: Any
    event_ends: Any
    topic_wills: Any
    org_heads: Any
    people_heads: Any
    topic_stops: Any
    place_deictics: Any
    distributive: Any
    parallel: Any
    time_modals: Any
    role_verbs: Any
    etc: Any

    def _load_carry_words(self, lex: Any) -> None:
        self.carry_reach = int(lex.list("drive_carry_reach")[0])
        # (带动了B: the aspect words that make a contribution made make an effect reported)
        self.made_aspects = frozenset(lex.cues("DRIVES", "contribution_aspects"))
        self.carry_launches = frozenset(lex.list("drive_carry_launch_verbs"))
        self.carry_launch_leads = frozenset(lex.list("drive_carry_launch_leads"))
        self.carry_frames = tuple(lex.list("drive_carry_frame_words"))
        self.carry_reports = frozenset(lex.list("drive_carry_report_leads"))
        self.carry_uses = frozenset(lex.list("drive_carry_use_verbs")) | self.event_verbs | \
            self.time_predicates

    def _frame_hint(self, ctx: SentenceContext, toks: list[Tok], q: int) -> str | None:
        """活动期间(预计)带动B: the head of the thing inside whose time the cue clause opens
        (one noun, a ``drive_carry_frame_words`` word, then only modals or adverbs), else None."""
        k = 0
        while k < q and toks[k].tag in ("x", "c"):
            k += 1
        if k + 1 >= q or (not toks[k].noun and toks[k].tag != "vn") or \
                toks[k + 1].text not in self.carry_frames:
            return None
        rest = toks[k + 2:q]
        if not all(t.text in self.time_modals or t.tag in ("d", "ad") for t in rest):
            return None
        return toks[k].text

    def _carried(self, ctx: SentenceContext, cl: _Span, hint: str | None = None,
                 provide: bool = False, reported: bool = False) -> Ent | None:
        """The thing an earlier clause of the sentence introduced, read as the module says.
        What a clause launched drives only across clauses of figures or time (开展X，新建Y，
        带动Z lists tasks), unless a hint of its head points at it or the cue clause reports
        an effect (``reported``: 推出X，为Y提供Z，有力带动了B); ``provide`` (为B提供…): what
        a relative clause names, what fares or came into use, not what a clause launched."""
        earlier = [c for c in ctx.clauses if c[1] <= cl[0]][-self.carry_reach:]
        tasks = False  # (a clause of a task passed)
        for c in reversed(earlier):
            words = ctx.tokens(c)
            if not words or any(t.text in self.topic_wills for t in words):
                return None  # (X要举办A，推动B: an order, nobody's effect yet)
            if ctx.sim[c[0]:c[1]] in self.carry_reports:
                continue  # (据介绍，: a report's opening, no clause of the topic)
            if ctx.sim[c[1]:c[1] + 1] in ("：", ":") or \
                    ctx.sim[c[0]:c[1]].endswith(ctx.args.speech):
                return None  # (X消息：…，带动B: a label or a source before a colon; 全会提出，
                # 激发B: what a speaker said, the speaker no driver)
            got = self._introduced(ctx, c, words, hint)
            if got is not None:
                kind, found = got
                if (kind == "launched" and (provide or (tasks and hint is None
                                                        and not reported))) or \
                        (kind in ("head", "named") and tasks and hint is None):
                    return None
                return found or None  # (the nearest phrase is an actor or a figure: none)
            own = self._own_subject(ctx, words)  # type: ignore[attr-defined]
            figures = words[-1].tag in ("m", "mq") and any(
                ch.isdigit() for t in words[-2:] for ch in t.text)  # (A余额近3亿元)
            if (own is not None and own[0] is not None and not figures) or any(
                    t.text in self.parallel for t in words[:2]):  # type: ignore[attr-defined]
                return None  # (A增长，B…，带动C: a thing of its own in between; A红火，还建起
                # 了B，带动C: A and B, which one drives is unsaid)
            tasks = tasks or not any(
                ctx.args.is_time(t) or (t.tag in ("m", "mq") and any(ch.isdigit() for ch in t.text))
                for t in words)  # (clauses of figures or time say what the thing did)
        return None

    def _introduced(self, ctx: SentenceContext, c: _Span, words: list[Tok],
                    hint: str | None) -> tuple[str, Ent | bool] | None:
        """How the clause ``c`` introduces a phrase (``launched``, ``head``, ``event``,
        ``state``) and the phrase (an Ent), False when it drives nothing (or there are several,
        and none is pointed at); None when the clause introduces none (or none with the hint)."""
        n = len(words)
        while n and words[n - 1].tag == "x" and words[n - 1].text not in "”》":
            n -= 1
        put = [o for o in ctx.state.objects.get(c, ()) if o.type not in ACTORS]
        if put:  # (举办演出5603场: a clause of figures, passed)
            if any(t.start >= put[-1].end and t.tag in ("m", "mq")
                   and any(ch.isdigit() for ch in t.text) for t in words[:n]):
                return None
            return self._pick([o if self._fits(ctx, (o.start, o.end)) else None for o in put],
                              hint, "launched")
        span = event_subject(ctx, words, self.event_verbs, self.event_ends) or \
            self._launched_since(ctx, words, n) or self._came_into_use(ctx, words, n)
        if span is not None:  # X(去年10月)启动以来, X正式上线运行: X
            return self._pick([self._carried_source(ctx, span, ())], hint, "event")
        k = next((j for j in range(n) if ctx.args.is_verb(words[j]) or words[j].tag == "p"),
                 None)  # (the clause's own verb: 对X实施Y提供Z is no launch)
        if k is not None and k + 2 < n and words[k + 1].text in self.carry_launches and \
                words[k].text in self.carry_launch_leads:
            k += 1  # 集成推广A: two verbs, the second one launches (not 停止推广A)
        if k is not None and words[k].text in self.carry_launches and k + 1 < n:
            if words[k + 1].text == "的":  # 甲省施行的X条例: the head
                if k + 2 >= n:
                    return None
                return self._pick([self._carried_source(
                    ctx, (words[k + 2].start, words[n - 1].end), ())], hint, "head")
            rest = words[k + 1:n]
            if not any(t.noun for t in rest) or any(
                    t.tag in ("m", "mq") and any(ch.isdigit() for ch in t.text) for t in rest):
                return None  # (发放贷款39亿元: a clause of figures, passed)
            j = max((i for i, t in enumerate(rest) if t.text in self.etc), default=None)
            if j is not None and 0 < j < len(rest) - 1 and rest[-1].noun and \
                    not any(ctx.args.is_verb(t) for t in rest[j + 1:]):
                whole = (ctx.sim[rest[0].start:rest[-1].end],)
                return self._pick([self._carried_source(
                    ctx, (rest[j + 1].start, rest[-1].end), whole)],
                    hint, "launched")  # 推广A、B等技术: the head names the one thing
            if any(t.text == "、" or t.text in self.etc for t in rest):
                return self._pick([], hint, "launched")  # (推出A、B等: which one is unsaid)
            s, e = rest[0].start, rest[-1].end
            de = ctx.sim.rfind("的", s, e)
            aka: tuple[str, ...] = ()
            if de >= 0 and e - de > 2:
                aka, s = (ctx.sim[s:e],), de + 1  # 发放形式多样的X: X
            return self._pick([self._carried_source(ctx, (s, e), aka)], hint, "launched")
        if words[0].tag == "p":
            return None  # (给X带来Y，激发Z: a phrase after a preposition names no topic)
        state = self._state_subject(ctx, words)  # type: ignore[attr-defined]
        if state is None:
            return None
        ends = {t.end for t in words}
        said = any((m := self.states.match(ctx.sim, t.start)) and m.end() in ends  # type: ignore[attr-defined]
                   for t in words if t.start >= state[0][1])  # (增长点 holds no 增长)
        # (A持续上演: how A fares; A，…: a clause that only names A, the subject of the
        # clauses after it)
        if not said and any(t.text in ctx.args.copulas for t in words):
            return "named", False  # (X代表的是Y: what X is, no thing named for the clauses after)
        if not said and any(t.tag in ("m", "mq") and any(ch.isdigit() for ch in t.text)
                            for t in words):
            return None  # (货物品种3900余种: a figure of the topic, passed)
        if any(ctx.args.is_verb(t) and len(t.text) > 1 for t in ctx.tokens(state[0])):
            return "state", False  # (千亩稻田带来X的喜悦, A迎来爆发式增长: a clause, no name)
        return self._pick([self._carried_source(ctx, *state)], hint,
                          "state" if said else "named")

    def _relative_head(self, ctx: SentenceContext, toks: list[Tok], end: int) -> _Span | None:
        """甲省施行的X条例为B提供保障: the head after ``的`` of a relative clause of launching
        that closes the words before token ``end`` (the launching verb, adverbs before it, right
        before 的; the head a phrase of nouns), else None."""
        de = max((j for j in range(end) if toks[j].text == "的"), default=None)
        if de is None or de == 0 or de + 1 >= end or toks[de - 1].text not in self.carry_launches:
            return None
        head = toks[de + 1:end]
        titled = head[0].text in ("《", "“") and head[-1].text in ("》", "”")
        if not titled and (not head[-1].noun or not ctx.args.phrase_ok(head)):
            return None  # (a title is a name whatever its words)
        return toks[de + 1].start, toks[end - 1].end

    def _came_into_use(self, ctx: SentenceContext, words: list[Tok], n: int) -> _Span | None:
        """X正式上线运行, X正式挂牌: the subject of a clause closed by verbs of coming into use
        (adverbs among them, no object), else None."""
        j = n
        while j > 0 and (words[j - 1].text in self.carry_uses or words[j - 1].tag in ("d", "ad")):
            j -= 1
        if j == 0 or j == n or not any(t.text in self.carry_uses for t in words[j:n]):
            return None
        span = ctx.args.subject(words, j)
        de = max((i for i in range(j) if words[i].text == "的"), default=None)
        if span is None and de is not None and de + 1 < j:
            span = (words[0].start, words[j - 1].end)  # (甲与乙共建的X挂牌: the head below)
        if span is None:
            return None
        de = ctx.sim.rfind("的", span[0], span[1])
        if de > span[0] and span[1] - de > 2 and any(
                ctx.args.is_verb(t) for t in ctx.tokens((span[0], de))):
            span = (de + 1, span[1])  # 甲集团开发的X平台上线运行: X平台, what the clause names
        head = ctx.tokens(span)
        while len(head) > 1 and ctx.args.is_time(head[-1]):
            head = head[:-1]  # (X今天开通: X)
        span = (head[0].start, head[-1].end) if head else span
        titled = bool(head) and head[0].text in ("《", "“") and head[-1].text in ("》", "”")
        return span if titled or ctx.args.phrase_ok(head) else None  # (a title: a name)

    def _launched_since(self, ctx: SentenceContext, words: list[Tok], n: int) -> _Span | None:
        """X(去年10月)启动以来, X正式施行后: the phrase that opens a clause closed by a launching
        verb (times and adverbs before it) and a word of "since" or "after", else None."""
        if n < 3 or words[n - 1].text not in self.event_ends:
            return None
        v = n - 2
        if words[v].text not in self.carry_launches:
            return None
        while v > 0 and (words[v - 1].tag in ("d", "ad", "t", "m", "mq")
                         or ctx.args.is_time(words[v - 1])):
            v -= 1
        i = ctx.args._lead_end(words, 0, v, light=False)
        thing = words[i:v]
        if not thing or not thing[-1].noun or any(t.tag in ("p", "r", "uj") for t in thing):
            return None
        return thing[0].start, thing[-1].end

    @staticmethod
    def _pick(ents: list[Ent | None], hint: str | None, kind: str
              ) -> tuple[str, Ent | bool] | None:
        """The one thing of ``ents`` (the one ending with ``hint`` when given) with its
        ``kind``; False for none that drives; None when a hint matches none (the walk goes on)."""
        if hint is not None:
            ents = [x for x in ents if x is not None and x.name.endswith(hint)
                    and len(x.name) > len(hint)]
            return (kind, ents[-1]) if ents else None
        if len(ents) != 1 or ents[0] is None:
            return kind, False
        return kind, ents[0]

    def _carried_source(self, ctx: SentenceContext, span: _Span, aka: tuple[str, ...]
                        ) -> Ent | None:
        """The thing named at ``span`` (a place word or 各地 before it left out: 各地X补贴), or
        None when it is an actor, a person, a time or a figure."""
        text = ctx.sim[span[0]:span[1]]
        lead = next((w for w in (*self.place_deictics, *self.distributive)
                     if text.startswith(w) and len(text) - len(w) >= 2), None)
        if lead is not None:
            aka, span = (*aka, text), (span[0] + len(lead), span[1])
        if not self._fits(ctx, span):
            return None
        src = self._source(ctx, span, _RULE, aka)  # type: ignore[attr-defined]
        if src is None or src.type in ACTORS or src.name.endswith(
                (*self.org_heads, *self.people_heads, *self.topic_stops)):
            return None
        return src

    def _fits(self, ctx: SentenceContext, span: _Span) -> bool:
        """The words at ``span`` may name a thing: no time, pronoun or figure, no predicate
        (大力发展X, 得益于X, 据介绍), no list of predicates (A体量大、质量高), no place or time
        closed by a localizer (新征程上)."""
        sub = ctx.tokens(span)
        return bool(sub) and not (
            sub[0].tag in ("t", "r", "v", "d", "ad", "p", "c") or sub[0].text in ctx.args.light
            or ctx.args.is_time(sub[0]) or ctx.sim[span[0]].isdigit()
            or all(t.tag in ("m", "mq", "q") for t in sub) or any(t.text == "、" for t in sub)
            or ctx.args.is_verb(sub[-1])
            or sub[-1].tag in ("d", "ad", "r", "m", "q", "p", "c", "uj", "ul", "zg")
            or (sub[-1].tag == "f" and sub[-1].text in ctx.lex.words("drive_source_localizers"))
            or any(t.text in self.role_verbs or t.text in self.time_modals for t in sub))
        # (充分发挥X效应: a role; 办理X预计: a modal, the clause's predicate)
