"""The arguments of :class:`.cue_drives.CueDrives`: the source before a cue (a clause's subject,
an instrument, a list's head, the thing whose state a clause gives) and the emitting of edges
(the targets after a cue are in :mod:`.cue_targets`; frames, engine nouns and clauses
of cause in :mod:`.cue_frames`; what a clause is about, read for the clauses after it,
in :mod:`.cue_clauses`). A mixin of methods only: the state is
:class:`.cue_drives.CueDrives`'s (its word lists), each call's that of the sentence's
:class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..lists.modifier_lists import modifier_list_text
from ..rules.common import Found
from ..words.tokens import Tok, noun_verb_word, word_tag
from .abbreviated_anaphora import abbreviated_thing
from .anaphora import pointed_thing
from .bare_heads import bare_head_thing
from .joined_sources import joined_sources
from .place_terms import term_after_place
from .pointed_events import pointed_event
from .time_clauses import acted_thing_span, completed_thing_span

__all__ = ["ACTORS", "DriveArguments", "QUOTES"]

ACTORS = ("Organization", "Place", "Person")
QUOTES = frozenset("“”「」《》\"")


def _noun_predicate(words: list[Tok]) -> bool:
    """The phrase is one four-character word the dictionary tags as an idiom that is a noun
    and its verb (数据共享, 信息互通: a topic that can drive), no idiom of manner (因地制宜)."""
    w = words[0].text
    return len(words) == 1 and len(w) == 4 and word_tag(w[:2]) in ("n", "vn") and \
        word_tag(w[2:]) in ("v", "vn")


class DriveArguments:
    """The argument methods of :class:`.cue_drives.CueDrives`."""

    def _speaker_or_group(self, ctx: SentenceContext, words: list[Tok]) -> bool:
        """The words before a cue close with a verb of saying (A明确提出推动B: the cue phrase
        is what is said), a suffix of a group of people (来宾们), or a distributive body
        (沿海各地): no thing drives."""
        last = words[-1].text if words else ""
        return last in ctx.lex.wordset("speech_verbs") or (len(words) > 1 and last.endswith(
            self.distributive)) or last.endswith(tuple(ctx.lex.cues("DRIVES", "people_suffixes")))

    def _source(self, ctx: SentenceContext, span: tuple[int, int] | None, rule: str,
                aliases: tuple[str, ...] = ()) -> Ent | None:
        if span is None or any(t.text in ctx.args.copulas for t in ctx.tokens(span)):
            return None  # (X是大力助推打造的Y: a clause with a copula names no driver)
        first = ctx.tokens(span)[:1]
        if first and first[0].text in ctx.lex.wordset("comparison_words"):
            return None  # 较去年下降3%，带动B: what a thing is compared with drives nothing
        if (pointed := pointed_thing(ctx, span, self.pointers)) is not None:
            return pointed  # 这个产业园是推动B的引擎: the park named before
        if ctx.sim.startswith("一", span[0]) and span[0] > 0 and \
                ctx.sim[span[0] - 1] in self.demonstrative_chars:
            # 这一新倡议助推B: the 一 of a pointing word cut from it (一新倡议 is no name);
            # the thing named before with the last word as head, else nothing
            last = ctx.tokens(span)[-1]
            return pointed_thing(ctx, (last.start, last.end),
                                 (ctx.sim[span[0] - 1:last.start],)) if last.noun else None
        if (bare := bare_head_thing(ctx, span, self.back_heads, self.back_reach)) is not None:
            return bare  # 项目落成后会带动B: the project named just before
        if (short := abbreviated_thing(ctx, span, ctx.lex.mapping("abbreviated_anaphors"))
                ) is not None:
            return short  # 此访将促进B: the visit named before
        if (event := pointed_event(ctx, span, rule)) is not None:
            return event  # 这次峰会将为B注入活力, 此举将带动B: nothing before names it
        done = completed_thing_span(ctx, span, self.time_ends, self.time_predicates,
                                    self.time_manners)
        if done is not None:  # 甲项目建成投产后，将带动B: the project
            return self._source(ctx, done, rule, aliases)
        acted = acted_thing_span(ctx, span, self.thing_acts, self.thing_act_manners)
        if acted is not None and ctx.sim[acted[0]:acted[1]] in self.back_heads and \
                (bare := bare_head_thing(ctx, acted, self.back_heads, self.back_reach)):
            return bare  # 产业园的落地，将带动B: the park named before (甲线的开通 stays whole)
        text = ctx.sim[span[0]:span[1]]
        if text.endswith("地") and len(text) > 1 and not text.endswith(self.land_nouns) and \
                self._adverbial(ctx.tokens(span)[-1].text):
            return None  # 有选择地推动B: an adverbial says how, it names nothing
        if text in self.manner_words or text in self.place_deictics or \
                text in self.topic_stops or ctx.lex.regex("drive_time_source").search(text):
            return None  # 全链条推动B: how; 当地…: a place; 政府引导X: a body; 三年内推动B: when
        last = ctx.tokens(span)[-1:]
        if last and last[0].tag == "f" and \
                last[0].text in ctx.lex.words("drive_source_localizers"):
            return None  # 新征程上，…，带动B: where or when, a localizer closes it
        if ctx.args.organisation(*span) or (text.endswith(self.manner) and (
                text in self.manner or self._after_prep(ctx, span, rule))):
            return None  # 以更大决心推动B: how (a spirit named as the subject drives: A精神带动B)
        span = self._whole_list(ctx, span)  # A、B等H，为C提供D: the span stopped inside
        if ctx.args.has_word("、", *span):
            span = self._after_verb_list(ctx, span)
            span, aliases = self._list_head(ctx, span, aliases)
        words = ctx.tokens(span)
        if len(words) > 1 and (words[0].text in ctx.args.parties or (
                words[0].text.startswith(self.distributive) and words[1].tag[:1] == "m")) and \
                words[1].tag[:1] in ("m", "n") and span[1] - words[1].start >= 2:
            # 我国多项新政助推B: the party acts; its means drive (the whole stays an alias)
            aliases = (*aliases, ctx.sim[span[0]:span[1]])
            span = (words[1].start, span[1])
            words = words[1:]
        quoted = any(t.text in QUOTES for t in words)  # (“新省补”: a name, whatever its pieces)
        while len(words) > 1 and words[-1].text in self.source_tails:
            words = words[:-1]  # A开通以来，带动B; A每日开行N列，为B提供动力: A
            span = (span[0], words[-1].end)
        if (len(words) > 1 and words[-1].text in self.topic_wills) or text.endswith(
                tuple(w for w in self.topic_wills if len(w) > 1)):
            return None  # 甲乙两国有义务推动B, 数字经济迫切需要推动B: a body's duty, no driver
        fused = next((k for k in (2, 3) if len(words) >= k and "".join(
            t.text for t in words[-k:]) in self.manner_words), 0)
        if fused:  # 甲部门多举措促进B (多 + 举措 split by the segmenter): how, not what
            words = words[:-fused]
            if not words:
                return None
            span = (span[0], words[-1].end)
        while words and ((words[-1].tag in ("c", "i") and not _noun_predicate(words)
                          and not noun_verb_word(words[-1].text))
                         or words[-1].text in self.manner_words
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
                ctx.args.organisation(*span) or ctx.args.is_place(*span) or (
                    len(words) == 2 and words[1].tag == "ns" and words[0].tag in ("v", "p")) \
                or (len(words) > 1 and words[0].text.startswith(self.distributive)):
            # (到海州推动B: a verb of motion and a place; 各地认真部署推动B: the actors and how)
            return None  # (临江区坚定不移推动B: what is left of the subject is an actor)
        if self._speaker_or_group(ctx, words):
            return None  # 总书记明确提出推动B: what is said; 来宾们推动B, 沿海各地推动B: people
        whole = ctx.sim[span[0]:span[1]]
        area = next((w for w in self.whole_area if whole.startswith(w)), None)
        if area is not None and len(whole) - len(area) >= 4:
            aliases = (*aliases, whole[len(area):])  # 全省消费品以旧换新带动B: also 消费品以旧换新
        ent = ctx.args.entity(span[0], span[1], rule, extra_aliases=aliases)
        if ent is None or ent.type in ACTORS or ctx.args.is_person(ent.name) or (
                ent.type != "Initiative" and ent.name.endswith(self.people_heads)):
            return None  # (新一届议员促进B: people act, they drive nothing)
        if ent.rule == "chunk":
            ent = term_after_place(ctx, span, ent)  # 甲市人工智能赋能B: 人工智能
        words = ctx.tokens(span)
        # 以改革推动B, 以开放促进B: one word of action the genre uses as a noun is the means
        # (not in a slogan of paired frames, 以A牵引B、以B创造A: each word the other's)
        means = rule == "cue_drives_instrument" and len(words) == 1 and \
            ent.name in ctx.args.nominal and ctx.sim.find("以", span[1], ctx.end) < 0
        if ent.rule == "chunk" and not quoted and not means and \
                ctx.lex.lookup(ent.name) is None and (
                (len(ent.name) < 3 and (len(words) > 1 or words[0].tag in (
                    "v", "m", "q", "mq", "d")))
                or (len(words) > 1 and all(len(t.text) == 1 for t in words)
                    and any(t.verb for t in words))
                or (len(words) == 1 and words[0].tag in ("m", "mq"))):
            return None  # 一场, 多措, 凝心聚力, 全方位: pieces of a count or an idiom
        if rule == "cue_drives" and len(words) > 1 and ctx.args.is_verb(words[-1]) and \
                len(words[-1].text) > 1 and words[-1].text not in ctx.args.nominal and \
                all(t.tag in ("d", "ad", "z") for t in words[:-1]):
            return None  # 紧紧围绕推动B: an adverb and a verb, how the clause acts
        w0 = words[0].text
        if ent.rule == "chunk" and words[0].tag in ("l", "i") and len(w0) == 4 and (
                w0[:2] in ctx.args.lead or word_tag(w0[:2]) in ("d", "ad")) and any(
                w0[2:] in v for v in (ctx.args.lead, ctx.args.light, ctx.args.cue_verbs)):
            return None  # 深入开展X, 紧紧围绕X: an adverb fused with a verb opens a predicate
        if len(words) == 1 and words[0].tag == "r":
            return None  # 各地, 我国: a pronoun stands for actors, and actors do not drive
        if ent.rule == "chunk" and not quoted and words[0].tag in ("d", "ad") and \
                words[0].text not in ctx.args.nominal and "的" not in ent.name and \
                ctx.lex.lookup(ent.name) is None and not self._after_prep(ctx, span, rule):
            return None  # 切实整治X，为B提供…: an adverb opens a predicate
        if ent.rule == "chunk" and len(words) == 1 and words[0].tag[:1] in ("n", "v") and \
                ent.name not in ctx.args.nominal and ctx.lex.lookup(ent.name) is None and \
                (prev := self._word_before(ctx, span)) is not None and prev.tag in ("d", "ad") \
                and prev.text not in ctx.args.nominal and rule == "cue_drives":
            return None  # 亲自督导推动B: a bare word after an adverb is a verb
        if ent.rule == "chunk" and len(words) == 1 and not means and (
                words[0].tag == "v" or (
                    words[0].tag == "vn" and (ent.name in ctx.args.nominal or rule == "cue_drives")
                    and rule not in ("cue_drives_engine", "cue_drives_instrument"))):
            return None  # a bare action word (团结, 应用; 研讨推动X: a verb and its object;
            # 以养殖带动X, 以改革推动X: an instrument may be one; 改革是B的根本动力: the
            # subject of a copula)
        if ent.rule == "chunk" and words and words[-1].tag == "v" and len(words[-1].text) == 1:
            return None  # 一手抓: a verb phrase
        if len(words) == 1 and ent.name in ctx.args.init_heads:
            return self._antecedent(ctx, span, ent.name) or ent
        head, _, tail = ent.name.partition("的")
        if head in ctx.args.init_heads and 0 < len(tail) <= 4 and \
                not any(ch in QUOTES for ch in tail):
            return self._antecedent(ctx, span, head)  # 项目的投产带动B: the project named
            # before, or nothing (a bare head's process names no thing of its own)
        return ent

    def _instrument_span(self, ctx: SentenceContext, toks: list[Tok], a: int, j: int,
                         q: int) -> tuple[int, int] | None:
        """The instrument ``toks[a:j]`` between 以 and the cue at ``q``: a name, or a thing and
        the verb of what it does, right before the cue (以人才集聚带动B, 以场景开放牵引B). A
        last verb that pairs with the cue as one action (``instrument_pair_verbs``: 以A创造引领B)
        is left out; none after 的 (借助X印发的促进B举措: a relative clause names the measure)."""
        words = toks[a:j]
        if ctx.args.phrase_ok(words):
            return (words[0].start, words[-1].end)
        if len(words) < 2 or any(t.text == "的" for t in toks[j:q]) or \
                not ctx.args.phrase_ok(words, final_verb=True):
            return None
        if words[-1].text in ctx.lex.list("instrument_pair_verbs"):
            words = words[:-1]
            if not ctx.args.phrase_ok(words):
                return None
        return (words[0].start, words[-1].end)

    @staticmethod
    def _adverbial(word: str) -> bool:
        """``word`` is the particle 地 or a verb or adjective fused with it (选择地, 积极地),
        not a noun ending in 地 (落地, 目的地)."""
        stem = word[:-1]
        return word == "地" or (len(stem) >= 2 and (word_tag(stem) or "")[:1] in ("v", "a", "d"))

    @staticmethod
    def _antecedent(ctx: SentenceContext, span: tuple[int, int], head: str) -> Ent | None:
        """设立A基金，发挥基金撬动作用: a bare initiative head stands for the nearest initiative
        with that head launched earlier in the sentence."""
        launched = [o for cl, objs in ctx.state.objects.items() if cl[1] <= span[0]
                    for o in objs if o.end <= span[0]]
        return max((o for o in launched if o.name.endswith(head) and o.name != head),
                   key=lambda o: o.end, default=None)

    def _after_prep(self, ctx: SentenceContext, span: tuple[int, int], rule: str) -> bool:
        """The phrase at ``span`` is an instrument, or follows a preposition in its clause."""
        if rule == "cue_drives_instrument":
            return True
        cl = next((c for c in ctx.clauses if c[0] <= span[0] < c[1]), None)
        before = ctx.tokens((cl[0], span[0])) if cl is not None and cl[0] < span[0] else []
        return bool(before) and (before[-1].tag == "p" or before[-1].text in self.instrument)

    @staticmethod
    def _word_before(ctx: SentenceContext, span: tuple[int, int]) -> Tok | None:
        """The word right before ``span`` in its clause, if any."""
        cl = next((c for c in ctx.clauses if c[0] <= span[0] < c[1]), None)
        if cl is None or cl[0] >= span[0]:
            return None
        before = ctx.tokens((cl[0], span[0]))
        return before[-1] if before else None

    def _after_verb_list(self, ctx: SentenceContext, span: tuple[int, int]) -> tuple[int, int]:
        """推动A、B、C助力D: a list right after a verb is that verb's objects, and only its last
        item is the subject of the cue (A and B are tasks of their own)."""
        prev = self._word_before(ctx, span)
        if prev is None or prev.tag != "v" or prev.text in ctx.args.nominal:
            return span
        last = max(t.end for t in ctx.tokens(span) if t.text == "、")
        return (last, span[1]) if last < span[1] else span

    def _whole_list(self, ctx: SentenceContext, span: tuple[int, int]) -> tuple[int, int]:
        """A span that ends at a list's first separator (A、B等H, where A's words are a noun
        and a verb: 联邦/n 学习/v): the whole list through its head H, when 等 and a head of
        nouns close it before the clause ends, and the list opens its clause; else ``span``."""
        nxt = ctx.sim[span[1]:span[1] + 4]
        if "、" not in nxt:
            return span  # (a find per source: most spans end before no list)
        if self._word_before(ctx, span) is not None:
            return span  # only a list that opens its clause (开展A、B等H: a verb's objects)
        words = ctx.tokens((span[0], ctx.end))
        if not words or (words[0].tag[:1] not in ("n", "b", "j") and words[0].tag != "eng"):
            return span  # (深入开展A、B等H: a task, its list the verb's objects)
        k = next((j for j, t in enumerate(words) if t.start >= span[1]), len(words))
        if k + 1 < len(words) and words[k].text != "、" and (
                words[k + 1].text != "、" or words[k].tag[:1] != "v" or
                words[k].text in self.verbs):
            return span  # (one verb may finish the first item: 联邦/n 学习/v、)
        if k >= len(words) or k == 0:
            return span
        while k < len(words) and words[k].tag != "p" and words[k].text not in self.etc and \
                (words[k].text == "、" or words[k].tag != "x"):
            k += 1
        h = k + 1
        while h < len(words) and words[h].text not in self.etc and words[h].text not in \
                self.verbs and (words[h].noun or (words[h].tag[:1] == "v" and h + 1 < len(words)
                                                  and words[h + 1].noun)):
            h += 1  # (a verb inside the head: 可信/n 共享/v 技术/n)
        if k < len(words) and words[k].text in self.etc and h > k + 1:
            return span[0], words[h - 1].end
        return span

    def _list_head(self, ctx: SentenceContext, span: tuple[int, int], aliases: tuple[str, ...]
                   ) -> tuple[tuple[int, int], tuple[str, ...]]:
        """B、C等A: the list's head A stands for it (the whole list stays an alias)."""
        words = ctx.tokens(span)
        k = max((j for j, t in enumerate(words) if t.text in self.etc), default=0)
        if 0 < k < len(words) - 1 and not all(t.tag in ("m", "q", "mq")
                                              or t.text in ctx.args.counts
                                              for t in words[k + 1:]):
            return (words[k + 1].start, span[1]), (*aliases, ctx.sim[span[0]:span[1]])
        if 0 < k == len(words) - 1:
            return (span[0], words[k - 1].end), aliases  # A、B等共同推动Y: each item drives
        return span, aliases  # (A、B等9项: a count is no head)

    def _parallel_before(self, toks: list[Tok], q: int, lead: frozenset[str] = frozenset()
                         ) -> bool:
        """The cue at ``q`` follows a separator or a conjunction (部署和推动B: ``conjunctions``),
        perhaps with adverbs of ``lead`` between (坚持A、大力推动B): the second verb of a list
        of tasks."""
        while q > 1 and toks[q - 1].text in lead and toks[q - 2].text in ("、", "；"):
            q -= 1
        return q > 0 and (toks[q - 1].text in ("、", "，", "；") or toks[q - 1].text in self.conj)

    def _after_preposition(self, ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """The cue at ``q`` opens a prepositional phrase (X为推动B作出贡献, X对推动B有意义, 在推动B
        中, X就推动B签署协议: ``DRIVES.phrase_preps``): the phrase before is not what drives."""
        if q > 0 and toks[q - 1].text in self.phrase_preps:
            # (only right before the cue: in A就能拉动B 就 is an adverb; so it is after a word
            # of "only" that opens the clause or the one before: 仅A就带动B, 仅三天，A就拉动B)
            before = ctx.sim[ctx.start:toks[q - 1].start].replace("，", ",").split(",")[-2:]
            return not any(part.startswith(self.alone_words) for part in before)
        j = q
        while j > 0 and toks[j - 1].text in ctx.args.lead and toks[j - 1].tag != "p":
            j -= 1  # 为加快推动B
        return j > 0 and toks[j - 1].tag == "p" and toks[j - 1].text not in self.instrument \
            and toks[j - 1].text not in self.aspect  # (A也在不断赋能B: 在 of an action in progress)

    def _emit(self, ctx: SentenceContext, src: Ent | None, dsts: list[Ent], rule: str,
              out: list[Found]) -> None:
        if src is None or _inside_word(ctx, src):
            return
        srcs = [src]
        pair = joined_sources(ctx, src, self.engine_joins, rule, ACTORS)
        if pair is not None:  # A和B带动C: each drives C (A和B is no one thing)
            srcs = pair
        elif "、" in src.name and src.rule == "chunk" and not modifier_list_text(
                src.name.split("、"), ctx.lex):
            # A、B带动C: each drives C (not 高端化、智能化转型: one change)
            srcs = []
            pos = src.start
            parts = src.name.split("、")
            for i, part in enumerate(parts):
                spans = [(pos, pos + len(part))]
                words = ctx.tokens(spans[0]) if i == len(parts) - 1 else []
                if len(words) == 3 and words[1].text in self.conj and \
                        all(w.tag[:1] == "n" for w in (words[0], words[2])):
                    spans = [(w.start, w.end) for w in (words[0], words[2])]  # A、B和C
                for a, b in spans:
                    ent = ctx.args.entity(a, b, rule) if b > a else None
                    if ent is not None and ent.type not in ACTORS and not ctx.args.is_place(
                            a, b):  # (甲省、乙省推动B: places act, not drive)
                        srcs.append(ent)
                pos += len(part) + 1
        figure = ctx.lex.regex("drive_figure_target")
        dsts = [_uncounted(ctx, d) for d in dsts if not figure.match(d.name)]
        # (带动16万人: how many, not what)
        for s in srcs:
            for d in dsts:
                if d.name != s.name and ctx.claim("DRIVES", s, d):
                    out.append(Found(s, "DRIVES", d, rule))


def _inside_word(ctx: SentenceContext, src: Ent) -> bool:
    """A phrase (no lexicon term, no quoted name) that starts inside a word of its clause, or
    with a one-character localizer closing the word before (线/上线/下/活动 → 下活动): a broken
    span, no thing."""
    if src.rule == "lexicon" or ctx.sim[src.start:src.start + 1] in QUOTES:
        return False
    clause = next((c for c in ctx.clauses if c[0] <= src.start < c[1]), None)
    if clause is None:
        return False
    toks = ctx.tokens(clause)
    return any(t.start < src.start < t.end or (
        t.start == src.start and t.tag == "f" and len(t.text) == 1 and t.end < src.end
        and k and toks[k - 1].noun and toks[k - 1].end == t.start) for k, t in enumerate(toks))


def _uncounted(ctx: SentenceContext, dst: Ent) -> Ent:
    """``dst`` without the count of people before or after it (就业10万人, 332万名群众就业: the
    jobs, the people's jobs), the whole an alias; a lexicon term stays."""
    m = ctx.lex.regex("drive_counted_target").match(dst.name)
    if m is None or dst.rule == "lexicon":
        return dst
    if m.group(1):
        start, end = dst.end - len(m.group(1)), dst.end
    else:
        start, end = dst.start, dst.start + len(m.group(2))
    ent = ctx.args.entity(start, end, dst.rule, extra_aliases=(*dst.aliases, dst.name))
    return ent if ent is not None else dst
