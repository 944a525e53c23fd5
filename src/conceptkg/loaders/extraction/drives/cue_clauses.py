"""What a clause is about, read for the clauses after it (:class:`.cue_drives.CueDrives`): its
subject up to its first verb, the object of its task (…加强X), and the thing whose state it only
gives (A稳中有升, A同比增长20%: the A that drives in ``A稳中有升，带动B``). A mixin of methods
only, like :class:`.cue_args.DriveArguments`.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .counted_topics import counted_end
from .fares import fares_from
from .joint_event_subject import joint_event_subject
from .process_subject import process_subject

__all__ = ["DriveClauses", "HOW_TAGS"]

#: the tags of the words that say how a thing fares, nominalised after 的 (持续/d 升温/v,
#: 快速/d 成长/vn)
HOW_TAGS = ("v", "vn", "vd", "d", "ad", "a", "l", "i")
#: the tags of the words that may describe a pair joined by 和 that a clause only names
#: (片中/s 浓郁/a 的 A和B)
_DESCRIBING = ("a", "ad", "d", "s", "f", "z", "b", "x")


class DriveClauses:
    """The clause readers of :class:`.cue_drives.CueDrives`."""

    def _state_subject(self, ctx: SentenceContext, toks: list[Tok]
                       ) -> tuple[tuple[int, int], tuple[str, ...]] | None:
        """What a clause is about when it only says how that thing fares (A稳中有升, A规模将
        扩大, A同比增长20%) or only names it (A，带动B): the phrase, with aliases."""
        n = len(toks)
        while n and toks[n - 1].tag == "x":
            n -= 1
        if any(t.text in self.parallel or (t.text in self.engine_disposals and t.tag == "p")
               for t in toks[:n]):
            return None  # B也将提升: one of several effects; X把A整合起来: X acts on A
        if (proc := process_subject(ctx, toks, self.process_manners, self.mutual_joins,
                                    self.etc)) is not None:
            return proc  # A的高效配置，催生B: a process said as a noun
        if (joint := joint_event_subject(ctx, toks, self.mutual_joins)) is not None:
            return joint  # A与B深度融合，促进C: the same process said as a predicate
        if 0 < n < len(toks) and toks[0].text == "“" and toks[n].text == "”" and \
                "”" not in ctx.sim[toks[0].end:toks[n].start]:
            return (toks[0].start, toks[n].end), ()  # “A”，带动B: a quoted name alone
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
            if k > b and (st := self.states.match(ctx.sim, t.start)):
                if any(x.noun and x.tag not in ("m", "q", "eng", "f") and x.start >= st.end()
                       and not self.states.match(ctx.sim, x.start) for x in toks[k + 1:n]):
                    return None  # 提高X: the verb has an object, the clause does something
                span = ctx.args.subject(toks[b:n], k - b)
                break
            if acts(t) and k > b and k + 1 < n and toks[k - 1].noun and len(t.text) == 2 \
                    and t.tag == "v" and toks[k + 1].tag == "v" and \
                    self.states.match(ctx.sim, toks[k + 1].start):
                # A申请达2000份: a verb between a noun and a state word names a thing (A申请)
                head = ctx.args.subject(toks[b:k], k - b)
                span = (head[0], t.end) if head is not None else None
                break
            if (acts(t) or t.tag in ("a", "l", "i")) and \
                    (j := fares_from(ctx, toks, b, k, n)) is not None:
                span = ctx.args.subject(toks[b:n], j - b)  # A不断壮大，带动B: how A fares
                break
            if acts(t) and not self._inner_verb(ctx, toks, k, n):
                return None  # an action comes first: the clause does something
            if acts(t):  # (智能分拣技术发展迅速: a noun phrase's word, as a verbal noun)
                toks = [*toks[:k], t._replace(tag="vn"), *toks[k + 1:]]
        else:  # no predicate at all: a bare noun phrase (after its last 的)
            a = max((j + 1 for j, t in enumerate(toks[:n]) if t.text == "的"), default=0)
            first = next((t for t in toks[:n] if t.tag != "x"), None)
            if first is None or first.tag == "p" or any(
                    t.text in ctx.args.blockers for t in toks[:a + 1]):
                return None  # 以A， / 要A，: a phrase after a preposition, or an order
            if 1 < a < n and all(t.tag in HOW_TAGS for t in toks[a:n]) and \
                    toks[a - 2].text != "的":
                n = a - 1  # A的持续升温，为B注入活力: how A fares is said as a noun; A it is
                a = max((j + 1 for j, t in enumerate(toks[:n]) if t.text == "的"), default=0)
            a = ctx.args._lead_end(toks, a, n, light=False)
            counted = counted_end(toks, a, n)  # A 61.2万辆，带动B: A, counted
            joins = ctx.lex.words("target_joins") if all(
                t.tag in _DESCRIBING or t.text == "的" for t in toks[:a]) and a < n and \
                toks[a].tag not in ("nr", "nrfg", "nrt") else ()  # (建立健全/nr: a task)
            # (浓郁的A和B，带动C: the pair; 投向X的A和B，带动C: what a verb's object is)
            n = counted or n
            words = toks[a:n]
            if not words or not any(t.noun for t in words) or any(
                    t.tag in ("r", "m", "t", "p", "vn", "v", "nrfg", "nrt")
                    or (t.tag == "c" and not (0 < j < len(words) - 1 and t.text in joins))
                    or (t.tag in ("i", "l") and not (counted and j))
                    or (t.tag == "nr" and ctx.args.is_person(t.text))
                    or t.tag.startswith("u") or t.text in ctx.args.titles
                    or t.text in ctx.args.light or t.text in ctx.args.cue_verbs
                    or (len(t.text) > 2 and self.states.search(t.text) is not None)
                    or ctx.args.is_time(t) for j, t in enumerate(words)) or \
                    words[-1].end - words[0].start < 3:
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


    def _inner_verb(self, ctx: SentenceContext, toks: list[Tok], k: int, n: int) -> bool:
        """A verb inside a noun phrase whose last words say how it fares (智能/n 驾驶/v 技术/n
        发展迅速; 露营/v 经济 兴起): between two nouns or first before a noun, no cue, light,
        launching or control verb, and a state word closes the clause after the noun (A推动B快速
        发展 is an action)."""
        t = toks[k]
        first = ctx.args._lead_end(toks, 0, k, light=False) == k and not any(
            x.tag in ("m", "mq") for x in toks[k:n])  # (露营/v 经济 兴起; 接待X超过N人: an act)
        if not (k < n - 2 and t.tag == "v" and toks[k + 1].noun and (first or (
                k and toks[k - 1].noun and toks[k - 1].tag not in ("nr", "ns", "nt", "r")))) or \
                t.text in self.verbs or t.text in ctx.args.light or t.text in self.launches or \
                t.text in self.putting or t.text in ctx.lex.words("control_verbs"):
            return False
        st = next((j for j in range(k + 2, n) if self.states.match(ctx.sim, toks[j].start)), None)
        mid = toks[k + 1:st] if st is not None else []
        while mid and mid[-1].tag in ("d", "ad", "vd"):
            mid = mid[:-1]  # (A迅速兴起)
        return bool(mid) and all(x.noun for x in mid)

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

    def _nominal_end(self, ctx: SentenceContext, toks: list[Tok], k: int) -> bool:
        """A ``nominal_verbs`` word after a noun, right before an adverb or a conjunction
        other than a ``target_joins`` one (有力, 不是): it closes the subject, no predicate."""
        if k + 1 >= len(toks) or toks[k].text not in ctx.args.nominal or not toks[k - 1].noun:
            return False
        nxt = toks[k + 1]
        return nxt.text not in ctx.lex.list("target_joins") and nxt.text != "与" and (
            nxt.tag in ("d", "ad", "c") or (nxt.text in ctx.args.lead and not nxt.verb))

    def clause_subject(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """The phrase a clause opens with, up to its first verb (or adjective: 表现亮眼); a
        clause that is one noun phrase closed by ``的`` and nouns (安全可靠的A环境) is that
        phrase."""
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        de = max((k for k in range(end) if toks[k].text == "的"), default=0)
        if 0 < de < end - 1 and toks[0].noun and all(t.noun for t in toks[de + 1:end]) and \
                not any(t.verb or t.tag in ("d", "ul") for t in toks[:de - 1]):
            # (only a verb right before 的 qualifies: A降低了B使用C的门槛 is a clause)
            return toks[0].start, toks[end - 1].end
        for k, t in enumerate(toks):
            if t.verb or t.text in self.verbs:
                if k and self._nominal_end(ctx, toks, k):
                    k += 1  # A规模化应用有力提升了B, A开放不是C: the activity noun is A's
                return ctx.args.subject(toks, k) if k else None
            if t.tag == "a" and k > 1 and toks[k - 1].noun and not (
                    k + 1 < len(toks) and (toks[k + 1].verb or toks[k + 1].noun)):
                # X表现亮眼: the topic X, before the noun the adjective describes (X有效保护Y:
                # the adjective says how X acts; X自由贸易协定: it qualifies a noun)
                return ctx.args.subject(toks, k - 1)
        return None
