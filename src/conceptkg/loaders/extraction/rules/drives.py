"""DRIVES rules: ``以A推动B``, ``A推动B``, ``…A，助力B``, ``B由A而催生``, ``A为B提供动力``,
``A是B的重要引擎``, ``B得益于A``, ``B是A起主导作用的…``."""

from __future__ import annotations

import re

from ..arguments.phrases import Ent
from .common import Found
from .drive_helpers import DriveHelpers

__all__ = ["DrivesRules"]


class DrivesRules(DriveHelpers):
    """The DRIVES rules of :class:`~conceptkg.loaders.extraction.relations.SentenceRules`."""

    def drives(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        sim, ph = self.sim, self.ph
        out: list[Found] = []
        if not any(rx.search(sim, ss, se) for rx in (
                self.drive_verbs, self.passive, self.provide, self.engine, self.reliance,
                self.leading)):
            return out  # every rule below starts from one of these cues
        src_types = ("Concept", "Factor", "Initiative")
        turns = self.lex.cue_words("DRIVES", "direction_preps")
        for ci, (cs, ce) in enumerate(cls):
            for v in self.drive_verbs.finditer(sim, cs, ce):
                vs, ve = v.span()
                if not self._verb_ok(vs, ve):
                    continue
                # skip a verb chain: 带动和引导
                chain = self.drive_chain.match(sim, ve, ce)
                b_start = chain.end() if chain else ve
                b_end = ph.cut_at_stop(b_start, ce)
                inst = self._instrument(cs, vs)
                pf = self.prev_frame.fullmatch(sim, cls[ci - 1][0], cls[ci - 1][1]) if ci > 0 \
                    and inst is None and self.rx("only_filler").match(sim[cs:vs]) else None
                if pf is not None:  # 以A为引领，推动B
                    inst = (pf.start(1), pf.end(1))
                joint = inst is not None and \
                    sim[inst[0]:inst[1]].rstrip().endswith(self.joint_tails) and \
                    self.rx("pair_join").search(sim, inst[0], inst[1]) is not None
                if inst is not None:
                    a_items = [Ent(sim[inst[0]:inst[1]].rstrip(), "Concept", inst[0],
                                   inst[0] + len(sim[inst[0]:inst[1]].rstrip()), "noun_phrase")
                               ] if joint else ph.items(*inst) or self._unknown_instrument(*inst)
                    # (以A和B深度融合推动C: the joining of the two drives, not A alone)
                    b_items, _ = self._slot_items(b_start, b_end)
                    if not b_items and a_items:  # 以A带动B、C和D融合发展: unknown items
                        tail = self.rx("joint_process").search(sim, b_start, b_end)
                        b_items = self._unknown_items(b_start, tail.start() if tail else b_end,
                                                      a_items[0].type if a_items[0].type in (
                                                          "Concept", "Factor") else "Concept")
                    rule = "drives_instrument"
                else:
                    a = self._adjacent_before(cs, vs, src_types) or \
                        self._weak_opening(cs, vs, src_types)
                    rule = "drives_verb"
                    if a is None and ci > 0 and self.rx("only_filler").match(sim[cs:vs]):
                        a = self._as_subject(*cls[ci - 1])  # 数据作为新型生产要素，能够推动B
                    if a is None and ci > 0 and self.rx("consequence").match(sim[cs:vs]):
                        a = self._consequence_source(cls, ci, src_types)
                    elif a is None and ci > 0 and v.group() in self.chain_verbs and \
                            re.fullmatch(r"(?:并|以|从而|进而|有力|有效|更好|进一步|将)?",
                                         sim[cs:vs]):
                        # 加快绿色转型，助力碳达峰碳中和: the clause before ends with A; a
                        # clause that builds X ends with X (建设X产业园，助力Y)
                        pcs, pce = cls[ci - 1]
                        a = self._adjacent_before(pcs, pce, ("Concept", "Factor")) or \
                            self._built_object(pcs, pce)
                        rule = "drives_chain"
                    a_items = self._coordinated(cs, a) if a else []
                    b_items, _ = self._slot_items(b_start, b_end, strict=True)
                if self._joint_event(b_start, b_end):
                    b_items = []  # 带动A和B融合发展: one joint event (the cue component's)
                b_items = self._process_targets(b_start, b_end, b_items)
                b_items = [b for b in b_items if not sim.startswith(turns, b.end)]
                # (推动A向B转型: a change of direction, not A, is driven)
                for a in a_items:
                    for b in b_items:
                        if a.type in src_types and b.type in src_types and a.name != b.name:
                            out.append(Found(a, "DRIVES", b, rule))
        out.extend(self._drives_patterns(ss, se, cls))
        return out

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
                if target is None and self.rx("pronoun_topic").fullmatch(sim, cs, m.start()):
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
            # 为A、B和C提供支撑: each known item of a list is a target
            listed = [x for x in ph.items(m.start(1), m.end(1), strict=True) if not x.weak]
            targets = listed if len(listed) > 1 else [b] if b is not None else listed
            targets = [x for x in targets if x.type in src_types]
            if not targets:
                continue
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            a = self._adjacent_before(cs, m.start(), src_types) or \
                self._weak_opening(cs, m.start(), src_types) or \
                self._process_subject(cs, m.start(), src_types) or topic
            ci = next((k for k, (c, _) in enumerate(cls) if c == cs), 0)
            if a is None and ci > 0 and self.rx("only_filler").match(sim[cs:m.start()]):
                # 加快发展新质生产力，并为全球经济增长增添新动能: the clause before ends with A
                pcs, pce = cls[ci - 1]
                last = self._last(pcs, pce, ("Concept", "Factor"))
                if last is not None and (self.rx("only_filler").match(sim[last.end:pce]) or
                                         re.fullmatch(r"的[^的]{1,6}", sim[last.end:pce])):
                    a = last  # …建成发展数字经济的示范样板，为乡村振兴提供坚实支撑
            if a is None and ci > 0 and self.rx("only_filler").match(sim[cs:m.start()]):
                a = self._built_object(*cls[ci - 1])  # 共建X研究院，为Y提供技术支撑
            for b in targets:
                if a is not None and a.name != b.name:
                    out.append(Found(a, "DRIVES", b, "drives_provide"))
        for m in self.engine.finditer(sim, ss, se):
            # A是推动B的重要引擎 / A成为B的新引擎 / 发展A是B的重要着力点
            cs = max((c for c, _ in cls if c <= m.start()), default=ss)
            if sim.startswith("作为", m.start()):  # 集团把A作为B的引擎: A opens after 把
                cs = max([cs, *(sim.rfind(w, cs, m.start()) + len(w)
                                for w in self.engine_disposals if sim.find(w, cs, m.start()) >= 0)])
            a = ph.resolve(cs, m.start(), strict=True)
            if a is not None and a.start != ph.clean(cs, m.start())[0]:
                a = None  # 服务高质量发展成为…: A is a verb phrase, not the term
            adj = self._adjacent_before(cs, m.start(), src_types)
            if a is None and adj is not None and self.rx("lead").match(sim[cs:adj.start]):
                a = adj
            opening = ph.clean(cs, m.start())
            a_list = [a] if a is not None else []
            if a is None and cs > ss and self.rx("only_filler").match(sim[cs:m.start()]) and \
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
