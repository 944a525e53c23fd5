"""Sentence-level relation rules (DRIVES, INCLUDES, IMPLEMENTS) driven by cue words.

Each rule returns :class:`Found` relations naming the rule that produced them. The rules only
read the sentence, its mentions and the organisation context handed in by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, trie_regex
from .mentions import DocMentions, Mention, is_proper_name
from .phrases import Ent, Phrases, ent_of

__all__ = ["Found", "SentenceRules", "clauses"]

_CLAUSE_END = re.compile(r"[，；：,;:]")
FILLER = (r"(?:能够|可以|将会|将|会|要|不断|持续|有力|有效|进一步|加快|正在|必将|也|还|更加|更|"
          r"全面|深度|深入|从而|进而|并且|并|已经|已|直接|共同|积极|正|都|主要|既|则是|则|同时|"
          r"大力|更好地|更好|充分|着力|加速|显著|切实|深刻|能|可|在|协同|广泛|统筹|率先|继续|努力|重点|稳步|扎实|有序|着重|不断地)*")
_FILLER_RE = re.compile(r"^" + FILLER + r"$")
_FILLER_AT = re.compile(FILLER)
_CONSEQ = re.compile(r"^" + FILLER + r"(?:从而|进而|以此|由此|借此|这将|并以此)" + FILLER + r"$")
# a clause without its own subject: only adverbs (or an ordinal 一是) before the verb
_SUBJECTLESS = re.compile(r"^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|此外|同时|另外|"
                          r"还|并|要|将)?" + FILLER + r"$")
_NOT_YI = ("可以", "以及", "以来", "以上", "以下", "以后", "以前", "所以", "加以", "予以", "难以",
           "得以", "用以", "足以", "以外", "以内", "以便", "以免", "以往", "以期", "借以", "赖以")
_LEAD = re.compile(r"^[“”\"]?(?:此外|同时|另外|目前|其中|当前|如今|近年来)?" + FILLER + r"[“”\"]?$")
# 以/采用 (定制的) “X”: an organisation's instrument is its initiative
_INSTR_BEFORE = re.compile(r"(?:以|采用|通过|推出|依托)"
                           r"(?:定制的|自主研发的|全新的|创新的|特色的)?$")
_ASPECT = re.compile(r"(?:另)?一方面(?:是|要|则是)?")
_LEAD_CLAUSE = re.compile(r"[^，。；：“”]{1,6}[，,]")
_PRONOUN_TOPIC = re.compile(r"(?:它|其|这)(?:们)?" + FILLER)
_NOT_SUBJECT = ("网", "消息", "讯", "报道", "记者", "新闻", "官网", "客户端", "发布会", "数据",
                "社论", "评论员", "文章")
_ORDINAL = re.compile(r"^[一二三四五六七八九十]是")
_COUNTED = re.compile(r"[0-9一二三四五六七八九十百千万两几数多余]+(?:余|多)?"
                      r"(?:个|家|项|场|场次|届|次|轮|期|批|类|种|条)")
_ORD_AT = re.compile(r"[一二三四五六七八九十]是")  # for match(text, pos): no ^


@dataclass
class Found:
    source: Ent
    type: str
    target: Ent
    rule: str
    extra_evidence: list[tuple[int, int]] = field(default_factory=list)


def clauses(sim: str, s: int, e: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``[s, e)``: split at ，；：, without the closing punctuation."""
    while e > s and sim[e - 1] in "。！？!?；;.…”’\"）)":
        if sim[e - 1] == "”" and sim.count("“", s, e - 1) > sim.count("”", s, e - 1):
            break  # the closing quote of a name: …实施数字经济“一号工程”。
        e -= 1
    out, last = [], s
    for m in _CLAUSE_END.finditer(sim, s, e):
        if m.start() > last:
            out.append((last, m.start()))
        last = m.end()
    if e > last:
        out.append((last, e))
    return out


class SentenceRules:
    """The relation rules, compiled once per lexicon and bound to one document."""

    def __init__(self, sim: str, lex: Lexicon, dm: DocMentions, ph: Phrases) -> None:
        self.sim, self.lex, self.dm, self.ph = sim, lex, dm, ph
        d = lambda k: lex.cues("DRIVES", k)  # noqa: E731
        self.drive_verbs = trie_regex(d("verbs"))
        self.chain_verbs = set(d("chain"))
        self.instrument = set(d("instrument"))
        self.passive = re.compile(r"由([^。；！？]{2,60}?)而?(?:" + "|".join(d("passive")) +
                                  r")(?:出)?(?:的|而成|而来)?")
        self.provide = re.compile(r"为([^，。；为]{2,30}?)(?:" + "|".join(d("provide_verbs")) +
                                  r")(?:了|出|着)?(?:新的|强劲|强大|核心|持续|不竭|有力|重要|源源"
                                  r"不断的|更多|新)?(?:的)?(?:" + "|".join(d("force_nouns")) + ")")
        self.leading = re.compile(r"是([^，。；]{2,24}?)(?:在其中)?(?:" + "|".join(d("leading"))
                                  + r")(?:的|，|,)")
        alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
        self.frame_tail = re.compile(r"为(?:" + alt(d("frames")) + r")$")
        self.prev_frame = re.compile(FILLER + r"(?:要|必须|坚持|着力)?(?:以|通过)(.{2,30}?)为"
                                     r"(?:" + alt(d("frames")) + r")")
        self.engine = re.compile(r"(?:是|成为|作为)(?:" + alt(d("verbs")) +
                                 r")?([^，。；：是]{2,24}?)的(?:[^，。；的]{0,8}?[和与])?"
                                 r"(?:重要|核心|关键|主要|强大|强劲|新|第一|根本|坚实|有力|内在|"
                                 r"强有力的)*(?:" + alt(d("engine_nouns")) + r")")
        self.reliance = re.compile(r"(?:" + alt(d("reliance")) + r")([^，。；]{2,30})")
        self.loose: list[Ent] = []  # named initiatives of sentences without an organisation
        self.programme_heads = tuple(lex.list("programme_heads"))
        self._quote_tails = {""} | set(lex.list("strip_suffixes"))
        self.ord_anchor: Ent | None = None  # A of "A包括三个方面：一是B；二是C"
        self.ord_sent = -1
        self.incl_units = re.compile(r"^(?:以下)?(?:[两二三四五六七八九十0-9]+|几|多)个(?:" +
                                     alt(lex.cues("INCLUDES", "summary_units")) + r")$")
        self.incl_verbs = trie_regex(lex.cues("INCLUDES", "verbs"))
        self.incl_tail = re.compile(r"(?:等)?(?:[两二三四五六七八九十0-9]+|几|多)个(?:" +
                                    alt(lex.cues("INCLUDES", "summary_units")) + r")$")
        self.impl_verbs = trie_regex(lex.cues("IMPLEMENTS", "verbs"))
        self.impl_strong = set(lex.cues("IMPLEMENTS", "strong"))
        self.impl_passive = re.compile(r"(.{2,30}?)" + FILLER + r"(?:" +
                                       "|".join(lex.cues("IMPLEMENTS", "passive")) + r")" +
                                       FILLER + r"(?:加快|推进|完善|提升|落地)?$")
        self.pronouns = trie_regex(lex.list("pronouns"))
        self.prev_topic: Ent | None = None  # the topic of the sentence before (它, 其)
        self.aspect_anchor: Ent | None = None  # X of "X，一方面…" until 另一方面
        self.titles = lex.list("person_titles")
        self.non_ini = tuple(lex.list("non_initiative_tails"))
        self.verb_words = tuple(
            {w for kinds in lex.relations.values() for ws in kinds.values() for w in ws
             if len(w) >= 2} | {w for w in lex.list("phrase_stops") if len(w) >= 2}
            | {"落实", "贯彻", "显示", "表明"})
        self.control = trie_regex(lex.list("control_verbs"))
        self.speaker = [Ent(dm.speaker, "Organization", 0, 0, "speaker")] if dm.speaker \
            else []
        self.speech = re.compile(r"(?:" + "|".join(map(re.escape, lex.list("speech_verbs")))
                                 + r")(?:[，：:,]|要)")

    # -- helpers --------------------------------------------------------------------------------
    def _mentions(self, s: int, e: int) -> list[Mention]:
        return self.dm.between(s, e)

    def _adjacent_before(self, cs: int, pos: int, types: tuple[str, ...]) -> Ent | None:
        """The mention right before ``pos`` (only filler words between) in ``[cs, pos)``."""
        best = None
        for m in self._mentions(cs, pos):
            if m.type in types and not m.weak and _FILLER_RE.match(self.sim[m.end:pos]):
                best = m
        return ent_of(best) if best else None

    def first(self, s: int, e: int, types: tuple[str, ...]) -> Ent | None:
        for m in self._mentions(s, e):
            if m.type in types and not m.weak:
                return ent_of(m)
        return None

    def _last(self, s: int, e: int, types: tuple[str, ...]) -> Ent | None:
        ms = [m for m in self._mentions(s, e) if m.type in types and not m.weak]
        return ent_of(ms[-1]) if ms else None

    def topic(self, ss: int, se: int) -> Ent | None:
        """The mention that opens the sentence (its topic), if any; a sentence opening with
        它/其/这 continues the topic of the sentence before."""
        if _PRONOUN_TOPIC.match(self.sim, ss, se):
            return self.prev_topic
        lead = _LEAD_CLAUSE.match(self.sim, ss, se)  # 概括地说，新质生产力是…
        if lead:
            ss = lead.end()
        for m in self._mentions(ss, min(se, ss + 30)):
            if m.start - ss <= 1 and m.type in ("Concept", "Factor", "Initiative") \
                    and not m.weak:
                return ent_of(m)
            break
        return None

    def _verb_ok(self, vs: int, ve: int) -> bool:
        """A cue word found by the verb regex is a verb here (not inside a name)."""
        return not self.ph._covered(vs) and not self.ph._covered(ve - 1)

    def _slot_items(self, s: int, e: int, hint: str | None = None, strict: bool = False,
                    fill: bool = False) -> tuple[list[Ent], str]:
        """Items of an object slot, with the text after 等 (the list's head), if any."""
        sim, ph = self.sim, self.ph
        frame = _FRAME.search(sim, s, e)
        if frame and not ph._covered(frame.start()):
            ent = ph.resolve(frame.end(), e, hint, strict=strict)
            return ([ent] if ent else []), ""
        i = s
        deng = -1
        while True:
            i = sim.find("等", i, e)
            if i < 0:
                break
            if not ph._covered(i):
                deng = i
                break
            i += 1
        head_text = ""
        if deng >= 0:
            head_text = sim[deng + 1:e]
            e = deng
        # a shared modifier list: 培育能够利用X、适应Y、具有Z能力的新劳动者
        parts = ph.split(s, e)
        if len(parts) > 1 and "的" not in sim[parts[0][0]:parts[0][1]] and \
                "的" in sim[parts[-1][0]:parts[-1][1]]:
            ent = ph.resolve(parts[-1][0], parts[-1][1], hint, strict=strict)
            return ([ent] if ent else []), head_text
        return ph.items(s, e, hint, strict=strict, fill=fill), head_text

    # -- DRIVES ---------------------------------------------------------------------------------
    def drives(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        sim, ph = self.sim, self.ph
        out: list[Found] = []
        src_types = ("Concept", "Factor", "Initiative")
        for ci, (cs, ce) in enumerate(cls):
            for v in self.drive_verbs.finditer(sim, cs, ce):
                vs, ve = v.span()
                if not self._verb_ok(vs, ve):
                    continue
                # skip a verb chain: 带动和引导
                chain = re.match(r"(?:和|与|、|并)(" + self.drive_verbs.pattern + ")", sim[ve:ce])
                b_start = ve + (chain.end() if chain else 0)
                b_end = ph.cut_at_stop(b_start, ce)
                inst = self._instrument(cs, vs)
                pf = self.prev_frame.fullmatch(sim, cls[ci - 1][0], cls[ci - 1][1]) if ci > 0 \
                    and inst is None and _FILLER_RE.match(sim[cs:vs]) else None
                if pf is not None:  # 以A为引领，推动B
                    inst = (pf.start(1), pf.end(1))
                if inst is not None:
                    a_items = ph.items(*inst)
                    b_items, _ = self._slot_items(b_start, b_end)
                    rule = "drives_instrument"
                else:
                    a = self._adjacent_before(cs, vs, src_types)
                    rule = "drives_verb"
                    if a is None and ci > 0 and _CONSEQ.match(sim[cs:vs]):
                        pcs, pce = cls[ci - 1]
                        a = self._last(pcs, pce, src_types)
                    elif a is None and ci > 0 and v.group() in self.chain_verbs and \
                            re.fullmatch(r"(?:并|以|从而|进而|有力|有效|更好)?", sim[cs:vs]):
                        # 加快绿色转型，助力碳达峰碳中和: the clause before ends with A
                        pcs, pce = cls[ci - 1]
                        a = self._adjacent_before(pcs, pce, ("Concept", "Factor"))
                        rule = "drives_chain"
                    a_items = [a] if a else []
                    b_items, _ = self._slot_items(b_start, b_end, strict=True)
                for a in a_items:
                    for b in b_items:
                        if a.type in src_types and b.type in src_types and a.name != b.name:
                            out.append(Found(a, "DRIVES", b, rule))
        out.extend(self._drives_patterns(ss, se, cls))
        return out

    def _instrument(self, cs: int, vs: int) -> tuple[int, int] | None:
        """The span of A in 以A推动B or 以A为抓手推动B (same clause), or None."""
        sim = self.sim
        for p in range(vs - 2, cs - 1, -1):
            w = sim[p]
            if w not in self.instrument and sim[p:p + 2] not in self.instrument:
                continue
            word = sim[p:p + 2] if sim[p:p + 2] in self.instrument else w
            if sim[p - 1:p + 1] in _NOT_YI or sim[p:p + 2] in _NOT_YI or self.ph._covered(p):
                continue
            a_text = sim[p + len(word):vs]
            end = vs
            frame = self.frame_tail.search(a_text)
            if frame is not None:
                end = p + len(word) + frame.start()
                a_text = sim[p + len(word):end]
            if "为" in a_text or len(a_text) < 2 or len(a_text) > 30:
                return None
            return p + len(word), end
        return None

    def _drives_patterns(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        sim, ph = self.sim, self.ph
        out: list[Found] = []
        topic = self.topic(ss, se)
        src_types = ("Concept", "Factor", "Initiative")
        for m in self.passive.finditer(sim, ss, se):
            a_items = ph.items(m.start(1), m.end(1))
            before = sim[ss:m.start()]
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            target = None
            if before.endswith("是") and topic is not None:
                target = topic
            else:
                target = self._adjacent_before(cs, m.start(), src_types)
                if target is None and _PRONOUN_TOPIC.fullmatch(sim, cs, m.start()):
                    target = topic
                if target is None and m.group().endswith("的"):
                    target = ph.resolve(m.end(), ph.cut_at_stop(m.end(), se), strict=True)
            if target is None:
                continue
            for a in a_items:
                if a.type in src_types and a.name != target.name:
                    out.append(Found(a, "DRIVES", target, "drives_caused_by"))
        for m in self.provide.finditer(sim, ss, se):
            b = ph.resolve(m.start(1), m.end(1), strict=True)
            if b is None or b.type not in src_types:
                continue
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            a = self._adjacent_before(cs, m.start(), src_types) or topic
            ci = next((k for k, (c, _) in enumerate(cls) if c == cs), 0)
            if a is None and ci > 0 and _FILLER_RE.match(sim[cs:m.start()]):
                # 加快发展新质生产力，并为全球经济增长增添新动能: the clause before ends with A
                pcs, pce = cls[ci - 1]
                last = self._last(pcs, pce, ("Concept", "Factor"))
                if last is not None and (_FILLER_RE.match(sim[last.end:pce]) or
                                         re.fullmatch(r"的[^的]{1,6}", sim[last.end:pce])):
                    a = last  # …形成发展新质生产力的最佳实践，为高质量发展提供强劲动能
            if a is not None and a.name != b.name:
                out.append(Found(a, "DRIVES", b, "drives_provide"))
        for m in self.engine.finditer(sim, ss, se):
            # A是推动B的重要引擎 / A成为B的新引擎 / 发展A是B的重要着力点
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            a = ph.resolve(cs, m.start(), strict=True)
            if a is not None and a.start != ph.clean(cs, m.start())[0]:
                a = None  # 服务高质量发展成为…: A is a verb phrase, not the term
            adj = self._adjacent_before(cs, m.start(), src_types)
            if a is None and adj is not None and _LEAD.match(sim[cs:adj.start]):
                a = adj
            b = ph.resolve(m.start(1), m.end(1))
            if a is not None and b is not None and a.type in src_types and not a.weak and \
                    b.type in src_types and a.name != b.name and not b.weak:
                out.append(Found(a, "DRIVES", b, "drives_engine"))
        for m in self.reliance.finditer(sim, ss, se):
            # B(的增长)得益于A(的优化) / B离不开A
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            b = ph.resolve(cs, self._before_de(cs, m.start()))
            if b is None or b.type not in src_types or b.weak:
                continue
            for a in ph.items(m.start(1), self._before_de(m.start(1), m.end(1))):
                if a.type in src_types and a.name != b.name and not a.weak:
                    out.append(Found(a, "DRIVES", b, "drives_reliance"))
        for m in self.leading.finditer(sim, ss, se):
            a = ph.resolve(m.start(1), m.end(1), strict=True)
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            s_ent = self._adjacent_before(cs, m.start(), src_types) or topic
            if a is not None and s_ent is not None and a.type in src_types \
                    and a.name != s_ent.name:
                out.append(Found(a, "DRIVES", s_ent, "drives_leading_role"))
        return out

    def _before_de(self, s: int, e: int) -> int:
        """End of the head noun before the first 的 of ``[s, e)`` outside a name."""
        i = self.sim.find("的", s, e)
        while i >= 0 and self.ph._covered(i):
            i = self.sim.find("的", i + 1, e)
        return i if i > s else e

    # -- INCLUDES -------------------------------------------------------------------------------
    def includes(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        sim = self.sim
        out: list[Found] = []
        anchor: Ent | None = None
        types = ("Concept", "Factor", "Initiative", "Organization")
        if self.ord_anchor is not None and ss != self.ord_sent and \
                not _ORD_AT.match(sim, ss, se):
            self.ord_anchor = None
        for ci, (cs, ce) in enumerate(cls):
            if self.ord_anchor is not None and _ORD_AT.match(sim, cs, ce):
                b = self.ph.resolve(cs + 2, self.ph.cut_at_stop(cs + 2, ce))
                if b is not None and b.type in ("Concept", "Factor", "Initiative") and \
                        not b.weak and b.name != self.ord_anchor.name:
                    out.append(Found(self.ord_anchor, "INCLUDES", b, "includes_ordinal"))
                continue
            for v in self.incl_verbs.finditer(sim, cs, ce):
                vs, ve = v.span()
                if not self._verb_ok(vs, ve):
                    continue
                inner = _IN_NEI.search(sim, ve, ce)
                if inner is not None:  # 包括A、B在内的X: X includes A, B
                    x = self.ph.resolve(inner.end(), self.ph.cut_at_stop(inner.end(), ce))
                    if x is not None and x.type in ("Concept", "Factor") and \
                            (x.rule != "noun_phrase" or len(x.name) >= 4):
                        hint = "Factor" if x.type == "Factor" else None
                        for b in self.ph.items(ve, inner.start(), hint, fill=True) or \
                                self._unknown_items(ve, inner.start(), x.type):
                            if b.name != x.name and b.type in ("Concept", "Factor"):
                                out.append(Found(x, "INCLUDES", b, "includes_inner"))
                    continue
                a = self._adjacent_before(cs, vs, types)
                whole = self.ph.resolve(cs, vs, strict=True) if a is not None else None
                if whole is not None and whole.end == vs and whole.start < a.start and \
                        whole.type in ("Concept", "Factor") and \
                        _LEAD.match(sim[cs:whole.start]):
                    a = whole  # 高端装备制造业涵盖…: the compound, not its tail 制造业
                if a is None and _FILLER_RE.match(sim[cs:vs]):
                    if anchor is not None:
                        a = anchor
                    elif ci > 0:  # 打造新型劳动者队伍，包括… (the previous clause ends with A)
                        pcs, pce = cls[ci - 1]
                        a = self._adjacent_before(pcs, pce, types)
                if a is None:
                    continue
                anchor = a
                slot = sim[ve:ce].strip()
                if not slot or self.incl_units.match(slot):  # A包括三个方面：一是B，二是C
                    self.ord_anchor, self.ord_sent = a, ss
                    continue
                hint = "Factor" if a.type == "Factor" else None
                tail = self.incl_tail.search(sim, ve, ce)  # A体现在B、C、D三个方面
                items, _ = self._slot_items(ve, tail.start() if tail else ce, hint, fill=True)
                for b in items:
                    if b.name != a.name and b.type != "Organization":
                        out.append(Found(a, "INCLUDES", b, "includes_verb"))
        out.extend(self._aspects(ss, se))
        return out

    def _unknown_items(self, s: int, e: int, type_: str) -> list[Ent]:
        """Unknown names of a list (领军科学家、卓越工程师、高技能工匠) given the type of the
        whole they belong to."""
        out = []
        for a, b in self.ph.split(s, e):
            a, b = self.ph.clean(a, b)
            text = self.sim[a:b]
            if 3 <= len(text) <= 8 and self.ph.valid_name(text, type_):
                out.append(Ent(text, type_, a, b, "list_item"))
        return out if len(out) >= 2 else []

    def _aspects(self, ss: int, se: int) -> list[Found]:
        """X，一方面是A；另一方面是B → X INCLUDES A, B (the two halves may be two sentences)."""
        sim = self.sim
        i = sim.find("一方面", ss, se)
        if i < 0:
            return []
        if i > 0 and sim[i - 1] == "另":
            anchor = self.aspect_anchor
            self.aspect_anchor = None
        else:
            anchor = self._last(ss, i, ("Concept", "Factor", "Initiative"))
            self.aspect_anchor = anchor
        if anchor is None:
            return []
        out = []
        for m in _ASPECT.finditer(sim, ss, se):
            s = m.end()
            e = s
            while e < se and sim[e] not in "；。;":
                e += 1
            items, _ = self._slot_items(s, e)
            for b in items:
                if b.name != anchor.name and b.type in ("Concept", "Factor"):
                    out.append(Found(anchor, "INCLUDES", b, "includes_aspects"))
        return out

    def list_heads(self, ss: int, se: int, cls: list[tuple[int, int]],
                   consumed: set[int]) -> tuple[list[Found], list[Ent]]:
        """A、B、C等H: H INCLUDES A, B, C when H is a known (non-generic) entity; items of a
        list headed by 企业/公司 become organisations."""
        sim, ph = self.sim, self.ph
        found: list[Found] = []
        nodes: list[Ent] = []
        org_heads = tuple(self.lex.list("org_heads"))
        for cs, ce in cls:
            for i in range(cs, ce):
                if sim[i] != "等" or ph._covered(i) or i in consumed:
                    continue
                ls, le = ph.list_before(cs, i)
                if "、" not in sim[ls:le] and not re.search("[和与及]", sim[ls:le]):
                    # a single item: only when it is a known name (资本等传统要素)
                    pass
                he = ph.cut_at_stop(i + 1, ce)
                head = None
                for m in self._mentions(i + 1, min(ce, i + 14)):
                    if _COUNT_OR_MOD.match(sim[i + 1:m.start]):
                        head = m
                    break
                head_text = sim[i + 1:he]
                if head is not None and head.end < he and \
                        self.ph.head_type(sim[head.start:he]) in ("Initiative", "Organization"):
                    continue  # 乌鲁木齐、伊犁等4个氢能产业示范区: 氢能 only qualifies the head
                if head is None and head_text.endswith(org_heads) and "、" in sim[ls:le]:
                    for b in ph.items(ls, le, "Organization"):
                        if b.rule == "noun_phrase" and 2 <= len(b.name) <= 8 and \
                                is_proper_name(b.name):
                            nodes.append(Ent(b.name, "Organization", b.start, b.end,
                                             "org_list_item"))
                    continue
                if head is None or head.weak or head.type not in ("Concept", "Factor",
                                                                  "Initiative"):
                    continue
                head = ent_of(head)
                if sim[head.end:he] in ("产业", "行业", "技术"):  # 风电、光伏等新能源产业
                    head = Ent(sim[head.start:he], "Concept", head.start, he, "noun_phrase")
                hint = "Factor" if head.type == "Factor" else None
                for b in ph.items(ls, le, hint, strict=("、" not in sim[ls:le]),
                                  fill="、" in sim[ls:le]):
                    if b.name != head.name and b.type in ("Concept", "Factor", "Initiative"):
                        found.append(Found(head, "INCLUDES", b, "includes_list_head"))
        return found, nodes

    # -- IMPLEMENTS -----------------------------------------------------------------------------
    def subject_orgs(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Ent]:
        """Organisations that are the subject of the sentence: opening a clause (A和B共同…),
        or followed by a verb (以…为核心的党中央大力推进…). An organisation followed by a title
        (…部部长) names a person's affiliation, not a subject."""
        sim = self.sim
        for cs, ce in cls:
            orgs: list[Ent] = []
            pos = cs
            for m in self._mentions(cs, ce):
                gap = sim[pos:m.start]
                if m.type != "Organization":
                    if not orgs and m.type == "Place" and m.start == cs and \
                            m.name.endswith(("省", "市", "县", "区")) and \
                            self._verb_follows(m.end, ce):
                        # 临江市实施“临江英才计划”: a place acting is its government
                        return [Ent(m.name, "Organization", m.start, m.end, "place_actor")]
                    if orgs or (m.type == "Place" and m.start == cs):
                        break
                    continue
                if self._titled(m.end) or sim.startswith(_NOT_SUBJECT, m.end):
                    return []
                if orgs and gap not in ("和", "与", "及", "、", "以及", "会同"):
                    break
                if not orgs and not re.fullmatch(r"(?:对于|而|但|同时|目前|近年来|今年以来|"
                                                 r"此外|其中|作为)?", gap) \
                        and not self._verb_follows(m.end, ce):
                    continue
                orgs.append(ent_of(m))
                pos = m.end
            if orgs:
                rest = sim[pos:pos + 2]
                if rest == "而言":
                    return orgs
                if rest[:1] == "的":
                    return []
                return orgs
        return []

    def _titled(self, pos: int) -> bool:
        return any(self.sim.startswith(t, pos) for t in self.titles)

    def _verb_follows(self, pos: int, ce: int) -> bool:
        m = _FILLER_AT.match(self.sim, pos, ce)
        p = m.end() if m else pos
        return bool(self.impl_verbs.match(self.sim, p, ce) or
                    self.drive_verbs.match(self.sim, p, ce))

    def _other_subject(self, ss: int, vs: int) -> bool:
        """A place, a person or reported speech opens the sentence before ``vs``."""
        sim = self.sim
        if self.speech.search(sim, ss, vs):
            return True
        for m in self._mentions(ss, vs):
            if m.type == "Place" and (m.start == ss or sim[m.start - 1] in "，,：:"):
                return True
            if m.type == "Organization" and self._titled(m.end):
                return True
        return False

    def implements(self, ss: int, se: int, cls: list[tuple[int, int]], context: list[Ent]
                   ) -> list[Found]:
        sim, ph = self.sim, self.ph
        out: list[Found] = []
        explicit_all = self.subject_orgs(ss, se, cls)
        # a report's or speech's own organisation acts where nobody else is named (我们…)
        fallback = context or self.speaker
        if not explicit_all and self.pronouns.match(sim, ss):
            explicit_all = fallback
        subj = explicit_all or context
        for cs, ce in cls:
            clause_orgs = [ent_of(m) for m in self._mentions(cs, ce)
                           if m.type == "Organization"]
            for v in self.impl_verbs.finditer(sim, cs, ce):
                vs, ve = v.span()
                if not self._verb_ok(vs, ve) or sim[ve:ve + 1] in "区者商会的厅" or \
                        sim[vs - 1:vs] in ("的", "大", "总"):
                    continue
                joint = v.group().startswith(("共", "联合", "合作")) or \
                    _JOINT.fullmatch(sim, clause_orgs[-1].end if clause_orgs else cs, vs)
                orgs = [o for o in clause_orgs if o.end <= vs
                        and (sim[o.start - 1:o.start] not in ("与", "同", "向", "对", "为")
                             or sim[o.start - 2:o.start] == "会同"
                             or (joint and sim[o.start - 1:o.start] in ("与", "同")))]
                subjectless = _SUBJECTLESS.match(sim[cs:vs])
                # the sentence's subject acts in a later clause only when that clause has no
                # subject of its own (省发展改革委推出X，省政务服务管理局建成Y)
                explicit = [o for o in explicit_all if o.end <= vs and (
                    o.start >= cs or subjectless or self.pronouns.match(sim, cs) or
                    _SUBJECTLESS.fullmatch(sim[cs:orgs[0].start] if orgs else sim[cs:vs]))]
                if orgs and _PARTNER.fullmatch(sim, cs, orgs[0].start):
                    # 联合清源大学建设X: the partner and the clause's own subject
                    orgs = [o for o in (explicit or fallback) if o.name != orgs[0].name] + orgs
                sp = self.speech.search(sim, ss, vs) or self.control.search(sim, ss, vs)
                if sp:  # X要求，…开展Y / X支持B开展Y: the actor of Y is not X
                    explicit = [o for o in explicit if o.start > sp.start()]
                    orgs = [o for o in orgs if o.start > sp.start()]
                if not orgs:
                    orgs = explicit or (fallback if subjectless
                                        and not self._other_subject(ss, vs) else [])
                strong = v.group() in self.impl_strong or "打造" == v.group()
                os_ = ve + 1 if sim.startswith(("了", "好", "起", "着", "过"), ve) else ve
                oe = ph.cut_at_stop(os_, ce)
                objs = self._initiatives(os_, oe, strong)
                if not orgs:  # 我们实施X工程: the initiative is a node of its own
                    self.loose.extend(b for b in objs if b.rule != "noun_phrase" or (
                        5 <= len(b.name) <= 14 and b.name.endswith(self.programme_heads)
                        and not _COUNTED.match(b.name)
                        and not self.impl_verbs.search(b.name[:-2])))
                    continue
                for o in orgs:
                    for b in objs:
                        out.append(Found(o, "IMPLEMENTS", b, "implements_verb"))
            # 以“X”… / 采用“X” in an organisation's sentence
            for q in self.dm.quoted:
                ib = _INSTR_BEFORE.search(sim, max(cs, q.start - 8), q.start) \
                    if cs <= q.start < ce and not sim.startswith("为", q.end) \
                    and len(q.name) >= 2 else None
                if ib:
                    for o in self._instr_actors(ss, cs, ib.start(), clause_orgs, subj):
                        out.append(Found(o, "IMPLEMENTS", Ent(q.name, "Initiative", q.start,
                                                              q.end, "quoted_name"),
                                         "implements_instrument"))
            for m in self._mentions(cs, ce):
                ib = _INSTR_BEFORE.search(sim, max(cs, m.start - 8), m.start) \
                    if m.rule == "quoted_name" and m.type == "Initiative" and \
                    not sim.startswith("为", m.end) else None
                if ib:
                    for o in self._instr_actors(ss, cs, ib.start(), clause_orgs, subj):
                        out.append(Found(o, "IMPLEMENTS", ent_of(m), "implements_instrument"))
            pm = self.impl_passive.match(sim, cs, ce)
            if pm and not self.impl_verbs.search(sim, pm.start(1), pm.end(1)) and \
                    not self.drive_verbs.search(sim, pm.start(1), pm.end(1)) and \
                    (explicit_all or not self._other_subject(ss, cs)):
                ns, ne = pm.span(1)
                j = sim.rfind("等", ns, ne)
                if j >= 0 and not ph._covered(j):
                    ns = j + 1
                ent = ph.resolve(ns, ne, tail_ok=False)
                if ent is not None and ent.type == "Initiative" and \
                        _LEAD.match(sim[ns:ent.start]):
                    owner = [ent_of(m) for m in self._mentions(ns, ne)
                             if m.type == "Organization" and m.start == ns] or subj
                    for o in owner:
                        out.append(Found(o, "IMPLEMENTS", ent, "implements_passive"))
        return out

    def _instr_actors(self, ss: int, cs: int, pos: int, clause_orgs: list[Ent],
                      subj: list[Ent]) -> list[Ent]:
        """Who uses the instrument at ``pos``: the organisations of its clause, or the
        sentence's subject when nothing else stands before it (产业联盟携手龙头企业推出“X”:
        a subject of its own, even an unrecognised one, is not the paragraph's organisation)."""
        own = [o for o in clause_orgs if o.end <= pos]
        if own:
            return own
        return subj if _SUBJECTLESS.match(self.sim[cs:pos]) or \
            any(ss <= o.start < cs for o in subj) else []

    def _initiatives(self, s: int, e: int, strong: bool) -> list[Ent]:
        _, head_text = self._slot_items(s, e)
        if head_text and self.ph.head_type(head_text) not in (None, "Initiative"):
            strong = False  # 发布A、B等主推技术: the items are techniques, not initiatives
        items, head_text = self._slot_items(s, e, "Initiative" if strong else None)
        out = [b for b in items if self._is_initiative(b, strong)]
        for q in self.dm.quoted:  # 推进“5G+工业互联网”融合应用: a quoted name is a programme
            if s <= q.start < e and q.end <= e and \
                    q.start <= self.ph.clean(s, q.end)[0] <= q.start + 1 and \
                    self.sim[q.end:e] in self._quote_tails \
                    and len(q.name) >= 3 and all(b.name != q.name for b in out) and \
                    not self.sim.startswith(("为", "的"), q.end):
                out.append(Ent(q.name, "Initiative", q.start, q.end, "quoted_name"))
        if head_text:  # …等6大服务场景: the head is an initiative too
            hs = e - len(head_text)
            head = self.ph.resolve(hs, e, "Initiative" if strong else None)
            if head is not None and head.type == "Initiative" and head.rule != "noun_phrase":
                out.append(head)
        return out

    def _is_initiative(self, b: Ent, strong: bool) -> bool:
        if b.name in self.ph.stop_heads or b.name.endswith(self.non_ini):
            return False
        if b.type == "Initiative" and b.rule != "noun_phrase":
            return True
        if b.type == "Initiative" and self.ph.head_type(b.name) == "Initiative":
            return True
        if b.type == "Organization" or b.weak or b.rule == "lexicon":
            return False
        # a name without an initiative head, object of a strong verb (推出数字员工)
        return (strong and b.rule in ("noun_phrase", "quoted_name") and 3 <= len(b.name) <= 8
                and not b.name.endswith(self.verb_words) and not b.name.endswith("化"))

    def pronoun_in(self, s: int, e: int) -> bool:
        return self.pronouns.search(self.sim, s, e) is not None


# 包括A、B在内的X
_IN_NEI = re.compile(r"在内的")
# A与B合作开发C: B acts too
_JOINT = re.compile(r"(?:合作|共同|联合|携手|一起)" + FILLER)
# (要)联合/携手B建设C: B is a partner of the clause's subject
_PARTNER = re.compile(FILLER + r"(?:牵头)?(?:联合|携手|会同|协同|联手)")
_COUNT_OR_MOD = re.compile(r"^(?:[0-9一二三四五六七八九十百千]+(?:个|家|名|项|处|类|种|批|条|大)|"
                           r"一批|一系列|各类|各种|众多|诸多|知名)*$")
# "集A、B等功能于一体的X", "以A为核心的X": the object is X
_FRAME = re.compile(r"(?:于一体|为一体|为核心|为主体|为主|为代表|为重点|为引领|为支撑)的")
