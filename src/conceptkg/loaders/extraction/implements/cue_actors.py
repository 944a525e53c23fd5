"""The actors of :class:`.cue_implements.CueImplements`: who carries out what an implementing
verb names (an organisation, party or place before the verb, with the filler, partners, phrases
of place or means that may stand between; the body of a relative clause; a run of places; the
clause's opening body). A mixin of methods only: the state is
:class:`.cue_implements.CueImplements`'s (its word lists), and each call's state is the
sentence's :class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..discourse.earlier_body import earlier_body
from ..words.tokens import Tok
from .actor_gaps import ActorGaps
from .actor_places import ActorPlaces
from .cue_groups import ImplementsGroups
from .cue_relative import RelativeActors
from .held_with import held_with_end
from .subordinate_bodies import subordinate_body

__all__ = ["GAP_TAGS", "ImplementsActors"]

GAP_TAGS = ("t", "m", "d", "x", "q", "c", "f", "r")


class ImplementsActors(RelativeActors, ImplementsGroups, ActorPlaces, ActorGaps):
    """The actor methods of :class:`.cue_implements.CueImplements`."""

    def _actors(self, ctx: SentenceContext, toks: list[Tok], q: int) -> list[Ent]:
        """Organisations acting as the subject of the verb at token q."""
        found: list[Ent] = []
        k = ctx.args._lead_end(toks, 0, q, light=False)
        relative = q + 1 < len(toks) and toks[q + 1].text == "的"
        if relative:  # 记者从X今天举行的Y上获悉: the body right before the verb acts
            near = self._relative_actor(ctx, toks, q)
            if near is not None:
                return near  # (none at all before a venue or after 对)
        by = int(bool(toks) and toks[0].text == "由" and not relative)  # 由A会同B建设X: A acts
        to = next((i for i in range(by, k) if toks[i].text in ("对", "向")), None)
        if to is not None and not relative and self._recipient_end(ctx, toks, to + 1, q) == q:
            return []  # …，对甲市开展Y: whom the act is done to, not who does it
        sc = next((i for i in range(by, k) if toks[i].text in self.scope
                   and toks[i].text not in self.place_preps), None)
        if sc is not None and not relative and self._scope_end(ctx, toks, sc, q) == q:
            return []  # 今天针对甲省、乙省启动Y: the places the act is about, not who does it
        preps = [t.text for t in toks[by:k] if t.tag == "p" and t.text not in ctx.args.lead]
        joint = any(t.text in self.partners or t.text == "共同" for t in toks[k:q])
        if (preps and not (relative and all(p in self.place_preps for p in preps))) or \
                (k and toks[k - 1].text in self.place_preps and not relative and not joint):
            return []  # 按照X部署, 对X而言, 在X部署Y: a body after a preposition does not act
            # (in 在X举行的Y上, 从X举办的Y上 it acts in the relative clause; 在甲乙两地联合举办Y:
            # bodies that act jointly)
        if k + 1 < q and (toks[k].text in self.enabling or (
                toks[k].text[-2:] in self.enabling and toks[k].text[:-2] in ctx.args.lead)):
            k += 1  # 支持A建设X: A acts (the writer supports it)
        group = self._joint_group(ctx, toks, k, q) if k < q else None
        if group is not None:  # 甲部、乙局联合印发X。…两部门将建立Y: the two act
            found, k = group
        while k < q and group is None:
            span = self._org_at(ctx, toks, k, q)
            if span is None and not found and toks[k].text in self.subject_parties:
                span = (toks[k].start, toks[k].end, toks[k].text, k + 1)  # 国家启动X
            if span is None and not found:
                counted = self._counted_actor(ctx, toks, k, q)
                if counted is not None:  # 15个督导组将开展X: the group acts
                    found.append(self._group_actor(ctx, toks, k, counted))
                    k = counted[3]
                    break
            if span is None:
                break
            s, e, name, j = span
            found.append(self._actor(ctx, s, e, name))
            k = j
            if k < q and toks[k].text in ("、", "和", "与", "及", "会同"):
                k += 1
                continue
            if by and k + 1 < q and toks[k].text in self.lead_verbs and \
                    toks[k + 1].text in self.partners:
                k += 2  # 由A牵头会同B建设X
                continue
            break
        if found and 0 < k < q and not relative and \
                (j := held_with_end(ctx, toks, k - 1, q, q)) is not None:
            k = j  # 甲部与乙国人士举行X: the body holds X with those it meets
        sub = subordinate_body(self, ctx, toks, found, k, q) if group is None else None
        if sub is not None:  # 甲部乙局开展X: the bureau of the ministry acts
            found, k = [*found[:-1], sub[0]], sub[1]
        if found and k < q and toks[k].text == "的":
            return []  # 甲省多地的学校举办X: the body qualifies who acts, it does not act
        if found and k + 1 < q and toks[k].text in self.enabling:
            after = self._org_at(ctx, toks, k + 1, q)
            if after is not None:  # 海州市支持临江建设X: the body supported acts
                found = [self._actor(ctx, after[0], after[1], after[2])]
                k = after[3]
        if not found:
            ev = max((j for j in range(k + 1, q - 1) if toks[j].text in self.enabling),
                     default=None)
            span = self._org_at(ctx, toks, ev + 1, q) if ev is not None and \
                toks[ev - 1].text in ("、", "和", "并") else None
            if span is not None and span[3] == q:  # 海州支持A发展X、支持B建设Y: B acts
                return [self._actor(ctx, span[0], span[1], span[2])]
        if not found and k < q:
            span = self._modified_actor(ctx, toks, k, q)
            if span is not None:  # 地处X的临江县组建了Y
                found, k = [self._actor(ctx, span[0], span[1], span[2])], span[3]
        if not found:
            return []
        if len(found) >= 2 and group is None and (
                joint or toks[q].text.startswith(tuple(self.partners))):
            ctx.state.joint = list(found)  # (bodies that act jointly: 甲、乙联合印发X)
        group = self._counted_group(ctx, toks, found, k, q)
        if group is not None:  # 甲、乙等14个省市启动X: the group acts, and each member
            found.append(group[0])
            k = group[1]
        # what stands between the actor and the verb must be filler (dates, 等N部门, 联合); one
        # word of manner may stand right before the verb (自主研发, 创新推出)
        verb = q
        if q - 1 >= k and toks[q - 1].tag in ("v", "ad", "d", "a", "j", "vd") and \
                not (q - 1 == k and q + 1 < len(toks) and toks[q + 1].text == "的"):
            q -= 1  # (海州组织开展X; not 海州自主研发的X…, a relative clause)
        if 0 < k < q and toks[k - 1].text in self.partners:
            k = self._partner_end(ctx, toks, k, q)  # X会同有关部门推出Y
        while k < q:
            t = toks[k]
            intent = t.text in self.joint_preps and k and toks[k - 1].text in ctx.args.modals
            # 中方愿同甲方推进X, 甲方同乙方携手实施X
            if t.text in self.joint_preps and (intent or toks[q].text in (*self.partners, "共同")):
                span = self._org_at(ctx, toks, k + 1, q)  # (both act; the partner the writer's)
                if span is not None and (intent or span[3] == q):
                    k = span[3]
                    continue
            if t.text in ("对", "向") and not relative:
                j = self._recipient_end(ctx, toks, k + 1, verb)
                if j is not None:  # 海州市对辖区企业开展X: the act is done to them, by the actor
                    k = j
                    continue
            if not relative and (j := held_with_end(ctx, toks, k, q, verb)) is not None:
                k = j  # 甲部先后与乙国人士举行X
                continue
            if t.text in self.relating_preps:
                return []  # 我国对X共建…: the verb belongs to the phrase after the preposition
            if t.text in self.scope:
                # 海州将在全市推出Y, 海州聚焦X问题开展Y: a phrase of place or topic
                j = self._scope_end(ctx, toks, k, q)
                if j is None:
                    return []
                k = j
                continue
            if t.text in self.partners:
                k = self._partner_end(ctx, toks, k + 1, q)
                k = self._co_units(ctx, toks, k, q, found)  # X会同A、B组建Y: A and B act too
                continue
            if t.text in self.span_opens and (j := self._time_span_end(toks, k, verb)) is not None:
                k = j  # 甲省自2031年起开展X: a span of time
                continue
            run = self._manner_run(toks, k, verb)
            if run > k + 1:
                k = run  # 甲县分批推进X, 稳妥有序推进Y: a manner word the segmenter splits
                continue
            if t.text in self.means and k == verb - 1:
                k += 1  # 海州通过开展X等方式…: the actor carries out X, its means
                continue
            if t.text in self.means and (j := self._means_end(toks, k + 1, q)) is not None:
                k = j  # 甲省通过消费券开展Y: a means named by nouns; the actor acts
                continue
            if t.text in self.directives and (j := self._directed_end(toks, k + 1, q)) is not None:
                k = j  # 甲部部署各级组织开展Y: the body that directs the units leads Y
                continue
            if t.text in self.gap_words or t.tag in GAP_TAGS or t.text in ctx.args.lead or \
                    t.text in ctx.args.modals or t.text in self.manner:
                if t.text in "（(":
                    while k < q and toks[k].text not in "）)":
                        k += 1
                k += 1
                continue
            return []
        return found

    @staticmethod
    def _means_end(toks: list[Tok], k: int, q: int) -> int | None:
        """The end of a short nominal phrase of means (通过 消费券, 依托 数字 平台) that reaches the
        verb at q; None when a verb or a clause word stands in it."""
        if not 0 < q - k <= 3:
            return None
        if all(t.tag[:1] in ("n", "m", "q") or t.tag in ("vn", "j") for t in toks[k:q]):
            return q
        return None

    def _directed_end(self, toks: list[Tok], k: int, q: int) -> int | None:
        """The end of the units a directing verb names (部署 各级团组织, 指导 各地各部门) when
        they reach the verb at q."""
        if k >= q or not toks[k].text.startswith(self.directed):
            return None
        j = k + 1
        while j < q and (toks[j].text.startswith(self.directed) or toks[j].tag[:1] == "n" or
                         toks[j].text in ("、", "和")):
            j += 1
        if j < q and toks[j].tag in ("d", "ad", "a") and j + 1 >= q:
            j += 1  # (…各下属单位认真组织开展Y)
        return j if j >= q - 1 and j - k <= 4 else None

    def _org_at(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int
                ) -> tuple[int, int, str, int] | None:
        best = None
        if k >= q:
            return None
        chain = self._place_chain(ctx, toks, k, q)
        if k + 8 < q:  # a long name of many words (甲国驻乙国、丙国等国使馆)
            for m in ctx.dm.between(toks[k].start, toks[q - 1].end):
                if m.start == toks[k].start and m.type == "Organization" and \
                        m.rule in ("org_name", "org_alias", "lexicon"):  # (not a quoted name)
                    j = next((x for x in range(k + 9, q + 1) if toks[x - 1].end == m.end), None)
                    if j is not None:
                        return m.start, m.end, m.name, j
        for j in range(min(q, k + 8), k, -1):
            if chain is not None and j <= chain[3]:
                return chain  # (a longer name that opens with the places wins: 甲国乙市X音乐厅)
            s, e = toks[k].start, toks[j - 1].end
            name = ctx.args.organisation(s, e)
            if name and j == k + 1 and toks[k].tag == "ns" and j < len(toks) and \
                    (toks[j].tag in ("m", "vn", "b") or toks[j].tag[:1] == "n") and \
                    toks[j].text not in self.verbs and toks[j].text not in ctx.args.lead and \
                    toks[j].text not in self.gap_words:
                continue  # 新建60个X: a place word read as a verb before a count; 中国茶饮
                # 市场: a place word that qualifies the noun after it (not 湖州启动X, where the
                # dictionary tags the verb a noun of action, nor 湖州密集推出X, an adverb)
            if name:
                best = (s, e, name, j)
                if j < q and toks[j].text in self.whole_area and ctx.args.is_place(s, e):
                    # 海州全市正在推进X: the place as a whole acts
                    best = (s, toks[j].end, name + toks[j].text, j + 1)
                break
        if best is None and chain is not None:
            return chain
        if best is None and k + 1 == q and self._short_place(ctx, toks[k]):
            best = (toks[k].start, toks[k].end, toks[k].text, k + 1)  # 甲乙推出X (甲乙市)
        if best is None:
            best = self._named_short_place(ctx, toks, k, q)  # 甲乙实施X (the text's 甲乙县)
        if best is None and (place := self._place_anaphor(ctx, toks[k])) is not None:
            best = (toks[k].start, toks[k].end, place, k + 1)  # 甲乙县…。县里实施X
        if best is None and toks[k].text in ctx.args.self_words and ctx.state.self_org:
            # (我们推出X: the body the document is by, when it has one)
            org = ctx.state.self_org
            best = (toks[k].start, toks[k].end, org.name, k + 1)
        if best is None and (full := earlier_body(ctx, toks[k].start, toks[k].text)):
            best = (toks[k].start, toks[k].end, full, k + 1)  # 由集团联合…: the group named before
        if best is None:  # 控股子公司X有限公司建成Y: the body named after a kind of body
            kind = next((j for j in range(k + 1, min(q, k + 3)) if ctx.sim[
                toks[k].start:toks[j - 1].end].endswith(ctx.args.org_descriptors)), None)
            if kind is not None:
                return self._org_at(ctx, toks, kind, q)
        return best

    @staticmethod
    def _actor(ctx: SentenceContext, s: int, e: int, name: str) -> Ent:
        """The acting organisation named by sim[s:e]; a run of places keeps its last one (the
        place that acts) as an alias."""
        words = ctx.tokens((s, e)) if name == ctx.sim[s:e] else []
        alias = (words[-1].text,) if len(words) > 1 and all(w.tag == "ns" for w in words) \
            else ()
        return Ent(name, "Organization", s, e, "cue_org", alias)

    def _subjectless(self, ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """Nothing but adverbs, verbs of intent and a partner (同/与 X方, 会同有关部门) before
        the verb at q: the clause's actor is the sentence's (愿同甲方一道举办X); an ordinal
        (二是联合打造X) opens an item of the sentence's or paragraph's work."""
        k = 2 if q > 2 and toks[0].tag == "m" and toks[1].text == "是" else \
            2 if q > 1 and toks[0].tag == "m" and len(toks[0].text) == 1 and \
            toks[1].text in self.orders else 0  # (一要实施X: an item of a speech's tasks)
        while k < q:
            t = toks[k]
            if t.text in self.scope and k + 1 < q and toks[q - 1].text not in ("下", "中"):
                return True  # (将)在全市推出Y, 聚焦X问题开展Y: where or what about, not who
                # (not 在X的支持下, where X acts)
            if t.text in ("对", "向") and k + 1 < q and \
                    (j := self._recipient_end(ctx, toks, k + 1, q)) is not None:
                k = j  # …，对甲市开展Y: whom the act is done to, not who
                continue
            if t.text in self.partners and k + 1 < q:  # (将联合有关单位组织实施Y)
                j = self._partner_end(ctx, toks, k + 1, q)
                span = self._org_at(ctx, toks, j, q) if j == k + 1 else None
                if j > k + 1 or span is not None:
                    k = span[3] if span is not None else j
                    continue
            run = self._manner_run(toks, k, q)
            span = self._org_at(ctx, toks, k + 1, q) \
                if t.text in self.joint_preps and k + 1 < q else None
            if run > k + 1:
                k = run  # (…，稳妥有序推出Y)
            elif span is not None:
                k = span[3]  # …，与B共建Y (与 is also a lead word)
            elif t.text in ctx.args.lead or t.text in ctx.args.modals or t.tag in ("d", "ad") or \
                    t.text in self.manner or ctx.args.is_time(t) or \
                    (k == q - 1 and t.text in self.builder_manners) or (k == q - 1 and (
                        t.text in self.serial or t.text in self.partners)):
                # …，组织开展Y; …，联合打造Y (jointly)
                k += 1
            else:
                return False
        return True

    @staticmethod
    def _person_opens(ctx: SentenceContext, cl: tuple[int, int]) -> bool:
        """The clause opens with a person's name (the segmenter's tag)."""
        toks = ctx.tokens(cl)
        k = ctx.args._lead_end(toks, 0, len(toks), light=False)
        return k < len(toks) and toks[k].tag in ("nr", "nrfg", "nrt")

    def _opening_actor(self, ctx: SentenceContext, toks: list[Tok], q: int | None
                       ) -> list[Ent]:
        k = ctx.args._lead_end(toks, 0, len(toks), light=False)
        limit = q if q is not None else len(toks)
        span = self._org_at(ctx, toks, k, limit)
        if span is None:
            span = self._modified_actor(ctx, toks, k, limit)
        if span is None:
            return []
        if k and toks[k - 1].text in self.basis_preps:
            return []  # 按照甲委部署要求，开展Y: the body gives the instructions, no actor
        if k and toks[k - 1].text in self.place_preps and \
                any(t.tag != "x" for t in toks[span[3]:]):
            return []  # 在甲国首都乙市举办的X上…: a venue opens the clause, no actor (but 在
            # 甲市，当地推出X: a clause that only names the place sets the topic)
        found = [self._actor(ctx, span[0], span[1], span[2])]
        j = span[3]
        while j + 1 < limit and toks[j].text in ("、", "和", "与", "及"):
            more = self._org_at(ctx, toks, j + 1, limit)
            if more is None:
                break  # 甲市、乙市和丙省紧密结合实际，组织开展X: each body of the list acts
            found.append(self._actor(ctx, more[0], more[1], more[2]))
            j = more[3]
        if len(found) > 1 and j < len(toks) and toks[j].text.endswith(self.body_suffixes) and \
                all(ctx.args.is_place(f.start, f.end) or "等" in f.name for f in found[1:]):
            found = found[:1]  # 甲海关与乙、丙等8地海关…: the places name the bodies after them
        d = j + 1 if j + 1 < limit and toks[j].text != "的" and not toks[j].verb and \
            toks[j].tag != "x" and \
            toks[j].text not in self.verbs else j  # (甲省乙城的: a place the data lacks)
        if d + 1 < limit and toks[d].text == "的":
            # 甲市(乙县)的丙基地推出X: the body qualifies the noun after it, which is the subject
            # (甲市的乙区推出X: the body after 的 acts)
            more = self._org_at(ctx, toks, d + 1, limit)
            if more is None:
                return []
            found, j = [self._actor(ctx, more[0], more[1], more[2])], more[3]
        end = found[-1].end
        if ctx.sim.startswith(self.commentary_labels, end) or \
                ctx.sim.startswith(self.commentary_labels, end - 1):
            return []  # 甲日报社论：推进X / 甲日报评论员文章：…: the paper's words, not its deeds
        while j < len(toks) and toks[j].tag in ("d", "ad", "t"):
            j += 1
        if j < len(toks) and (toks[j].text in ctx.args.titles or toks[j].text in self.dateline):
            if toks[j].text in ctx.args.speech and all(t.tag == "x" for t in toks[j + 1:]) \
                    and not self._order_after(ctx, toks[-1].end):
                # 海州市商务局表示，将推出X: a body that speaks of its own work (the clause
                # holds nothing but the speech verb; not 海州市商务局表示，要… / 各地要…)
                return found
            return []  # X表示/指出…, X消息: reported speech or a dateline, not X acting
        return found

    def _modified_actor(self, ctx: SentenceContext, toks: list[Tok], k: int, limit: int
                        ) -> tuple[int, int, str, int] | None:
        """毗邻X的临江县组建了Y: a relative clause (with a verb, up to its 的) before the body
        that opens the clause; the body acts when a verb follows it."""
        d = next((j for j in range(k, limit) if toks[j].text == "的"), None)
        if d is None or d == k or any(t.tag == "x" for t in toks[k:d]):
            return None
        located = all(t.tag in ("f", "s") for t in toks[k:d])  # 北方的甲乙市开发X: where it lies
        if not located and not any(t.verb for t in toks[k:d]):
            return None
        span = self._org_at(ctx, toks, d + 1, limit)
        if span is None or span[3] >= len(toks) or \
                (located and not ctx.args.is_place(span[0], span[1])):
            return None
        nxt = toks[span[3]]
        return span if nxt.verb or nxt.text in self.verbs or nxt.tag in ("d", "ad") else None

    def _orgs_between(self, ctx: SentenceContext, toks: list[Tok], k: int, v: int
                      ) -> list[Ent]:
        """The organisations named in toks[k:v] (由 A 与 B 联合 …)."""
        actors = []
        while k < v:
            org = self._org_at(ctx, toks, k, v)
            if org is None:
                k += 1
                continue
            s, e, name, k = org
            actors.append(self._actor(ctx, s, e, name))
        return actors
