"""IMPLEMENTS from an acting organisation to what it launches, builds or hosts
(``relations.IMPLEMENTS`` in the language data):

- ``ORG (等N部门)(今天)(联合) 启动 X、Y``: the organisation implements each object that is
  initiative-like (a quoted or book-title name, an initiative head word) or the object of a
  strong verb (印发, 启动, 举办 …);
- ``ORG …，打造 X，建设 Y``: later clauses that open with a verb keep the sentence's actor;
- ``由 ORG (与 ORG) 主办的 X``;
- ``公司/我省 …``: self-references stand for the organisation the document is by or about;
- a subjectless sentence takes the organisation its paragraph is about.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon, trie_regex
from .context import SentenceContext
from .phrases import Ent
from .rules.common import Found
from .tokens import Tok, tag_table

__all__ = ["CueImplements"]

_GAP_TAGS = ("t", "m", "d", "x", "q", "c", "f", "r")


class CueImplements:
    needs_cue = True
    name = "cue_implements"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        self._people_quantity = lex.regex("people_quantity")
        self.launch = frozenset(lex.cues("DRIVES", "launch_verbs"))
        self.measure = frozenset(lex.cues("DRIVES", "measure_verbs"))
        self.result_adverbs = tuple(lex.cues("DRIVES", "result_adverbs"))
        self.drive_verbs = tuple(lex.cues("DRIVES", "verbs"))
        self.chain = tuple(lex.cues("DRIVES", "chain"))
        self.enabling = frozenset(lex.cues("IMPLEMENTS", "enabling_verbs"))
        self.verbs = frozenset(lex.cues("IMPLEMENTS", "verbs")) | \
            frozenset(lex.cues("IMPLEMENTS", "event_verbs"))
        self.strong = frozenset(lex.cues("IMPLEMENTS", "strong")) | \
            frozenset(lex.cues("IMPLEMENTS", "event_verbs"))
        self.organizer = frozenset(lex.cues("IMPLEMENTS", "organizer"))
        ends = {w[-1] for w in lex.list("org_suffixes")} | set("".join(lex.list("actor_chars")))
        self.actor_chars = re.compile("[" + re.escape("".join(sorted(ends))) + "]")
        self.subject_parties = frozenset(lex.cues("IMPLEMENTS", "subject_parties"))
        self.relating_preps = frozenset(lex.cues("IMPLEMENTS", "relating_preps"))
        self.parties = trie_regex({*lex.list("acting_parties"), *self.subject_parties})
        self.project_heads = tuple(lex.cues("IMPLEMENTS", "project_heads"))
        self.distributive = tuple(lex.cues("IMPLEMENTS", "distributive_subjects"))
        self.dateline = frozenset(lex.list("dateline_words"))
        self.gap_words = frozenset(lex.cues("IMPLEMENTS", "gap_words"))
        self.serial = frozenset(lex.cues("IMPLEMENTS", "serial_verbs"))
        self.scope = frozenset(lex.cues("IMPLEMENTS", "scope_words"))
        self.whole_area = frozenset(lex.cues("IMPLEMENTS", "whole_area_words"))
        self.orders = tuple(lex.cues("IMPLEMENTS", "order_words"))
        self.conduct = frozenset(lex.cues("IMPLEMENTS", "conduct_verbs"))
        self.campaigns = frozenset(lex.cues("IMPLEMENTS", "campaign_nouns"))
        self.joined = frozenset(lex.list("shared_head_conjunctions"))

    # -- the actor ----------------------------------------------------------------------------
    def _actors(self, ctx: SentenceContext, toks: list[Tok], q: int) -> list[Ent]:
        """Organisations acting as the subject of the verb at token q."""
        found: list[Ent] = []
        k = ctx.args._lead_end(toks, 0, q, light=False)
        if any(t.tag == "p" and t.text not in ctx.args.lead for t in toks[:k]):
            return []  # 按照X部署, 对X而言: an organisation after a preposition does not act
        if k + 1 < q and (toks[k].text in self.enabling or (
                toks[k].text[-2:] in self.enabling and toks[k].text[:-2] in ctx.args.lead)):
            k += 1  # 支持A建设X: A acts (the writer supports it)
        while k < q:
            span = self._org_at(ctx, toks, k, q)
            if span is None and not found and toks[k].text in self.subject_parties:
                span = (toks[k].start, toks[k].end, toks[k].text, k + 1)  # 国家启动X
            if span is None:
                break
            s, e, name, j = span
            found.append(Ent(name, "Organization", s, e, "cue_org"))
            k = j
            if k < q and toks[k].text in ("、", "和", "与", "及", "会同"):
                k += 1
                continue
            break
        if not found:
            return []
        # what stands between the actor and the verb must be filler (dates, 等N部门, 联合); one
        # word of manner may stand right before the verb (自主研发, 创新推出)
        if q - 1 >= k and toks[q - 1].tag in ("v", "ad", "d", "a", "j", "vd") and \
                not (q - 1 == k and q + 1 < len(toks) and toks[q + 1].text == "的"):
            q -= 1  # (海州组织开展X; not 海州自主研发的X…, a relative clause)
        while k < q:
            t = toks[k]
            if t.text in self.relating_preps:
                return []  # 我国对X共建…: the verb belongs to the phrase after the preposition
            if t.text in self.gap_words or t.tag in _GAP_TAGS or t.text in ctx.args.lead:
                if t.text in "（(":
                    while k < q and toks[k].text not in "）)":
                        k += 1
                k += 1
                continue
            return []
        return found

    def _org_at(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int
                ) -> tuple[int, int, str, int] | None:
        best = None
        if k >= q:
            return None
        for j in range(min(q, k + 8), k, -1):
            s, e = toks[k].start, toks[j - 1].end
            name = ctx.args.organisation(s, e)
            if name and j == k + 1 and toks[k].tag == "ns" and j < len(toks) and \
                    (toks[j].tag == "m" or toks[j].tag[:1] == "n" or toks[j].tag == "vn") and \
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
        if best is None and toks[k].text in ctx.args.self_refs and ctx.state.self_org:
            org = ctx.state.self_org
            best = (toks[k].start, toks[k].end, org.name, k + 1)
        return best

    # -- the objects --------------------------------------------------------------------------
    def _objects(self, ctx: SentenceContext, toks: list[Tok], q: int) -> list[Ent]:
        strong_verb = toks[q].text in self.strong
        out = []
        items = ctx.args.objects(toks, q + 1)
        etc = next((k for k in range(q + 1, len(toks)) if toks[k].text in ("等", "等等")), None)
        listed: tuple[str, ...] = ()
        members: list[tuple[int, int, bool]] = []
        if etc is not None and items:
            head = [it for it in items if it[0] > toks[etc].start]
            if head and ctx.sim[head[0][0]:head[0][1]] not in ctx.args.weak:
                members = [it for it in items if it[0] < toks[etc].start]
                items = head
                listed = (ctx.sim[members[0][0]:head[0][1]],) if members else ()
            # 推出A、B等十项举措: what was launched is the whole (the parts are INCLUDES)
        elif items and toks[q].text in self.launch:
            items, listed = self._shared_head(ctx, toks, items)
        conduct = toks[q].text in self.conduct
        for s, e, _ in items:
            words = ctx.tokens((s, e))
            campaign = conduct and len(words) > 1 and words[-1].text in self.campaigns
            while len(words) > 1 and words[-1].tag == "v" and not campaign and \
                    not words[-1].text.endswith(ctx.args.init_heads):
                words = words[:-1]  # 由A主办的X开幕: the verb is the sentence's
            e = words[-1].end if words else e
            text = ctx.sim[s:e]
            campaign = campaign and len(text) >= 4 and ctx.args.phrase_ok(words[:-1])
            if ctx.args.organisation(s, e):
                continue
            typ = ctx.args.type_of(text)
            quoted = any(ch in text for ch in "“《")
            strong = strong_verb
            if strong and typ != "Initiative" and not quoted:
                # any object of a strong verb, but a thing: no quantity (1名经理), no process
                # (智能化), a noun at the end
                strong = (len(text) >= 3 or bool(listed)) and \
                    not self._people_quantity.match(text) and \
                    not text.endswith("化") and bool(words) and \
                    words[-1].tag in ("n", "nz", "nt", "j", "eng", "ns", "l") and \
                    ctx.args.phrase_ok(words)
            if not quoted and text.endswith(ctx.args.non_init):
                continue  # 发布A、B等信息: a report or a piece of news, not an initiative
            if typ == "Initiative" or quoted or strong or campaign:
                ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative",
                                      extra_aliases=listed)
                if ent is not None and ent.type == "Initiative":
                    out.append(ent)
                    if text.endswith(self.project_heads):
                        out += self._members(ctx, members)
        return out

    def _members(self, ctx: SentenceContext, members: list[tuple[int, int, bool]]
                 ) -> list[Ent]:
        """推进A、B等N个项目: whoever carries out the projects carries out each named one."""
        out = []
        for s, e, _ in members:
            if len(ctx.sim[s:e]) >= 4 and not ctx.args.organisation(s, e) and \
                    ctx.args.type_of(ctx.sim[s:e]) == "Initiative":  # (an X工程 of its own)
                ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative")
                if ent is not None and ent.type == "Initiative":
                    out.append(ent)
        return out

    def _emit(self, ctx: SentenceContext, actors: list[Ent], objs: list[Ent], rule: str,
              out: list[Found]) -> None:
        for a in actors:
            for o in objs:
                if ctx.claim("IMPLEMENTS", a, o):
                    out.append(Found(a, "IMPLEMENTS", o, rule))

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not ctx.args.has_cue(ctx.start, ctx.end, "IMPLEMENTS"):
            return out
        if not self._may_act(ctx) and not ctx.args.has_cue(ctx.start, ctx.end, "DRIVES"):
            return out  # nobody who could act, and no clause to continue: nothing to read
        actors: list[Ent] = []
        before: list[tuple[int, int]] = []  # clauses without a cue since the last actor
        for ci, cl in enumerate(ctx.clauses):
            if not ctx.args.has_cue(*cl, "IMPLEMENTS"):
                if actors and ctx.sim.startswith(self.distributive, cl[0]):
                    actors = []  # …，各地组织X，推出Y: the actor before does not carry over 各地
                elif actors and self._may_act(ctx, cl) and self._cue_after(ctx, cl):
                    # 甲市强化X，乙县组织了Y，同时推出Z: the subject that intervenes acts in Z
                    actors = self._opening_actor(ctx, ctx.tokens(cl), None) or actors
                if not actors:
                    before.append(cl)  # their actor is read only if a later clause needs it
                continue
            if before and not actors:
                # the nearest clause before that opens with an actor (目前，我国正聚焦X，组织
                # 实施Y; X表示，我国…，实施Y)
                for c in reversed(before):
                    if not self._may_act(ctx, c):
                        continue  # (no name of anyone who acts: not segmented at all)
                    actors = self._opening_actor(ctx, ctx.tokens(c), None)
                    if actors:
                        break
                before = []
            toks = ctx.tokens(cl)
            self._organised_by(ctx, toks, out)
            q = next((k for k, t in enumerate(toks) if t.text in self.verbs), None)
            if ci == 0 and toks:  # the sentence's actor: an organisation opening it
                actors = self._opening_actor(ctx, toks, q) or actors
            if q is None:
                if ci > 0 and actors and toks:  # 甲市强化X，乙县组织了Y，同时推出Z: 乙县 acts
                    actors = self._opening_actor(ctx, toks, None) or actors
                continue
            here = self._actors(ctx, toks, q)
            rule = "cue_implements"
            if here:
                actors = here
            elif self._subjectless(ctx, toks, q) or toks[0].text in ("以", "通过"):
                if not actors and ctx.state.context and not self._reported(ctx, toks[0].start):
                    actors = [ctx.state.context[0]]
                    rule = "cue_implements_context"
                elif not actors and ctx.state.self_org is not None and \
                        not self._reported(ctx, toks[0].start) and \
                        ctx.args.self_names & {t.text for t in toks[:q]}:
                    actors = [ctx.state.self_org]  # 公司/我省 …: the document's own organisation
                    rule = "cue_implements_self"
                elif actors:
                    rule = "cue_implements_carry"
            else:
                if toks[q].text in self.launch and (ctx.args.has_cue(*cl, "DRIVES")
                                                    or self._next_drives(ctx, cl)):
                    # 密集推出X，激发Y: what was launched may drive what the next clause names,
                    # whoever launched it
                    ctx.state.objects[cl] = self._objects(ctx, toks, q)
                elif self._next_drives(ctx, cl):
                    built = self._built_subject(ctx, toks, q)
                    if built is not None:
                        ctx.state.objects[cl] = [built]
                continue
            if actors or (toks[q].text in self.launch and self._next_drives(ctx, cl)) or \
                    (toks[q].text in self.measure and self._result_next(ctx, cl)):
                # (…实施一批X举措，进一步促进Y: what was put in place drives Y, with or without
                # an actor)
                objs = self._objects(ctx, toks, q)
                ctx.state.objects[cl] = objs
                self._emit(ctx, actors, objs, rule, out)
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

    @staticmethod
    def _next_drives(ctx: SentenceContext, cl: tuple[int, int]) -> bool:
        """Whether a later clause of the sentence holds a DRIVES cue (it may continue this one)."""
        return any(c[0] >= cl[1] and ctx.args.has_cue(*c, "DRIVES") for c in ctx.clauses)

    def _order_after(self, ctx: SentenceContext, pos: int) -> bool:
        """The text after ``pos`` (past punctuation) opens with an order (要, 必须 …)."""
        while pos < ctx.end and ctx.sim[pos] in "，,：:；; ":
            pos += 1
        return ctx.sim.startswith(self.orders, pos)

    @staticmethod
    def _cue_after(ctx: SentenceContext, cl: tuple[int, int]) -> bool:
        """Whether a later clause of the sentence holds an IMPLEMENTS cue."""
        return any(c[0] >= cl[1] and ctx.args.has_cue(*c, "IMPLEMENTS") for c in ctx.clauses)

    def _result_next(self, ctx: SentenceContext, cl: tuple[int, int]) -> bool:
        """The next clause opens with a DRIVES cue said as a result (进一步促进B, 从而带动B; a
        chain verb, 助力B, on its own), not with a task of its own (加快推动B)."""
        nxt = next((c for c in ctx.clauses if c[0] >= cl[1]), None)
        if nxt is None:
            return False
        i = nxt[0]
        for w in self.result_adverbs:
            if ctx.sim.startswith(w, i):
                i += len(w)
                return ctx.sim.startswith(self.drive_verbs, i)
        return ctx.sim.startswith(self.chain, i)

    def _may_act(self, ctx: SentenceContext, span: tuple[int, int] | None = None) -> bool:
        """Whether the sentence (or the clause ``span``) may name an actor: a recognised
        organisation or place, a character that ends organisation names or parties, a
        self-reference; for a whole sentence also the document's own organisation, or a
        paragraph's."""
        s, e = span if span is not None else (ctx.start, ctx.end)
        if span is None and (ctx.state.context or ctx.state.self_org is not None):
            return True
        if any(m.type in ("Organization", "Place") for m in ctx.dm.between(s, e)):
            return True
        if span is not None and any(ctx.sim.find(w, s, e) >= 0 for w in ctx.args.self_names):
            return True
        if self.actor_chars.search(ctx.sim, s, e) is not None or \
                self.parties.search(ctx.sim, s, e) is not None:  # 我国, 国家
            return True
        tags = tag_table()  # a place or body of the segmenter's dictionary near the start
        if span is not None:
            text = ctx.sim[s:min(s + 14, e)]
            return any(tags.get(text[i:j]) in ("ns", "nt") for i in range(min(6, len(text)))
                       for j in range(i + 2, min(i + 9, len(text)) + 1))
        for c in ctx.clauses:  # 湖州推出X: a place right before a clause's implementing verb
            if ctx.args.has_cue(*c, "IMPLEMENTS"):
                text = ctx.sim[c[0]:min(c[0] + 8, c[1])]
                if any(tags.get(text[i:j]) in ("ns", "nt") for i in range(min(4, len(text)))
                       for j in range(i + 2, min(i + 6, len(text)) + 1)):
                    return True
        return False

    def _reported(self, ctx: SentenceContext, pos: int) -> bool:
        """The sentence reports speech before ``pos`` (X表示，要…): its orders are nobody's act."""
        return any(ctx.args.has_word(w, ctx.start, pos) for w in ctx.args.speech)

    def _subjectless(self, ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """Nothing but adverbs, verbs of intent and a partner (同/与 X方) before the verb at q:
        the clause's actor is the sentence's (愿同中方共同办好X)."""
        k = 0
        while k < q:
            t = toks[k]
            if t.text in self.scope and k + 1 < q and toks[q - 1].text not in ("下", "中"):
                return True  # (将)在全市推出Y, 聚焦X问题开展Y: where or what about, not who
                # (not 在X的支持下, where X acts)
            if t.text in ctx.args.lead or t.text in ctx.args.modals or t.tag in ("d", "ad") or \
                    (k == q - 1 and t.text in self.serial):  # …，组织开展Y
                k += 1
            elif t.text in ("同", "与", "和", "跟") and k + 1 < q:
                span = self._org_at(ctx, toks, k + 1, q)
                if span is None:
                    return False
                k = span[3]
            else:
                return False
        return True

    def _opening_actor(self, ctx: SentenceContext, toks: list[Tok], q: int | None
                       ) -> list[Ent]:
        k = ctx.args._lead_end(toks, 0, len(toks), light=False)
        span = self._org_at(ctx, toks, k, q if q is not None else len(toks))
        if span is None:
            return []
        j = span[3]
        while j < len(toks) and toks[j].tag in ("d", "ad", "t"):
            j += 1
        if j < len(toks) and (toks[j].text in ctx.args.titles or toks[j].text in self.dateline):
            if toks[j].text in ctx.args.speech and all(t.tag == "x" for t in toks[j + 1:]) \
                    and not self._order_after(ctx, toks[-1].end):
                # 海州市商务局表示，将推出X: a body that speaks of its own work (the clause
                # holds nothing but the speech verb; not 海州市商务局表示，要… / 各地要…)
                return [Ent(span[2], "Organization", span[0], span[1], "cue_org")]
            return []  # X表示/指出…, X消息: reported speech or a dateline, not X acting
        return [Ent(span[2], "Organization", span[0], span[1], "cue_org")]

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
            actors.append(Ent(name, "Organization", s, e, "cue_org"))
        return actors

    def _organised_subject(self, ctx: SentenceContext, toks: list[Tok], i: int, v: int,
                           out: list[Found]) -> None:
        """X (首次) 由 A (与 B)(联合) 举办: A carries out X, the clause's subject."""
        span = ctx.args.subject(toks, i)
        words = ctx.tokens(span) if span is not None else []
        while words and (words[-1].tag in ("m", "t", "d") or words[-1].text in ctx.args.lead):
            words = words[:-1]  # 龙舟节首次由…: the adverb is no part of the name
        if not words:
            return
        span = (words[0].start, words[-1].end)
        actors = self._orgs_between(ctx, toks, i + 1, v)
        ent = ctx.args.entity(span[0], span[1], "cue_implements_organiser", hint="Initiative")
        if actors and ent is not None and ent.type == "Initiative" and \
                not ctx.args.organisation(*span):
            self._emit(ctx, actors, [ent], "cue_implements_organiser", out)

    def _organised_by(self, ctx: SentenceContext, toks: list[Tok], out: list[Found]) -> None:
        """由 A (与 B)(联合) 主办的 X."""
        i = next((k for k, t in enumerate(toks) if t.text == "由"), None)
        if i is None:
            return
        found = [k for k in range(i + 1, len(toks)) if toks[k].text in self.organizer]
        if not found:
            return
        # 由A指导、B和C共同主办的X: the organiser verb before 的 closes the list of bodies
        v = next((k for k in found if k + 1 < len(toks) and toks[k + 1].text == "的"), found[0])
        if v + 1 >= len(toks) or toks[v + 1].text != "的":
            self._organised_subject(ctx, toks, i, v, out)  # X由A联合举办
            return
        actors = self._orgs_between(ctx, toks, i + 1, v)
        item = ctx.args._item(toks, v + 2, len(toks), frozenset())
        if not actors or item is None:
            return
        words = ctx.tokens(item[:2])
        while len(words) > 1 and words[-1].tag == "v":
            words = words[:-1]  # 由A主办的X开幕
        item = (item[0], words[-1].end, item[2])
        ent = ctx.args.entity(item[0], item[1], "cue_implements_organiser", hint="Initiative")
        if ent is not None and ent.type == "Initiative":
            self._emit(ctx, actors, [ent], "cue_implements_organiser", out)
