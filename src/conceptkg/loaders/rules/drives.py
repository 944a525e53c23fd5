"""DRIVES rules: ``以A推动B``, ``A推动B``, ``…A，助力B``, ``B由A而催生``, ``A为B提供动力``,
``A是B的重要引擎``, ``B得益于A``, ``B是A起主导作用的…``."""

from __future__ import annotations

import re

from ..phrases import Ent, ent_of
from .common import FILLER, FILLER_RE, LEAD, PRONOUN_TOPIC, Found, RuleBase

__all__ = ["DrivesRules"]

_JOIN = re.compile(r"和|与|、|及|以及")
_PROCESS_END = re.compile(r"(?:提升|升级|增长)$")
# words naming a change of the term before them (…转型升级, …高端化、智能化发展, …提升)
_PROCESS_TAIL = re.compile(r"(?:持续|不断|大幅|加快|稳步|显著|进一步)?"
                           r"(?:[\u4e00-\u9fff]{1,3}化[、和与及]?)*(?:[\u4e00-\u9fff]{1,3}化)?"
                           r"(?:转型升级|提质增效|提质扩容|提档升级|提升|升级|发展|增长|转型)|"
                           r"(?:[\u4e00-\u9fff]{1,3}化[、和与及]?)*[\u4e00-\u9fff]{1,3}化|"
                           r"持续|不断|大幅|稳步|显著|加快")  # 全要素生产率持续(提升)

# a change named by a term of its own (数字化转型, 智能化改造): the head of "制造业数字化转型"
_NAMED_CHANGE = re.compile(r"[\u4e00-\u9fff]{1,3}化(?:转型|改造|升级)")
# the head of an instrument the lexicon does not know (以数智化改造赋能X, 以场景开放催生Y)
_ACTION_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}(?:改造|改革|创新|转型|升级|开放|融合|应用)")
_KIND = re.compile(r"[\u4e00-\u9fff]{1,3}型")  # 创新型人才: a kind of the weak term
_JOINT_PROCESS = re.compile(r"(?:融合|协同|联动|集聚|一体化)?(?:发展|升级)$")
_CONSEQ = re.compile(r"^" + FILLER + r"(?:从而|进而|以此|由此|借此|这将|并以此)" + FILLER + r"$")
_NOT_YI = ("可以", "以及", "以来", "以上", "以下", "以后", "以前", "所以", "加以", "予以", "难以",
           "得以", "用以", "足以", "以外", "以内", "以便", "以免", "以往", "以期", "借以", "赖以")


class DrivesRules(RuleBase):
    """The DRIVES rules of :class:`~conceptkg.loaders.relations.SentenceRules`."""

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
                    and inst is None and FILLER_RE.match(sim[cs:vs]) else None
                if pf is not None:  # 以A为引领，推动B
                    inst = (pf.start(1), pf.end(1))
                if inst is not None:
                    a_items = ph.items(*inst) or self._unknown_instrument(*inst)
                    b_items, _ = self._slot_items(b_start, b_end)
                    if not b_items and a_items:  # 以A带动B、C和D融合发展: unknown items
                        tail = _JOINT_PROCESS.search(sim, b_start, b_end)
                        b_items = self._unknown_items(b_start, tail.start() if tail else b_end,
                                                      a_items[0].type if a_items[0].type in (
                                                          "Concept", "Factor") else "Concept")
                    rule = "drives_instrument"
                else:
                    a = self._adjacent_before(cs, vs, src_types) or \
                        self._weak_opening(cs, vs, src_types)
                    rule = "drives_verb"
                    if a is None and ci > 0 and FILLER_RE.match(sim[cs:vs]):
                        a = self._as_subject(*cls[ci - 1])  # 数据作为新型生产要素，能够推动B
                    if a is None and ci > 0 and _CONSEQ.match(sim[cs:vs]):
                        pcs, pce = cls[ci - 1]
                        a = self._last(pcs, pce, src_types)
                    elif a is None and ci > 0 and v.group() in self.chain_verbs and \
                            re.fullmatch(r"(?:并|以|从而|进而|有力|有效|更好)?", sim[cs:vs]):
                        # 加快绿色转型，助力碳达峰碳中和: the clause before ends with A
                        pcs, pce = cls[ci - 1]
                        a = self._adjacent_before(pcs, pce, ("Concept", "Factor"))
                        rule = "drives_chain"
                    a_items = self._coordinated(cs, a) if a else []
                    b_items, _ = self._slot_items(b_start, b_end, strict=True)
                b_items = self._process_targets(b_start, b_end, b_items)
                for a in a_items:
                    for b in b_items:
                        if a.type in src_types and b.type in src_types and a.name != b.name:
                            out.append(Found(a, "DRIVES", b, rule))
        out.extend(self._drives_patterns(ss, se, cls))
        return out

    def _unknown_instrument(self, s: int, e: int) -> list[Ent]:
        """A of 以A推动B when the lexicon does not know it: a short action noun
        (以数智化改造赋能传统产业 → 数智化改造)."""
        text = self.sim[s:e]
        if 4 <= len(text) <= 8 and _ACTION_HEAD.fullmatch(text) and \
                self.ph.valid_name(text, "Concept") and self.dm.at(s, e) is None and \
                not any(w in text for w in self.verb_words):
            return [Ent(text, "Concept", s, e, "noun_phrase")]
        return []

    def _as_subject(self, cs: int, ce: int) -> Ent | None:
        """A of a clause ``A作为X`` that opens a sentence part (weak terms too)."""
        for m in self._mentions(cs, ce):
            if m.type in ("Concept", "Factor") and LEAD.match(self.sim[cs:m.start]) and \
                    self.sim.startswith("作为", m.end):
                return ent_of(m)
            break
        return None

    def _weak_opening(self, cs: int, vs: int, types: tuple[str, ...]) -> Ent | None:
        """A weak term that opens the clause right before the verb (数据要素赋能X, 创新型人才
        推动Y): the subject even though a weak word is no node on its own."""
        for m in self._mentions(cs, vs):
            if m.type in types and m.weak and FILLER_RE.match(self.sim[m.end:vs]) and \
                    (LEAD.match(self.sim[cs:m.start]) or _KIND.fullmatch(self.sim, cs, m.start)):
                return ent_of(m)
        return None

    def _coordinated(self, cs: int, a: Ent) -> list[Ent]:
        """A and the subjects joined to it that open the clause: 颠覆性技术和前沿技术催生X."""
        sim, out, pos = self.sim, [a], a.start
        for m in reversed(self._mentions(cs, a.start)):
            if m.type not in ("Concept", "Factor", "Initiative") or m.weak or \
                    _JOIN.fullmatch(sim, m.end, pos) is None:
                break
            out.insert(0, ent_of(m))
            pos = m.start
        if len(out) > 1 and not LEAD.match(sim[cs:out[0].start]):
            return [a]
        return out

    def _process_targets(self, s: int, e: int, items: list[Ent]) -> list[Ent]:
        """The term whose change the object names: 传统产业转型升级, 制造业高端化、智能化发展,
        全要素生产率提升 → 传统产业, 制造业, 全要素生产率."""
        s, e = self.ph.clean(s, e)
        whole = self._term_before_process(s, e)
        if whole is not None and whole.start == s:
            return [whole]
        out = []
        for b in items:
            if b.rule == "noun_phrase":
                b = self._term_before_process(b.start, b.end) or b
            out.append(b)
        return out

    def _term_before_process(self, s: int, e: int) -> Ent | None:
        for m in self._mentions(s, e):
            if m.type in ("Concept", "Factor") and not m.weak and m.end < e and \
                    _PROCESS_TAIL.fullmatch(self.sim, m.end, e):
                tail = self.dm.at(m.end, e)
                if tail is not None and tail.type == "Concept" and not tail.weak and \
                        _NAMED_CHANGE.fullmatch(self.sim, m.end, e):
                    return ent_of(tail)  # 制造业数字化转型: 数字化转型 is the term
                return ent_of(m)
            if m.end == e and m.start > s and m.type in ("Concept", "Factor") and \
                    _PROCESS_END.search(self.sim, m.start, e):
                return ent_of(m)  # 制造业全要素生产率提升: the alias 全要素生产率提升
        return None

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
                if target is None and PRONOUN_TOPIC.fullmatch(sim, cs, m.start()):
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
            a = self._adjacent_before(cs, m.start(), src_types) or \
                self._weak_opening(cs, m.start(), src_types) or topic
            ci = next((k for k, (c, _) in enumerate(cls) if c == cs), 0)
            if a is None and ci > 0 and FILLER_RE.match(sim[cs:m.start()]):
                # 加快发展新质生产力，并为全球经济增长增添新动能: the clause before ends with A
                pcs, pce = cls[ci - 1]
                last = self._last(pcs, pce, ("Concept", "Factor"))
                if last is not None and (FILLER_RE.match(sim[last.end:pce]) or
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
            if a is None and adj is not None and LEAD.match(sim[cs:adj.start]):
                a = adj
            opening = ph.clean(cs, m.start())
            a_list = [a] if a is not None else []
            if a is None and cs > ss and FILLER_RE.match(sim[cs:m.start()]) and \
                    sim[m.start()] == "是" and topic is not None:
                a = topic  # 人工智能是…，是培育新质生产力的重要引擎: the sentence's topic
            if a is None:  # 数据要素、人工智能和工业互联网是…的新引擎: every item
                items = ph.items(cs, m.start(), strict=True)
                if len(items) >= 2 and all(x.type in src_types for x in items) and \
                        ph.clean(cs, m.start()) == (items[0].start, items[-1].end):
                    a, a_list = items[-1], items
            if a is None:  # 数字化人才是推动X的关键力量: a name of its own opens the clause
                a = ph.resolve(cs, m.start())
                if a is not None and (a.rule != "noun_phrase" or (a.start, a.end) != opening
                                      or not 3 <= len(a.name) <= 8
                                      or a.type not in ("Concept", "Factor")):
                    a = None
            b = ph.resolve(m.start(1), m.end(1))
            if b is not None and b.rule == "noun_phrase":
                b = self._term_before_process(b.start, b.end) or b
            # a weak term is A only when it is the whole opening (数据要素是…的核心引擎)
            if len(a_list) < 2:
                a_list = [a] if a is not None else []
            for a in a_list:
                if b is not None and a.type in src_types and \
                        (not a.weak or (a.start, a.end) == opening or len(a_list) > 1) and \
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
