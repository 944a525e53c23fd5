"""INCLUDES between any phrases, read around list cues (``relations.INCLUDES`` in the language
data):

- ``A 包括/涵盖 B、C(等)``: A includes each item (A may close the clause before: …X，包括B、C);
- ``B、C 等 A``: a list of at least two items closed by 等 and a head phrase;
- ``以 B、C 为代表的 A``.

A head too vague to be a node (方面, 领域, 工作 …: ``weak_args``) gives no edge.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon, trie_regex
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..lists.list_first_item import compound_first, shared_head, widen_first
from ..rules.common import Found, counted_noun_tail
from ..words.tokens import Tok
from .cue_compose import ComposedLists
from .cue_documents import DocumentOwners
from .cue_etc import EtcLists
from .cue_heads import ListHeads, led_by_manner
from .cue_owners import ListOwners
from .cue_range import RangeLists
from .cue_relative import RelativeLists
from .definitions import defined_term
from .etc_factor_heads import bare_factors, factor_term
from .include_items import in_org_name, item_ok, list_qualifier, tagged_body
from .outside import OutsideHeads
from .topic_contents import TopicContents

__all__ = ["CueIncludes"]


class CueIncludes(EtcLists, ListHeads, ComposedLists, RangeLists, RelativeLists, DocumentOwners,
                  TopicContents, ListOwners):
    needs_cue = False  # a counted list (A、B三大H) has no cue word: __call__ checks its own cues
    name = "cue_includes"
    relation = "INCLUDES"

    def __init__(self, lex: Lexicon) -> None:
        self._grouped_count = lex.regex("grouped_count")
        self._count_prefix = lex.regex("count_prefix")
        self._approx_quantity = lex.regex("approx_quantity")
        self._inner_count = lex.regex("inner_count")
        self._counted_group_rx = lex.regex("counted_group")
        self.verbs = frozenset(lex.cues("INCLUDES", "verbs"))
        self.split_verbs = frozenset(lex.cues("INCLUDES", "split_verbs"))
        # X，比如A、B: a word of examples opening a clause lists the parts of the X before
        self.examples = frozenset(lex.cues("INCLUDES", "example_cues"))
        self.list_verbs = frozenset(lex.cues("INCLUDES", "list_verbs"))
        self.event_verbs = lex.words("event_close_verbs")
        self.definition_leads = tuple(lex.list("definition_leads"))
        self.etc = frozenset(lex.cues("INCLUDES", "etc") or ["等"])
        self.represented = frozenset(lex.cues("INCLUDES", "represented") or ["为代表"])
        self.vague = frozenset(lex.cues("INCLUDES", "vague_heads"))
        self.units = frozenset(lex.cues("INCLUDES", "summary_units"))
        # A、B和C四个方面, X包括A、B和C三个子产品 (no 等): a count that closes the last item
        # (of summary units or of the parts the whole before the verb is split into) is no
        # part of that item
        self._counted_noun_tail = counted_noun_tail(lex)
        self.parallel = frozenset(lex.cues("INCLUDES", "parallel"))
        self.anaphors = tuple(lex.cues("INCLUDES", "anaphor_determiners"))
        self.determiners = tuple(sorted(lex.list("event_determiners"), key=len, reverse=True))
        self.event_heads = tuple(lex.list("event_heads"))
        self.range_verbs = tuple(lex.cues("INCLUDES", "range_verbs"))
        self.range_nouns = tuple(lex.list("range_nouns"))
        self.vague_long = tuple(w for w in self.vague if len(w) >= 2)
        self.compose = frozenset(lex.cues("INCLUDES", "compose"))
        self.division = frozenset(lex.cues("INCLUDES", "division_verbs"))
        self.kind_classifiers = tuple(lex.cues("INCLUDES", "kind_classifiers"))
        self.metric_tails = tuple(lex.cues("INCLUDES", "metric_tails")) + \
            tuple(lex.list("head_measure_words"))  # (等作物长势正常: 作物)
        self.growth_tails = tuple(lex.cues("INCLUDES", "growth_tails"))
        self.people_heads = tuple(lex.cues("INCLUDES", "people_heads"))
        self.people_counts = tuple(lex.cues("INCLUDES", "people_measures"))
        self.outside = OutsideHeads(lex)
        self.weak_args = frozenset(lex.list("weak_args"))
        self.stop_heads = frozenset(lex.list("stop_heads"))
        self.states = trie_regex(lex.cues("DRIVES", "state_predicates"))
        self.state_words = frozenset(lex.cues("DRIVES", "state_predicates"))
        self.activity_tails = frozenset(w for w in lex.list("strip_suffixes") if len(w) == 2)
        self.concept_heads = tuple(lex.list("concept_heads"))
        self.kind_heads = self.concept_heads + tuple(lex.list("initiative_heads"))
        self.drive_verbs = frozenset(lex.cues("DRIVES", "verbs"))
        self.predicate_openers = frozenset(lex.cues("INCLUDES", "predicate_openers"))
        self.etc_predicates = frozenset(lex.cues("INCLUDES", "etc_predicates"))
        self.head_closers = frozenset(lex.list("head_closing_adverbs"))
        self.defining = frozenset(lex.list("defining_copulas"))
        self.time_ends = frozenset(lex.list("clause_time_ends"))
        self.part_nouns = frozenset(lex.cues("INCLUDES", "part_nouns"))
        self.part_firsts = frozenset(w[:2] for w in self.part_nouns)
        self.module_heads = tuple(lex.cues("INCLUDES", "module_heads"))
        self.head_nouns = frozenset(lex.cues("INCLUDES", "head_nouns"))
        self.item_heads = frozenset(lex.cues("INCLUDES", "item_heads"))
        self.task_heads = tuple(lex.cues("INCLUDES", "task_heads"))
        self.act_heads = tuple(lex.cues("INCLUDES", "act_heads"))
        self.org_heads = tuple(lex.list("org_heads"))
        self.body_group_heads = tuple(lex.list("body_group_heads"))
        self.rel_heads = self.kind_heads + tuple(lex.list("factor_heads")) + \
            tuple(lex.list("org_heads")) + tuple(lex.list("thing_heads")) + tuple(self.head_nouns)
        self._relative_setup(lex)

    def _items(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str,
               head: Ent, conj: bool = True, counted: bool = False) -> list[Ent]:
        """The parts of ``head`` listed from token ``i``; ``counted``: a count of parts closes
        the list (X由A、B、C三个模块组成), so items that read like tasks are parts too."""
        out = []
        objs = ctx.args.objects(toks, i, conj=conj, strip_verbs=True, etc_head=False)
        shared = len(objs) > 1 and shared_head(ctx.sim, objs)  # (研发数字化、制造数字化)
        objs = widen_first(ctx, toks, i, objs)
        if len(objs) == 1 and ctx.sim[objs[0][1]:objs[0][1] + 1] in ("：", ":") and \
                self._count_prefix.match(ctx.sim[objs[0][0]:objs[0][1]]):
            return []  # 包括四项重点行动：A、B…: the list after the colon is what it includes
        if len(objs) > 1:
            s_, e_, t_ = objs[-1]
            tail = self._counted_noun_tail.search(ctx.sim, s_ + 2, e_)
            if tail is not None and not self._named_group(ctx, tail):
                objs = [*objs[:-1], (s_, tail.start(), t_)]
        qualified = list_qualifier(ctx, objs)
        if qualified is not None:  # 甲省A、B等H: the place qualifies the whole list
            objs = [(qualified, objs[0][1], objs[0][2]), *objs[1:]]
        firsts = {t.start: t for t in toks}
        led = [s in firsts and ctx.args.is_verb(firsts[s]) and len(firsts[s].text) > 1
               for s, _e, _t in objs]
        if led and led[0] and not any(led[1:]) and compound_first(ctx, objs):
            led[0] = False  # 报关申报、船舶订舱: a verb inside a compound beside nouns
        tasks = sum(task or v for (_s, _e, task), v in zip(objs, led, strict=True))
        # (诈骗、赌博等涉网犯罪: acts are its kinds; a bare 作业 names no kind)
        acts = head.name.endswith(self.act_heads) and len(head.name) >= 4 and not any(
            task or led_by_manner(ctx, s) for s, _e, task in objs[1:])
        # (依法严惩、从重处罚等X犯罪: tasks done to the acts, no kinds of them; the first item
        # may carry the clause's own verb: 依法惩治A、B等X犯罪)
        if 2 * tasks >= len(objs) and not head.name.endswith(self.task_heads) and not counted \
                and not acts:
            return []  # a list of tasks (加强X、深耕Y) is no list of parts (one may be: A、构建B)
        parallel = 0 < i <= len(toks) and toks[i - 1].text == "的"  # (新开的A、特色的B等H)
        if len(objs) > 1 and "的" in ctx.sim[objs[-1][0]:objs[-1][1]] and not parallel and \
                not any("的" in ctx.sim[s:e] for s, e, _t in objs[:-1]):
            return []  # 包含对A、B、C的敬意: the list qualifies one thing after 的
        objs_start = toks[i].start if i < len(toks) else 0
        # a list of things (most items no body), whose head names no bodies: a word the
        # dictionary alone tags as a body (中医药/nt) is one of its things
        things = not head.name.endswith(self.org_heads) and 2 * sum(
            not ctx.args.organisation(a, b) and not ctx.args.is_place(a, b)
            for a, b, _t in objs) > len(objs)
        if any(self._body_acts(ctx, ctx.tokens(o[:2])) for o in objs):
            return []  # A机构、B企业开展X等H: bodies doing something, no list of parts
        for n, (s, e, _task) in enumerate(objs):
            if acts and n == 0:
                s = self._act_start(ctx, s, e)
            text = ctx.sim[s:e]
            # an item keeps the verb it opens with as an alias, and gets one without it when
            # the segmenter glued the verb to it (推进设备更新)
            before = next((t for t in toks if t.end == s and self._is_action(ctx, t.text)), None)
            verb = next((v for v in ctx.args.light if text.startswith(v)
                         and len(text) - len(v) >= 2), None)
            extra = ((ctx.sim[before.start:e],) if before is not None else ()) + \
                ((text[len(verb):],) if verb is not None else ()) + \
                ((ctx.sim[objs_start:e],) if qualified == s else ())
            if self._grouped_count.search(text, 1):
                return []  # a list of counted groups is no list of parts
            counted = self._count_prefix.match(text)
            if counted and (text[counted.end():] in ctx.args.weak
                            or text[counted.end():] in self.units):
                continue  # 两个部分, 三个方面: the list's summary, not a part
            members = head.name.endswith(self.body_group_heads)  # (A、B等多边机制)
            if ctx.args.is_place(s, e) or (ctx.args.organisation(s, e) and not (
                    things and tagged_body(ctx, s, e)) and rule != "cue_includes_composed"
                    and not members) or ctx.args.is_person(text):
                continue  # a place, a body or a person is no part of a list of things (the
                # bodies a whole is made of are: 由A局、B委组成的X联席会议制度, and so are the
                # members of a group of bodies: A、B等多边机制)
            # (a part of an initiative is one when quoted, or by its own head word: 平台包括
            # 模型精调、效果评测 lists functions, concepts)
            hint = head.type if head.type == "Factor" or (
                head.type == "Initiative" and "“" in text) else None
            ent = ctx.args.entity(s, e, rule, hint=hint, extra_aliases=extra)
            if ent is None:  # 技术、人才等要素: a factor too bare elsewhere (bare_factors)
                ent = factor_term(ctx, s, e, bare=True)
            if self._approx_quantity.match(ctx.sim, s, e) or \
                    not (item_ok(ctx, ctx.tokens((s, e))) or (shared and n == 0)
                         or (acts and e - s >= 2)):
                continue  # a quantity (37家企业) or a predicate is no part of a list
            if ent is not None and ent.name != head.name:
                out.append(ent)
        return bare_factors(ctx, out, head)

    @staticmethod
    def _title(ctx: SentenceContext, span: tuple[int, int] | None) -> Ent | None:
        """A document's title in book marks that owns the list (印发《X措施》，包括A、B): the
        title as a whole, 的 and all."""
        if span is not None and ctx.sim[span[0]] == "《" and ctx.sim[span[1] - 1] == "》":
            span = (span[0] + 1, span[1] - 1)  # (《X》包括A、B: the marks in the subject)
        if span is None or span[0] < 1 or ctx.sim[span[0] - 1] != "《" or \
                ctx.sim[span[1]:span[1] + 1] != "》":
            return None
        m = ctx.args.dm.at(span[0] - 1, span[1] + 1) or ctx.args.dm.at(*span)
        if m is not None and m.type == "Initiative":
            return Ent(m.name, m.type, span[0], span[1], m.rule, m.aliases)
        return None

    @staticmethod
    def _act_start(ctx: SentenceContext, s: int, e: int) -> int:
        """The first act of a list of acts starts after an idiom of acting glued before it
        (依法惩治贪污、受贿等犯罪: 贪污)."""
        words = ctx.tokens((s, e))
        return words[1].start if len(words) > 1 and words[0].tag in ("i", "l") else s

    def _named_group(self, ctx: SentenceContext, tail: re.Match[str]) -> bool:
        """The count closing a list names a known kind (A、B两大支柱产业: a group between the
        whole and its items, read by the grouped-list rule), not a summary unit or a part."""
        if tail.group("noun") in self.units:
            return False
        found = (ctx.args.dm.at(s, tail.end()) for s in (tail.start(), tail.start("noun")))
        return any(m is not None and not m.weak and (
            m.rule != "numbered_name" or tail.group("noun").endswith(self.concept_heads))
            for m in found)  # (两大支柱产业: a kind; 三大工程, 三个子项目: parts)

    def _outside(self, text: str) -> bool:
        """A head that names people or a class of concrete things or places (``outside_heads``):
        its list has no parts of a node of the schema."""
        return text.endswith(self.people_heads) or self.outside.of(text) is not None

    def _body_acts(self, ctx: SentenceContext, words: list[Tok]) -> bool:
        """The item is a body followed by its own action (B企业开展X: a verb that closes a
        phrase, a light or a cue verb)."""
        return any(w.text.endswith(self.org_heads) and (
            words[k + 1].text in ctx.lex.words("phrase_stops")
            or self._is_action(ctx, words[k + 1].text))
            for k, w in enumerate(words[:-1]))  # (企业登记服务: a compound noun)

    @staticmethod
    def _is_action(ctx: SentenceContext, word: str) -> bool:
        return (word in ctx.args.light or word in ctx.args.cue_verbs) and \
            word not in ctx.args.nominal

    def _emit(self, ctx: SentenceContext, head: Ent | None, items: list[Ent], rule: str,
              out: list[Found], min_items: int = 1) -> None:
        if head is None or len(items) < min_items:
            return
        for it in items:
            if ctx.claim("INCLUDES", head, it):
                out.append(Found(head, "INCLUDES", it, rule))

    def _counted_list(self, ctx: SentenceContext, s: int, e: int) -> bool:
        """sim[s:e] holds a list followed by a count (A、B、C三大H, A、B两项H): a list cue too."""
        k = ctx.sim.find("、", s, e)
        if k < 0:  # “A”“B”“C”三大H: quotes that follow each other are a list without 、
            k = ctx.sim.find("”“", s, e)
        if k < 0:  # X分为A和B两大部分: a dividing verb opens a list without 、
            k = min((j for j in (ctx.sim.find(w, s, e) for w in self.division) if j >= 0),
                    default=-1)  # (the first dividing verb of the clause)
        return k >= 0 and self._counted_group_rx.search(ctx.sim, k, e) is not None

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        self._relative(ctx, out)  # 涵盖A、B的X体系 (a cue of its own: 覆盖, 集…于一体)
        if not ctx.args.has_cue(ctx.start, ctx.end, "INCLUDES") and \
                not self._counted_list(ctx, ctx.start, ctx.end):
            return out
        prev: list[Tok] | None = None
        prev_cl: tuple[int, int] | None = None
        for idx, cl in enumerate(ctx.clauses):
            if not ctx.args.has_cue(*cl, "INCLUDES") and not self._counted_list(ctx, *cl):
                prev, prev_cl = None, cl
                continue
            toks = ctx.tokens(cl)
            if self.range_verbs and self._range(ctx, toks, out):
                prev, prev_cl = toks, None
                continue
            self._composed(ctx, toks, out, prev if prev is not None else
                           ctx.tokens(prev_cl) if prev_cl is not None else None)
            self._part_of(ctx, toks, out)
            for q, t in enumerate(toks):
                if t.text in self.verbs or (q == 0 and t.text in self.examples and idx):
                    span = ctx.args.subject(toks, q)
                    if span is not None and self._scope(ctx, span):
                        # X启动Y活动，补贴范围涵盖A、B: the scope is Y's, Y has A and B
                        launched = ctx.state.objects.get(ctx.clauses[idx - 1]) if idx else None
                        if not launched and idx:
                            launched = self._scoped_programme(ctx, ctx.clauses[idx - 1])
                        if not launched or len(launched) != 1:
                            topic = self._topic_owner(ctx, span, idx)  # (建设内容主要有A、B)
                            launched = [topic] if topic is not None else None
                        if not launched or len(launched) != 1:
                            break
                        self._emit(ctx, launched[0], self._items(
                            ctx, toks, q + 1, "cue_includes", launched[0]), "cue_includes", out)
                        break
                    pp = next((k for k in range(1, q) if toks[k].tag == "p"), None)
                    if span is None and pp is not None and t.text in self.split_verbs:
                        span = ctx.args.subject(toks, pp)  # X按Y分为A、B: X, before 按
                    etc = next((k for k in range(q + 1, len(toks) - 1)
                                if toks[k].text in self.etc), None)
                    opens = span is None and (prev is not None or prev_cl is not None) and \
                        ctx.args._lead_end(toks, 0, q, light=False) == q
                    if opens and prev is None and prev_cl is not None:
                        prev = ctx.tokens(prev_cl)  # (only now: most clauses do not need it)
                    example = t.text in self.examples  # (X是Y，如A: A and B are Y's)
                    put_out = None
                    if opens and prev:  # X于5月举行，包括A、B等板块: the event X owns the list
                        span = self._held_event(ctx, prev, ctx.tokens(ctx.clauses[idx - 2])
                                                if idx >= 2 else None)
                        put_out = self._launched_subject(ctx, prev) if span is None else None
                        if put_out is not None:  # X政策近日出台，包括A、B: the policy's
                            span = (put_out.start, put_out.end)
                        opens = span is None
                    defined = self._defined_topic(ctx, idx) if opens and idx and \
                        not example else None
                    counted = self._counted_tail(ctx, prev) if opens and prev and \
                        defined is None else None
                    if counted is None and defined is None and opens and prev_cl is not None:
                        counted = self._counted_launch(ctx, prev_cl)  # X推出N项H支持Y，包括…
                    owner = self._document_owner(ctx, prev, counted) \
                        if counted is not None and prev else None
                    if owner is not None:  # 计划提出三项主要举措，包括A、B: the 计划's
                        self._emit(ctx, owner, self._items(
                            ctx, toks[:etc] if etc is not None else toks, q + 1,
                            "cue_includes", owner, counted=True), "cue_includes", out)
                        break
                    # 包括支持A、扩大B等举措: a task head after 等 makes the tasks parts
                    tasked = etc is not None and toks[etc + 1].text in self.task_heads
                    if counted is not None:
                        # X设立N个H，涵盖A、B(等C): the counted H owns the list
                        self._emit(ctx, counted, self._items(
                            ctx, toks[:etc] if etc is not None else toks, q + 1,
                            "cue_includes", counted, counted=tasked), "cue_includes", out)
                        break
                    if span is None and etc is not None:
                        # 包括A、B等H: H owns the list, unless H is too vague (等多个领域)
                        before = len(out)
                        self._etc(ctx, toks, etc, out)
                        if len(out) == before:
                            self._relative_owner(ctx, toks, q, etc, out)
                        if len(out) > before and opens and prev is not None and \
                                out[-1].source.name.endswith(self.module_heads):
                            self._module_owner(ctx, prev, out, before)
                        if len(out) > before:
                            if opens and prev is not None:
                                # X由…构成，涵盖A、B等H: X includes A and B too
                                self._emit(ctx, self._composed_head(ctx, prev), self._items(
                                    ctx, toks[:etc], q + 1, "cue_includes", out[-1].source),
                                    "cue_includes", out)
                            break
                    if opens and prev is not None:
                        if any(x.text in self.parallel for x in toks[:q]):
                            # …，也包括Y: the same subject as the clause before
                            k = next((j for j, x in enumerate(prev) if x.text in self.verbs),
                                     None)
                            span = ctx.args.subject(prev, k) if k else None
                        else:
                            span = (None if example else defined_term(
                                ctx, cl, self.definition_leads)) or \
                                self._determined_topic(ctx, prev) or \
                                self._state_topic(ctx, prev) or defined or \
                                self._ordinal_whole(ctx, prev) or \
                                self._postposed_count(ctx, prev) or self._tail_phrase(ctx, prev)
                    # (实施X工程，该工程涵盖A、B: 该工程 is the X工程 just named; 推出X服务包，
                    # 服务包涵盖A、B: so is a bare head that opens its clause)
                    head = (self._antecedent(ctx, span) if span is not None else None) or \
                        self._head(ctx, span, "cue_includes") or put_out or \
                        (self._title(ctx, span) if opens or span is not None else None)
                    if head is None and opens and prev:  # 活动为期一月，涵盖A、B
                        head = self._topic_owner(ctx, (prev[0].start, prev[0].end), idx)
                    if head is None and span is not None:  # (活动包括A、B: the topic's)
                        head = self._topic_owner(ctx, span, idx)
                    if head is None and opens and \
                            self._counted_group_rx.search(ctx.sim, toks[q].end, cl[1]):
                        head = self._counted_topic(ctx)  # X由甲主办，包括A、B三大H
                    if head is not None and not any(x.text == "在内" for x in toks[q:]):
                        split = t.text in self.split_verbs  # (X分为A、B三个层级: parts)
                        self._emit(ctx, head, self._items(ctx, toks, q + 1, "cue_includes",
                                                          head, counted=split or tasked),
                                   "cue_includes",
                                   out, min_items=1 + (split or t.text in self.list_verbs))
                    break
                if t.text in self.etc and q > 0 and q + 1 < len(toks) and \
                        not in_org_name(ctx, t):
                    self._etc(ctx, toks, q, out)
                m = self._counted_group_rx.match(ctx.sim, t.start)
                listed = m is not None and q > 1 and any(
                    x.text == "、" or x.text in self.division for x in toks[:q])
                if m and q > 1 and (listed or "”“" in ctx.sim[cl[0]:t.start]):
                    self._counted_group(ctx, toks, q, m, out, prev if prev is not None else
                                        ctx.tokens(prev_cl) if prev_cl is not None else None,
                                        kind_only=not listed)
                if (t.text in self.represented or (t.text == "代表" and toks[q - 1].text == "为")) \
                        and q > 1:
                    self._represented(ctx, toks, q, out)
            prev, prev_cl = toks, None
        return out
