"""The engine-noun frame of :class:`.cue_drives.CueDrives`: ``A是/成为(推动)B的(重要)引擎`` and
``把/将A作为(培育)B的(核心)抓手`` — A drives B. A mixin of methods only, like
:class:`.cue_frames.DriveFrames`: the state is :class:`.cue_drives.CueDrives`'s.

- Words between the subject and its copula are skipped (``copula_leads`` and adverbs:
  ``A正在成为B的引擎``, ``A才能成为…``).
- With a disposal preposition before 作为 (``engine_disposals``: 把, 将) the thing between
  the two is the source (``集团把A作为培育B的核心引擎``).
- The body whose B it is, right after the copula or a cue verb (``engine_owners``:
  ``成为集团培育B的引擎``, ``推动公司B的…``), is no part of a B of three or more characters
  (推动集团发展: 集团发展; a scope, 全市B, stays).
- Two things joined by 和 (``engine_joins``) are each an engine (``A和B已成为C的引擎``).
- B opening with a verb is an action, no thing (把A作为调结构的方向); B may end with a verb
  of a people-headed event (``A是牧户增收的主引擎``), and a verbal noun
  before a noun is part of a noun phrase (``提升运营效率的抓手``).
- B may be a list of tasks, each a cue or light verb and its object (``A是培育B、推动C的引擎``):
  each object is a B. ``engine_copulas`` (正是, one word) are copulas of this frame only.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..discourse.pronoun_topic import pronoun_subject
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS
from .engine_tails import joint_process
from .process_subject import process_subject

__all__ = ["DriveEngine"]

_Subject = tuple[tuple[int, int] | None, tuple[str, ...]]
_OPEN_QUOTES = frozenset("“「\"")


class DriveEngine:
    """The engine-noun method of :class:`.cue_drives.CueDrives`."""

    def _engine(self, ctx: SentenceContext, toks: list[Tok], out: list[Found],
                carried: Callable[[], _Subject] | None = None) -> None:
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
        while d > 0 and (toks[d].text in self.engine_mods or (
                toks[d].text in _OPEN_QUOTES and d == end - 2)):
            d -= 1  # (A是B的“助推器”: the engine noun quoted)
        if d > 1 and toks[d].text != "的" and any(t.text in self.verbs for t in toks[:d + 1]):
            d += 1  # A成为推动B新引擎: 的 left out after a cue verb's object
        elif d <= 1 or toks[d].text != "的":
            return
        k = next((j for j in range(d) if toks[j].text in ctx.args.copulas
                  or toks[j].text in self.engine_copulas or (
                      j and toks[j - 1].text + toks[j].text in self.engine_copulas)), None)
        if k is None:  # (正是; 成长为 split in two words)
            return
        lead = k - 1 if toks[k].text not in self.engine_copulas and \
            toks[k].text not in ctx.args.copulas else k
        span, aliases = self._engine_subject(ctx, toks, lead, carried)
        src = self._source(ctx, span, "cue_drives_engine", aliases)
        a = self._engine_object_start(ctx, toks, k + 1, d)
        if src is None or a >= d:
            return
        dsts = self._engine_tasks(ctx, toks, k + 1, d)  # 是培育B、推动C的引擎
        if not dsts and not ctx.args.is_verb(toks[a]):
            dsts = self._engine_items(ctx, toks, a, d)  # 是推动B、C、D的引擎
        if not dsts and not ctx.args.is_verb(toks[a]) and self._engine_phrase(ctx, toks, a, d):
            dsts = [ctx.args.entity(toks[a].start, toks[d - 1].end, "cue_drives_engine")]
        elif not dsts and not ctx.args.is_verb(toks[a]) and \
                (c := self._engine_change_start(ctx, toks, a, d)) is not None:
            dsts = [ctx.args.entity(toks[a].start, toks[c - 1].end, "cue_drives_engine",
                                    extra_aliases=(ctx.sim[toks[a].start:toks[d - 1].end],))]
        for dst in dsts:
            if dst is None or dst.type in ACTORS:
                continue
            words = ctx.tokens(span) if span is not None else []
            joined = any(t.text in self.engine_joins for t in words) and \
                all(t.text != "、" for t in words)  # (A、B和C: _emit splits the list)
            for one in (self._engine_members(ctx, span) if joined else []) or [src]:
                self._emit(ctx, one, [dst], "cue_drives_engine", out)  # (no A和B as one)

    def _engine_phrase(self, ctx: SentenceContext, toks: list[Tok], a: int, d: int) -> bool:
        """Whether ``toks[a:d]`` may be a B (a verbal noun before a noun is part of a noun
        phrase: 运营效率)."""
        words = [t for j, t in enumerate(toks[a:d], a) if not (
            t.tag == "vn" and j + 1 < d and toks[j + 1].tag[:1] == "n")]
        return ctx.args.phrase_ok(words, final_verb=True) or joint_process(
            ctx, toks[a:d], self.mutual_joins,
            lambda w: ctx.args.phrase_ok(w, final_verb=True))  # 成为X与Y融合的引擎

    def _engine_items(self, ctx: SentenceContext, toks: list[Tok], a: int,
                      d: int) -> list[Ent | None]:
        """是推动B、C和D的引擎: the objects of the cue listed with 、 (and a last 和/与), each a
        B; none when the words hold no 、 or an item is no B."""
        if a == 0 or toks[a - 1].text not in self.verbs:
            return []  # (the list is the object of the cue: 成为与A、B并重的X names no B)
        cuts = [a - 1, *(j for j in range(a, d) if toks[j].text == "、"), d]
        if len(cuts) < 3:
            return []
        last = cuts[-2] + 1
        join = next((j for j in range(last + 1, d - 1) if toks[j].text in ("和", "与", "及")),
                    None)
        if join is not None:  # (…、C和D: two items after the last 、)
            cuts = [*cuts[:-1], join, d]
        if any(toks[j].text in ("等", "等等") for j in range(a, d)):
            return []  # (A、B等要素流动: the list sums itself up, one B)
        spans = list(pairwise(cuts))
        ends = [toks[q - 1] for _p, q in spans]
        last = toks[spans[-1][0] + 1:spans[-1][1]]
        verbal = ends[-1].tag[:1] in ("v", "a")
        if (verbal and any(t.tag[:1] not in ("v", "a") for t in ends[:-1])) \
                or (len(last) > 1 and ends[-1].text.endswith(tuple(ctx.args.nominal))
                    and all(q - p == 2 for p, q in spans[:-1])):
            return []  # (制造业、服务业高质量发展: the items share the change at the end)
        dsts: list[Ent | None] = []
        for p, q in pairwise(cuts):
            if q - p < 2 or ctx.args.is_verb(toks[p + 1]) or \
                    not self._engine_phrase(ctx, toks, p + 1, q):
                return []
            dst = ctx.args.entity(toks[p + 1].start, toks[q - 1].end, "cue_drives_engine")
            if dst is None:
                return []  # (an item that is no B: no list of Bs)
            dsts.append(dst)
        return dsts

    def _engine_change_start(self, ctx: SentenceContext, toks: list[Tok], a: int,
                             d: int) -> int | None:
        """是B持续扩大的重要支撑: the index where a closing word of change (a state predicate,
        with adverbs before it) starts after B, when B itself may be a B; else None."""
        c = d
        if c - 1 > a and self.states.fullmatch(toks[c - 1].text):
            c -= 1
            while c - 1 > a and toks[c - 1].tag in ("d", "ad", "vd"):
                c -= 1
            if toks[c - 1].end - toks[a].start >= 2 and self._engine_phrase(ctx, toks, a, c):
                return c
        return None

    def _engine_tasks(self, ctx: SentenceContext, toks: list[Tok], a: int,
                      d: int) -> list[Ent | None]:
        """是(X)培育B、推动C的引擎: a list of two or more verb phrases, each a cue or light verb
        and its object; each object is a B (the first verb may follow one noun, the body whose
        task it is: 园区培育B、推动C). Any item of another shape: none."""
        cuts = [a - 1, *(j for j in range(a, d) if toks[j].text == "、"), d]
        if len(cuts) < 3:
            return []
        dsts: list[Ent | None] = []
        for i, (p, q) in enumerate(pairwise(cuts)):
            v = p + 1
            if i == 0 and v + 1 < q and toks[v].tag[:1] in ("n", "s") and \
                    not (toks[v].text in self.verbs or toks[v].text in ctx.args.light):
                v += 1  # (园区培育B: the body)
            if not (toks[v].text in self.verbs or toks[v].text in ctx.args.light) or \
                    v + 1 >= q or ctx.args.is_verb(toks[v + 1]) or \
                    not self._engine_phrase(ctx, toks, v + 1, q):
                return []
            dsts.append(ctx.args.entity(toks[v + 1].start, toks[q - 1].end, "cue_drives_engine"))
        return dsts

    def _engine_members(self, ctx: SentenceContext, span: tuple[int, int] | None) -> list[Ent]:
        """A和B成为C的引擎: the two things a single ``engine_joins`` word joins, each a phrase
        of two or more characters with no 的 (A与B的融合 is one thing), else none."""
        words = ctx.tokens(span) if span is not None else []
        joins = [j for j, t in enumerate(words) if t.text in self.engine_joins]
        if len(joins) != 1 or any(t.text == "的" or t.tag == "x" for t in words):
            return []
        j = joins[0]
        parts = [ctx.args.entity(words[0].start, words[j - 1].end, "cue_drives_engine")
                 if j else None,
                 ctx.args.entity(words[j + 1].start, words[-1].end, "cue_drives_engine")
                 if j + 1 < len(words) else None]
        if any(p is None or p.type in ACTORS or len(p.name) < 2 for p in parts):
            return []
        return [p for p in parts if p is not None]

    def _engine_subject(self, ctx: SentenceContext, toks: list[Tok], k: int,
                        carried: Callable[[], _Subject] | None) -> _Subject:
        """The span of the thing that is the engine, the copula at ``k``, with its aliases:
        what follows a disposal preposition (把A作为…), else the subject before the copula (a
        process said as a noun, A的高效配置是B的引擎: A; a pronoun, 它是B的引擎: what it stands
        for), else ``carried``."""
        p = next((j for j in range(k - 1, -1, -1) if toks[j].text in self.engine_disposals), None)
        if p is not None and toks[k].text == "作为":
            return ((toks[p + 1].start, toks[k - 1].end) if p + 1 < k else None), ()
        s = k
        while s and (toks[s - 1].text in self.copula_leads or toks[s - 1].tag == "d"):
            s -= 1  # A才能成为B的引擎, …，本身就是B的催化剂
        if s and (proc := process_subject(ctx, toks[:s], self.process_manners,
                                          self.mutual_joins, self.etc)) is not None:
            return proc
        c = max((j for j in range(s) if toks[j].text in ctx.lex.words("engine_causatives")),
                default=None)
        if c is not None and c + 1 < s and ctx.args.phrase_ok(toks[c + 1:s]):
            return (toks[c + 1].start, toks[s - 1].end), ()  # 希望让A成为B的引擎: A
        span = ctx.args.subject(toks, s) if s else None
        cl = next((c for c in ctx.clauses if toks and c[0] <= toks[0].start < c[1]), None)
        if s and cl is not None and (pro := pronoun_subject(
                ctx, cl, toks, s, self.thing_pronouns, self.sequence_openers)) is not None:
            return pro, ()  # A…，它才能成为B的引擎: what 它 stands for
        if span is None and ctx.args._lead_end(toks, 0, s, light=False) == s:
            return carried() if carried is not None else (None, ())
        return span, ()

    def _carried_engine(self, ctx: SentenceContext, before: tuple[int, int] | None,
                        read: Callable[[], tuple]) -> _Subject:
        """The engine a clause with no subject of its own speaks of (A的高效配置，是B的引擎):
        the clause before read as a process said as a noun (A, the whole an alias), else the
        subject ``read`` gives of the clause before."""
        if before is not None and (proc := process_subject(
                ctx, ctx.tokens(before), self.process_manners, self.mutual_joins,
                self.etc)) is not None:
            return proc
        span = read()[0]
        if span is None and before is not None:
            span = self._task_of_copulas(ctx, before)
        if span is None and before is not None:
            span = self._named_topic(ctx, before)  # A，正在成为B的引擎
        return span, ()

    def _named_topic(self, ctx: SentenceContext, before: tuple[int, int]
                     ) -> tuple[int, int] | None:
        """A clause that only names a thing (one noun phrase without 的, a final verbal noun
        allowed: 乡村旅游，) before a subjectless engine clause: that thing. No adverb,
        preposition, pronoun or word of time or place (在此背景下，), and no word of how a thing
        fares (A产量快速增长，: a state, read elsewhere)."""
        words = [t for t in ctx.tokens(before) if t.tag != "x"]
        if not words or words[-1].end - words[0].start < 2 or \
                any(t.text == "的" for t in words) or \
                not ctx.args.phrase_ok(words, final_verb=True) or \
                any(ctx.args.is_verb(t) or t.tag in ("d", "ad", "p", "r", "t", "f")
                    for t in words[:-1]) or words[-1].tag in ("d", "ad", "p", "r", "t", "f") or \
                self.states.search(ctx.sim, words[0].start, words[-1].end):
            return None
        return words[0].start, words[-1].end

    def _task_of_copulas(self, ctx: SentenceContext, before: tuple[int, int]
                         ) -> tuple[int, int] | None:
        """发展A，既是X的需要，也是B的途径: a chain of copula clauses without subject speaks of
        what the task clause before them sets about (A: its light verb is left out); the clause
        right before the engine clause opens with a copula (``copula_chain_openers``: 既是,
        不仅是)."""
        text = ctx.sim[before[0]:before[1]].lstrip("“”\"，, ")
        if not text.startswith(tuple(ctx.lex.list("copula_chain_openers"))):
            return None
        earlier = next((c for c in reversed(ctx.clauses) if c[1] <= before[0]), None)
        if earlier is None:
            return None
        task = ctx.tokens(earlier)
        a = ctx.args._lead_end(task, 0, len(task), light=False)
        if a + 1 >= len(task) or task[a].text not in ctx.args.light or \
                any(t.tag == "x" and t.text != "、" for t in task[a + 1:len(task) - 1]):
            return None
        end = len(task)
        while end and task[end - 1].tag == "x":
            end -= 1
        return (task[a + 1].start, task[end - 1].end) if \
            ctx.args.phrase_ok(task[a + 1:end]) else None

    def _engine_object_start(self, ctx: SentenceContext, toks: list[Tok], a: int,
                             d: int) -> int:
        """Index of the first word of B: past cue verbs, light verbs and verbs of progress
        (``DRIVES.instrument_verbs``: 成为加快/推动/加速B的引擎)
        and past the body whose B it is (成为集团培育B的…, 推动公司B的…)."""
        while a < d:
            if toks[a].text in self.verbs or toks[a].text in ctx.args.light or \
                    toks[a].text in self.inst_verbs:  # (是加速B的催化剂)
                a += 1
            elif toks[a].text in self.engine_owners and toks[d - 1].end - toks[a].end >= 3:
                a += 1
            else:
                break
        return a
