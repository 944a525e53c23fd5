"""Helpers of the DRIVES rules: subjects, instruments, the term a change names."""

from __future__ import annotations

from dataclasses import replace

from ..arguments.phrases import Ent, ent_of
from .common import RuleBase


class DriveHelpers(RuleBase):
    """Slot helpers shared by the DRIVES rules of :mod:`.drives`."""

    def _unknown_instrument(self, s: int, e: int) -> list[Ent]:
        """A of 以A推动B when the lexicon does not know it: a short action noun
        (以数智化改造赋能传统产业 → 数智化改造)."""
        text = self.sim[s:e]
        if 4 <= len(text) <= 8 and self.rx("action_head").fullmatch(text) and \
                self.ph.valid_name(text, "Concept") and self.dm.at(s, e) is None and \
                not any(w in text for w in self.verb_words):
            return [Ent(text, "Concept", s, e, "noun_phrase")]
        return []

    def _as_subject(self, cs: int, ce: int) -> Ent | None:
        """A of a clause ``A作为X`` that opens a sentence part (weak terms too)."""
        for m in self._mentions(cs, ce):
            if m.type in ("Concept", "Factor") and self.rx("lead").match(self.sim[cs:m.start]) and \
                    self.sim.startswith("作为", m.end):
                return ent_of(m)
            break
        return None

    def _consequence_source(self, cls: list[tuple[int, int]], ci: int,
                            types: tuple[str, ...]) -> Ent | None:
        """A of a consequence clause without a subject (…，进而推动B): the last term of the
        clause before; the subject of a time clause before (当A与C融合时，就会催生B: A); the
        term that opens the clause before a copula clause (A的本质，是把X嵌入Y，进而催生B: A);
        where the clause before names no term (A与X相结合，能够提高效率，进而催生B), the term
        that opens the clause before it."""
        sim = self.sim
        pcs, pce = cls[ci - 1]
        when = next((w for w in self.time_clause_openers if sim.startswith(w, pcs)), None)
        if when is not None:
            return self._clause_opening(pcs + len(when), pce, types)
        copula = next((w for w in self.topic_copulas if sim.startswith(w, pcs)), None)
        if copula is not None and ci > 1 and sim[pcs + len(copula):pcs + len(copula) + 1] != "否":
            a = self._clause_opening(*cls[ci - 2], types)
            if a is not None:
                return a
        a = self._last(pcs, pce, types)
        if a is None and ci > 1 and not self._mentions(pcs, pce):
            a = self._clause_opening(*cls[ci - 2], types)
        return a

    def _clause_opening(self, cs: int, ce: int, types: tuple[str, ...]) -> Ent | None:
        """The term that opens ``[cs, ce)`` (only lead words before it; a weak term too, as
        it is the subject there); a list that opens it (A、B等H与C…) stands for its head H."""
        sim, ms = self.sim, self._mentions(cs, ce)
        if not ms or not self.rx("lead").match(sim[cs:ms[0].start]):
            return None
        k = 0
        while k + 1 < len(ms) and sim[ms[k].end:ms[k + 1].start] == "、":
            k += 1
        if k == 0 or not sim.startswith("等", ms[k].end):
            return ent_of(ms[0]) if ms[0].type in types else None
        hs = ms[k].end + 1  # the head runs up to the word that joins the list to a partner
        he = next((j for j in range(hs + 2, min(hs + 9, ce)) if sim[j] in self.joins), None)
        head = self.ph.resolve(hs, he, ms[0].type) if he is not None else None
        return head if head is not None and head.type in types else None

    def _weak_opening(self, cs: int, vs: int, types: tuple[str, ...]) -> Ent | None:
        """A weak term that opens the clause right before the verb (数据要素赋能X, 创新型人才
        推动Y): the subject even though a weak word is no node on its own."""
        for m in self._mentions(cs, vs):
            if m.type in types and m.weak and self.rx("only_filler").match(self.sim[m.end:vs]) and \
                    (self.rx("lead").match(self.sim[cs:m.start]) or
                     self.rx("kind_of").fullmatch(self.sim, cs, m.start)):
                return ent_of(m)
        return None

    def _coordinated(self, cs: int, a: Ent) -> list[Ent]:
        """A and the subjects joined to it that open the clause: 区块链和物联网催生X."""
        sim, out, pos = self.sim, [a], a.start
        for m in reversed(self._mentions(cs, a.start)):
            if m.type not in ("Concept", "Factor", "Initiative") or m.weak or \
                    self.rx("drive_join").fullmatch(sim, m.end, pos) is None:
                break
            out.insert(0, ent_of(m))
            pos = m.start
        if len(out) > 1 and not self.rx("lead").match(sim[cs:out[0].start]):
            return [a]
        return out

    def _joint_event(self, s: int, e: int) -> bool:
        """``[s, e)`` is two things joined by a conjunction that change together (A和B融合发展,
        A与B深度融合: ``joint_tails``, a bare growth word after it or not): one event, no
        list of terms."""
        s, e = self.ph.clean(s, e)
        text = self.sim[s:e]
        growth = tuple(self.lex.list("bare_growth_words"))
        core = text[:-len(g)] if (g := next((w for w in growth if text.endswith(w)), "")) else text
        tail = next((t for t in self.lex.list("joint_tails") if core.endswith(t)), None)
        if tail is None:
            return False
        head = core[:-len(tail)]  # (A、B和C融合发展: a list, each item is driven)
        return "、" not in head and any(j in head[1:] for j in ("和", "与", "及"))

    def _process_targets(self, s: int, e: int, items: list[Ent]) -> list[Ent]:
        """The term whose change the object names: 传统产业转型升级, 制造业网络化、数字化发展,
        劳动生产率提升 → 传统产业, 制造业, 劳动生产率."""
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
        """The term whose change ``[s, e)`` names, with the whole change as an alias
        (传统产业转型升级: 传统产业, alias 传统产业转型升级)."""
        ent = self._term_of_process(s, e)
        whole = self.sim[s:e]
        if ent is None or whole == ent.name or whole in ent.aliases:
            return ent
        return replace(ent, aliases=(*ent.aliases, whole))

    def _term_of_process(self, s: int, e: int) -> Ent | None:
        for m in self._mentions(s, e):
            if m.type in ("Concept", "Factor") and not m.weak and m.end < e and \
                    self.rx("process_tail").fullmatch(self.sim, m.end, e):
                tail = self.dm.at(m.end, e)
                if tail is not None and tail.type == "Concept" and not tail.weak and \
                        self.rx("named_change").fullmatch(self.sim, m.end, e):
                    return ent_of(tail)  # 制造业数字化转型: 数字化转型 is the term
                return ent_of(m)
            if m.end == e and m.start > s and m.type in ("Concept", "Factor") and \
                    self.rx("process_end").search(self.sim, m.start, e):
                return ent_of(m)  # 服务业产业结构升级: the alias 产业结构升级
        return None

    def _instrument(self, cs: int, vs: int) -> tuple[int, int] | None:
        """The span of A in 以A推动B or 以A为抓手推动B (same clause), or None."""
        sim = self.sim
        for p in range(vs - 2, cs - 1, -1):
            w = sim[p]
            if w not in self.instrument and sim[p:p + 2] not in self.instrument:
                continue
            word = sim[p:p + 2] if sim[p:p + 2] in self.instrument else w
            not_yi = self.words("not_yi_words")
            if sim[p - 1:p + 1] in not_yi or sim[p:p + 2] in not_yi or self.ph._covered(p):
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

    def _before_de(self, s: int, e: int) -> int:
        """End of the head noun before the first 的 of ``[s, e)`` outside a name."""
        i = self.sim.find("的", s, e)
        while i >= 0 and self.ph._covered(i):
            i = self.sim.find("的", i + 1, e)
        return i if i > s else e

    def _built_object(self, cs: int, ce: int) -> Ent | None:
        """The initiative a clause builds at its end (…投资18亿元建设X产业园 / 共建X研究院):
        the subject of a chain verb or of ``为B提供支撑`` in the clause after it."""
        last = None
        for v in self.impl_verbs.finditer(self.sim, cs, ce):
            last = v
        if last is None:
            return None
        s = last.end() + (1 if self.sim.startswith(("了", "好"), last.end()) else 0)
        if self.sim.startswith(self.words("copulas"), s):
            # 把A建设成为B高地，助力C: what becomes B, the object of 把, is built
            return self._disposed_object(cs, last.start())
        e = self.ph.cut_at_stop(s, ce)
        if e != ce or e - s < 3:
            return None
        founding = last.group() in self.words("founding_verbs")
        ent = self.ph.resolve(s, e, "Initiative" if founding else None)
        if ent is not None and ent.type == "Organization" and founding and \
                ent.name.endswith(self.words("institute_heads")):
            # 共建X研究院: the institute is founded here
            ent = Ent(ent.name, "Initiative", ent.start, ent.end, "founded_org")
        if ent is None or ent.type != "Initiative" or ent.start != self.ph.clean(s, e)[0]:
            return None
        return ent

    def _disposed_object(self, cs: int, verb: int) -> Ent | None:
        """The initiative between a disposal preposition (把/将) and the verb at ``verb``
        (把A建设成为…: A), else None."""
        d, s = max(((i, i + len(w)) for w in self.engine_disposals
                    if (i := self.sim.rfind(w, cs, verb)) >= 0), default=(-1, -1))
        if d < 0:
            return None
        ent = self.ph.resolve(s, verb)
        if ent is None or ent.type != "Initiative" or ent.start != self.ph.clean(s, verb)[0]:
            return None
        return ent

    def _process_subject(self, cs: int, pos: int, types: tuple[str, ...]) -> Ent | None:
        """A term that opens the clause, then ``的`` and a short process noun
        (数据要素的有效流通将为B提供支撑, 科技保险的发展为B…): the term is the subject."""
        for m in self._mentions(cs, pos):
            if m.type in types and self.rx("lead").match(self.sim[cs:m.start]) and \
                    self.rx("of_process").fullmatch(self.sim, m.end, pos):
                return ent_of(m)
            break
        return None
