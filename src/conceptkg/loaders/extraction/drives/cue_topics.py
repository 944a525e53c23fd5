"""Topic chains of :class:`.cue_drives.CueDrives`: what a clause without a subject of its own
continues (``A顺利落地，有力推动B，为C注入动力``: A drives B and C) and subjects after a verb of
speech (``X表示A为B提供动力``). A mixin of methods only, like :mod:`.cue_args`.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..discourse.pronoun_topic import pronoun_subject
from ..words.tokens import Tok
from .event_topic import event_subject
from .process_subject import process_subject

__all__ = ["DriveTopics"]

_Span = tuple[int, int]


class DriveTopics:
    """The topic methods of :class:`.cue_drives.CueDrives`."""

    def _means_of_task(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """以A丰富B，带动C: a clause that opens with 以, a thing and a verb of its own (no cue)
        gives the next clause its means: A (not 以A为…: a frame, read where it drives); a
        clause of means that names an effect (并借助X效应，) gives the effect, which the next
        clause reads as how its topic drives."""
        k = next((j for j, t in enumerate(toks) if t.tag not in ("x", "d", "ad", "c")), None)
        if k is not None and toks[k].text in self.instrument and toks[k].text != "以":
            end = len(toks)
            while end and toks[end - 1].tag == "x":
                end -= 1  # 并借助X效应，带动B: the effect (read as its topic's way to drive)
            last = end - 1 if end and toks[end - 1].text in self.means_heads else end
            if k + 2 < last and toks[last - 1].text in self.etc and \
                    any(t.text == "、" for t in toks[k + 1:last]):
                return toks[k + 1].start, toks[end - 1].end  # 通过开展A、B等，推动C: the tasks
            return (toks[k + 1].start, toks[end - 1].end) if k + 1 < end and \
                toks[end - 1].text.endswith(self.effect_heads) else None
        if k is None or toks[k].text != "以":
            return None
        v = next((j for j in range(k + 2, len(toks)) if toks[j].tag in ("v", "a")
                  and len(toks[j].text) == 2 and toks[j].text not in ctx.args.nominal
                  and j + 1 < len(toks) and toks[j + 1].tag != "x"), None)  # (丰富/a B)
        if v is None or any(t.text in ("为", "的") or t.tag == "p" for t in toks[k + 1:v]) or \
                not ctx.args.phrase_ok(toks[k + 1:v]):
            return None
        return toks[k + 1].start, toks[v - 1].end

    def _speech_subject(self, ctx: SentenceContext, toks: list[Tok], q: int) -> _Span | None:
        """X表示A推动B, X认为A为B提供动力: the subject of the verb at ``q`` starts after the
        last verb of speech before it (``speech_verbs``), else None."""
        k = max((j for j in range(q) if toks[j].text in self.reporting), default=None)
        if k is None or k + 1 >= q:
            return None
        return ctx.args.subject(toks[k + 1:], q - k - 1)

    def _reported_driver(self, ctx: SentenceContext, cl: _Span) -> _Span | None:
        """X认为A推动B (the clause ``cl``): A, the subject after the verb of speech or belief
        of the clause's first cue verb when it names a driving thing, else None."""
        toks = ctx.tokens(cl)
        q = next((j for j, t in enumerate(toks) if t.text in self.verbs), None)
        if q is None or not any(t.text in self.reporting for t in toks[:q]) or \
                toks[q - 1].text == "、":
            return None  # (意见强调A、引导B等: the cue verb opens an item of a list of tasks)
        span = self._speech_subject(ctx, toks, q)
        return span if span is not None and \
            self._source(ctx, span, "cue_drives_provide") is not None else None

    def _own_subject(self, ctx: SentenceContext, toks: list[Tok]
                     ) -> tuple[_Span | None, tuple[str, ...]] | None:
        """The subject a clause has of its own (after a verb of speech, after 特别是/尤其是):
        the thing whose state it gives or that it only names, or the noun phrase before its
        first verb; ``(None, ())`` when the clause has a subject that is no driving thing (an
        actor, a body's will, a predicate, one of several effects: the chain ends there);
        None for a clause without subject."""
        n = len(toks)
        k = max((j for j in range(n) if toks[j].text in self.reporting), default=-1)
        words = toks[k + 1:]
        i = ctx.args._lead_end(words, 0, len(words), light=False)
        if 0 < i < len(words) - 1 and words[i - 1].text in ctx.args.copulas and \
                all(t.tag == "d" for t in words[:i - 1]):
            words = words[i:]  # 特别是A…: a focus adverb, not a copula
        if not words or (i < len(words) and words[i].text in ctx.args.copulas and all(
                t.tag in ("d", "ad", "x", "c") for t in words[:i])):
            return None  # (A达到N台，成为全球最多的X，为B注入动力: no subject of its own)
        if any(t.text in self.instrument and t.text != "把" for t in words[:i + 1]) and \
                any(t.text.endswith(self.effect_heads) for t in words):
            return None  # (…，并通过X效应，带动B: a means, no subject of its own)
        if any(t.text.startswith(self.distributive) or t.text in self.topic_wills
               or t.text + u.text in self.topic_wills or t.text in self.parallel
               or t.text in ctx.args.copulas
               for t, u in zip(words, [*words[1:], words[0]], strict=True)):
            return None, ()  # (…，各地顺应X; A要/愿加强X; B也将提升: actors, or one effect;
            # A代表的是B: a copula says what A is, not what it does)
        state = self._state_subject(ctx, words)
        span = state[0] if state is not None else self.clause_subject(ctx, words)
        b = next((j for j, t in enumerate(words) if t.text in self.engine_disposals
                  and t.tag == "p"), None)
        if span is None and b:  # X把A、B整合起来: X
            span = ctx.args.subject(words, b)
        if span is None:
            return None
        if any(t.text in self.verbs for t in words):
            return None, ()  # (A催生的B不断涌现: a relation of its own)
        sub = ctx.tokens(span)
        text = ctx.sim[span[0]:span[1]]
        before = [t for t in words if t.end <= span[0]]
        if not sub or sub[0].text[:2] in ctx.args.light or \
                sub[0].tag in ("d", "ad", "a", "v", "vn", "r", "m", "nr", "nt", "t") or \
                (state is None and self._light_predicate(ctx, words, span[1])) or \
                ctx.args.is_time(sub[0]) or \
                any((ctx.args.is_verb(t) and len(t.text) > 1) or t.text in self.role_verbs
                    or t.text in ctx.args.light or t.text[:2] in self.manner_words
                    or t.text in self.partners
                    for t in sub) or \
                any(t.tag == "p" for t in before) or (
                    before and before[-1].tag in ("d", "ad")
                    and before[-1].text not in ctx.args.lead) or \
                text.endswith(self.org_heads) or text.endswith(self.people_heads) or \
                text.endswith(self.topic_stops) or text in self.act_manners:
            return None, ()  # (弘扬X; 亲自决策X采用Y; 积极向X转型; 金融管理部门出台X; 高标准
            # 打造X: no thing; X着力构建Y: a task, its subject acts; A会同B: bodies that act;
            # a word tagged as a person's or a body's name opens an actor or a verb)
        return (span, state[1] if state is not None else ())

    def _special_subject(self, ctx: SentenceContext, cl: _Span, toks: list[Tok], q: int,
                         span: _Span | None) -> tuple[_Span | None, tuple[str, ...]]:
        """The subject of the cue at ``q`` when the words before it are a process said as a
        noun (A的深度应用推动B: A, the whole an alias) or a pronoun (它直接拉动B: what it stands
        for); else ``span`` as found."""
        if self._after_preposition(ctx, toks, q):
            return span, ()
        proc = process_subject(ctx, toks[:q], self.process_manners, self.mutual_joins, self.etc)
        if proc is not None:
            return proc
        pro = pronoun_subject(ctx, cl, toks, q, self.thing_pronouns, self.sequence_openers)
        return (pro if pro is not None else span), ()

    def _light_predicate(self, ctx: SentenceContext, words: list[Tok], end: int) -> bool:
        """The first verb after the subject (ending at ``end``) is a light verb: the clause
        sets about a task (X着力构建Y), its subject acts; a light verb further on, inside the
        object (A降低了企业使用X的门槛), says nothing of the subject."""
        verb = next((t for t in words if t.start >= end and (
            t.text in ctx.args.light or ctx.args.is_verb(t))), None)
        return verb is not None and verb.text in ctx.args.light

    def _topic(self, ctx: SentenceContext, cl: _Span, reach: int
               ) -> tuple[_Span, tuple[str, ...]] | None:
        """What the clauses before ``cl`` are about, when ``cl`` opens without a subject: the
        subject of the nearest clause (``reach`` clauses back at most) that has one of its own;
        the clauses between are subjectless (tasks, phrases of time or manner). None when
        there is none, when the nearest one is no driving thing, or when the clause before
        that one has a subject too (A增长，B充足，带动C: which of them drives is not said; X要
        Y，深化A，推动B: the tasks of a body). Without such a topic, a clause that says when a
        thing came into use (A投运后，) within reach names it (:mod:`.event_topic`), past
        clauses of figures only."""
        if any(t.text in self.topic_wills for t in ctx.tokens(cl)):
            return None  # (…，要推动B: an order, nobody's effect yet)
        earlier = [c for c in ctx.clauses if c[1] <= cl[0]]
        found = self._topic_of(ctx, earlier, reach)
        if found is not None:
            return found
        for c in earlier[::-1][:reach]:  # (A投运后，成本可降低20%，将带动B: A)
            words = ctx.tokens(c)
            if (span := event_subject(ctx, words, self.event_verbs,
                                      self.event_ends)) is not None:
                return span, ()
            if not any(t.tag in ("m", "mq") and any(ch.isdigit() for ch in t.text)
                       for t in words):
                break  # (only clauses of figures stand between)
        return None

    def _topic_of(self, ctx: SentenceContext, earlier: list[_Span], reach: int
                  ) -> tuple[_Span, tuple[str, ...]] | None:
        """The nearest clause of ``earlier`` (``reach`` back at most) with a subject of its
        own, read as :meth:`_topic` says."""
        for j in range(len(earlier) - 1, max(len(earlier) - reach, 0) - 1, -1):
            c = earlier[j]
            if (span := event_subject(ctx, ctx.tokens(c), self.event_verbs,
                                      self.event_ends)) is not None:
                return span, ()  # (A投运后，将带动B)
            own = self._own_subject(ctx, ctx.tokens(c))
            if own is None:
                continue
            if own[0] is None or ctx.args.has_word("、", *own[0]) or \
                    ctx.sim[c[1]:c[1] + 1] in ("：", ":"):
                return None  # (A、B、C统筹推进，…; a headline's label: X文章：…)
            if j > 0 and not ctx.sim[earlier[j - 1][0]:earlier[j - 1][1]].rstrip(
                    "，,").endswith((*self.viewpoint_ends, *ctx.lex.words("speech_verbs"))) and \
                    ctx.sim[earlier[j - 1][1]:earlier[j - 1][1] + 1] not in ("：", ":") and \
                    self._own_subject(ctx, ctx.tokens(earlier[j - 1])) is not None:
                # (从长远看，A持续升温，带动B: a clause of viewpoint, or of speech (X说，), has no
                # rival subject; X是Y：A…，
                # 带动B: a colon opens what the clause before announces)
                return None  # (X要以Y为指导，深化A，推动B: a body's tasks)
            return own  # type: ignore[return-value]
        return None

    def _opens_bare(self, ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """Only adverbs (and words of result or manner: 有力, 极大) stand before the cue at
        ``q``: the clause has no subject of its own."""
        return all(t.tag in ("d", "ad", "x", "c") or t.text in ctx.args.lead
                   or t.text in self.result_adverbs or t.text in self.manner_words
                   for t in toks[:q])

    def _mutual(self, ctx: SentenceContext, toks: list[Tok], q: int, out: list) -> None:
        """A与B相互促进, 让A和B互相赋能: a cue after a word of reciprocity (``mutual_words``)
        with no object of its own makes each of the two joined things drive the other."""
        fused = toks[q].text.startswith(tuple(self.mutual))  # (相互促进 as one word)
        j = q if fused else q - 1
        if j < 2 or not (fused or toks[j].text in self.mutual) or \
                any(t.tag != "x" for t in toks[q + 1:q + 2]):
            return
        while j > 0 and toks[j - 1].tag in ("d", "ad"):
            j -= 1  # (A与B更好地相互促进)
        span = ctx.args.subject(toks, j)
        if span is None:
            k = max((i for i in range(j) if ctx.args.is_verb(toks[i])), default=-1)
            span = (toks[k + 1].start, toks[j - 1].end) if k + 1 < j else None
        if span is None:
            return
        words = ctx.tokens(span)
        c = [i for i, t in enumerate(words) if t.text in self.mutual_joins]
        if len(c) != 1 or c[0] == 0 or c[0] == len(words) - 1:
            return
        a = self._source(ctx, (words[0].start, words[c[0] - 1].end), "cue_drives_mutual")
        b = self._source(ctx, (words[c[0] + 1].start, words[-1].end), "cue_drives_mutual")
        if a is None or b is None or a.name == b.name or a.type == "Organization" or \
                b.type == "Organization":
            return
        self._emit(ctx, a, [b], "cue_drives_mutual", out)
        self._emit(ctx, b, [a], "cue_drives_mutual", out)
