"""IMPLEMENTS rules: ``<organisation> 打造/推进/实施… <initiative>``, ``以“X”…`` in an
organisation's paragraph, and ``X平台进一步构建``."""

from __future__ import annotations

import re

from ..arguments.anaphora import anaphor_head, earlier_named
from ..arguments.phrases import Ent, counted_measures, ent_of
from .common import Found
from .subjects import SubjectRules

__all__ = ["ImplementsRules"]

#: a quote or title mark that opens a name
_QUOTE_OPENER = re.compile("[“\"「《『]")



class ImplementsRules(SubjectRules):
    """The IMPLEMENTS rules of :class:`~conceptkg.loaders.extraction.relations.SentenceRules`."""

    def _joint_place(self, cs: int, partner: Ent) -> Ent | None:
        """The place (its government) that opens the clause right before 与/同 + the partner
        of a joint verb (甲乙县与丙大学共建X): a name with its level (``place_patterns``,
        ``minor_place_suffixes``) that no dictionary word or mention covers."""
        sim = self.sim
        if partner.start - 1 <= cs or sim[partner.start - 1] not in "与同":
            return None
        name = sim[cs:partner.start - 1]
        rx = self.__dict__.get("_joint_place_rx")
        if rx is None:
            levels = "|".join(map(re.escape, (*self.lex.list("minor_place_suffixes"),)))
            rx = self.__dict__["_joint_place_rx"] = re.compile(
                "(?:" + "|".join(self.lex.list("place_patterns")) +
                (r"|[\u4e00-\u9fff]{2}(?:" + levels + ")" if levels else "") + ")")
        if not rx.fullmatch(name) or name[0] in self.lex.charset("not_place_start_chars") or \
                any(m.type == "Organization" for m in self._mentions(cs, partner.start - 1)):
            return None
        return Ent(name, "Organization", cs, partner.start - 1, "place_actor")

    def _pronoun_at(self, pos: int, end: int) -> re.Match[str] | None:
        """A pronoun subject opening the text at ``pos``, after words of time or linking
        (``pronoun_lead``: 年内，我们…; 今年我们…)."""
        lead = self.rx("pronoun_lead").match(self.sim, pos, end)
        return self.pronouns.match(self.sim, lead.end())

    def implements(self, ss: int, se: int, cls: list[tuple[int, int]], context: list[Ent]
                   ) -> list[Found]:
        sim, ph = self.sim, self.ph
        out: list[Found] = []
        if not (self.impl_verbs.search(sim, ss, se)
                or _QUOTE_OPENER.search(sim, ss, se)
                or any(self.passive_at(cs, ce) for cs, ce in cls)):
            return out  # every rule below starts from a verb, a passive or a quoted name
        explicit_all = self.subject_orgs(ss, se, cls)
        # a report's or speech's own organisation acts where nobody else is named (我们…)
        fallback = context or self.speaker
        said = self._pronoun_at(self.rx("answer_mark").match(sim, ss, se).end(), se)
        taken = earlier_named(sim, self.dm, said.start(), anaphor_head(self.lex, said.group())) \
            if said else None
        if not explicit_all and taken is not None:  # 该公司推出X: the company named before
            explicit_all = [Ent(taken, "Organization", said.start(), said.end(), "anaphor")]
        elif not explicit_all and said:
            # 我们… in a speech: the speaker's body, not one an earlier paragraph named
            explicit_all = self.speaker if self.speaker and said.group() in self.first_person \
                else fallback
            if said.group().endswith(tuple(self.lex.list("place_levels"))):
                # (我省将开展X in a text that names a company: the province, not the company)
                explicit_all, fallback, context = (
                    [o for o in group if not self.rx("company_word").search(o.name)]
                    for group in (explicit_all, fallback, context))
        subj = explicit_all or context
        distributive = self.lex.cue_words("IMPLEMENTS", "distributive_subjects")
        for cs, ce in cls:
            clause_orgs = [ent_of(m) for m in self._mentions(cs, ce)
                           if m.type == "Organization"]
            for v in self.impl_verbs.finditer(sim, cs, ce):
                vs, ve = v.span()
                if not self._verb_ok(vs, ve) or sim[ve:ve + 1] in self.verb_noun_after or \
                        sim.startswith(self.verb_compounds, vs) or \
                        sim[vs - 1:vs] in self.verb_noun_before:
                    continue
                if self.impl_verbs.match(sim, ve, ce):
                    continue  # 建成投运X: the last verb of a compound takes the object
                if sim.rfind("《", ss, vs) > sim.rfind("》", ss, vs):
                    continue  # 发表…的文章《加快建设X》: a verb of a title is nobody's act here
                if (co := self.rx("verb_coordination").match(sim, ve, ce)) is not None and \
                        self.impl_verbs.match(sim, co.end(), ce):
                    continue  # 制定并接续实施X: the verbs share the object, read at the last
                joint = v.group().startswith(("共", "联合", "合作")) or \
                    self.rx("joint_action").fullmatch(
                        sim, clause_orgs[-1].end if clause_orgs else cs, vs)
                orgs = [o for o in clause_orgs if o.end <= vs
                        and (sim[o.start - 1:o.start] not in ("与", "同", "向", "对", "为")
                             or sim[o.start - 2:o.start] == "会同"
                             or (joint and sim[o.start - 1:o.start] in ("与", "同")))]
                orgs = [o for o in orgs if not self._prep_object(cs, o)]
                # 甲银行在乙高新区设立X: a body after a preposition of place, with the clause's
                # subject before it, is the site of the act, not an actor
                places = self.lex.cues("IMPLEMENTS", "place_preps")
                orgs = [o for k, o in enumerate(orgs)
                        if not (k and sim[o.start - 1:o.start] in places)]
                # 开工建设X, 组织开展Y: the verbs of a compound before the last are no subject
                subjectless = self.rx("subjectless").match(sim[cs:self._compound_start(cs, vs)])
                # the sentence's subject acts in a later clause only when that clause has no
                # subject of its own (省发展改革委推出X，省政务服务管理局建成Y)
                explicit = [o for o in explicit_all if o.end <= vs and (
                    o.start >= cs or subjectless or self._pronoun_at(cs, ce) or
                    self.rx("subjectless").fullmatch(
                        sim[cs:orgs[0].start] if orgs else sim[cs:vs]))
                    and not any(o.end <= c0 < cs and sim.startswith(distributive, c0)
                                for c0, _c1 in cls)]  # (…，各地X部门…，推行Y: not o's)
                if self._site_orgs(cs, vs, orgs):  # 在甲公司开展X: the carried subject too
                    sites = {o.name for o in orgs}
                    carried = next(([o for o in c if o.name not in sites] for c in (
                        explicit, context, self.speaker) if any(
                        o.name not in sites for o in c)), [])
                    orgs = carried + orgs
                if orgs and joint and (place := self._joint_place(cs, orgs[0])) is not None:
                    orgs = [place, *orgs]  # 甲乙县与丙大学共建X: the county acts with its partner
                if orgs and joint and self._pronoun_at(cs, ce) and \
                        sim[orgs[0].start - 1] in "与同跟":
                    orgs = [o for o in fallback if o.name != orgs[0].name] + orgs  # 我们与X共建
                if orgs and (self.rx("partner_verb").fullmatch(sim, cs, orgs[0].start) or (
                        said and self.rx("partner_tail").fullmatch(sim, cs, orgs[0].start))):
                    # 联合清源大学建设X: the partner and the clause's own subject (我厅会同B…)
                    orgs = [o for o in (explicit or fallback) if o.name != orgs[0].name] + orgs
                titles = self.words("person_titles")  # (甲委主席率团出席X: a post, the person
                orgs = [o for o in orgs if not sim.startswith(titles, o.end)]  # acts)
                sp = self.speech.search(sim, ss, vs)
                if sp and self.rx("own_intent_statement").fullmatch(sim, sp.start(), vs):
                    sp = None  # X介绍，下一步，我们将推出Y: X states what it will do itself
                sp = sp or self._control_before(ss, vs)
                if sp:  # X要求，…开展Y / X支持B开展Y: the actor of Y is not X
                    explicit = [o for o in explicit if o.start > sp.start()]
                    orgs = [o for o in orgs if o.start > sp.start()]
                if not orgs:
                    orgs = explicit or (fallback if subjectless
                                        and not self._other_subject(ss, vs) else [])
                strong = v.group() in self.impl_strong or "打造" == v.group()
                os_ = ve + 1 if sim.startswith(("了", "好", "起", "着", "过"), ve) else ve
                if v.group() in self.lex.cues("IMPLEMENTS", "publish_only_verbs") and \
                        not sim.startswith("《", os_):
                    continue  # 公布《X办法》 (a roster: the relation component); not 公布收费标准
                whole = self.rx("integrated_frame").match(sim, os_, ce)
                os_ = whole.end() if whole else os_  # 打造集A、B于一体的X: X
                oe = ph.cut_at_stop(os_, ce)
                oe = self._taken_as_end(cs, vs, os_, oe)  # 把开展X作为Y: X only
                # 推出助力A的B: a drive verb right after the verb opens a relative clause, whose
                # targets are nothing put out (the relation components read the clause)
                counted = counted_measures(sim, os_, ce, self.measure_heads,
                                           self.rx("measure_count"))
                objs = [counted] if counted is not None else \
                    [] if self.drive_verbs.match(sim, os_) else \
                    self._initiatives(os_, oe, strong)
                if not objs and strong:  # 推出以A为核心指标的“X”: the quoted name after 的
                    framed = self.rx("framed_quote").match(sim, os_, ce)
                    q = next((q for q in self.dm.quoted_from(framed.start(1), framed.end())
                              if len(q.name) >= 3), None) if framed else None
                    objs = [Ent(q.name, "Initiative", q.start, q.end, "quoted_name")] if q else []
                if not objs and v.group() in self.words("founding_verbs"):
                    founded = self.dm.at(*ph.clean(os_, oe))
                    if founded is not None and founded.type == "Organization" and \
                            founded.rule == "org_name" and not founded.name.endswith(
                                ("公司", "集团", "银行", "部", "局", "厅", "委")):
                        objs = [Ent(founded.name, "Initiative", founded.start, founded.end,
                                    "founded_org")]
                if not orgs:  # 我们实施X工程: the initiative is a node of its own
                    self.loose.extend(b for b in objs if b.rule != "noun_phrase" or (
                        5 <= len(b.name) <= 14 and b.name.endswith(self.programme_heads)
                        and not self.rx("implement_counted").match(b.name)
                        and not self.impl_verbs.search(b.name[:-2])))
                    continue
                for o in orgs:
                    for b in objs:
                        out.append(Found(o, "IMPLEMENTS", b, "implements_verb"))
            # 以“X”… / 采用“X” in an organisation's sentence
            for q in self.dm.quoted_from(cs, ce):
                ib = self.rx("instrument_before").search(sim, max(cs, q.start - 8), q.start) \
                    if not sim.startswith("为", q.end) and len(q.name) >= 2 else None
                if ib:
                    for o in self._instr_actors(ss, cs, ib.start(), clause_orgs, subj):
                        out.append(Found(o, "IMPLEMENTS", Ent(q.name, "Initiative", q.start,
                                                              q.end, "quoted_name"),
                                         "implements_instrument"))
            for m in self._mentions(cs, ce):
                ib = self.rx("instrument_before").search(sim, max(cs, m.start - 8), m.start) \
                    if m.rule == "quoted_name" and m.type == "Initiative" and \
                    not sim.startswith("为", m.end) else None
                if ib:
                    for o in self._instr_actors(ss, cs, ib.start(), clause_orgs, subj):
                        out.append(Found(o, "IMPLEMENTS", ent_of(m), "implements_instrument"))
            pm = self.passive_at(cs, ce)
            # 二是加快X建设: the ordinal and verbs of urging are no part of the thing
            urged = self.rx("task_lead").match(sim, *pm.span(1)).end() if pm else cs
            if pm and not self.impl_verbs.search(sim, urged, pm.end(1)) and \
                    not self.drive_verbs.search(sim, urged, pm.end(1)) and \
                    (explicit_all or not self._other_subject(ss, cs)):
                ns, ne = urged, pm.end(1)
                j = sim.rfind("等", ns, ne)
                if j >= 0 and not ph._covered(j):
                    ns = j + 1
                ent = ph.resolve(ns, ne, tail_ok=False)
                if ent is not None and ent.type == "Initiative" and \
                        self.rx("lead").match(sim[ns:ent.start]):
                    owner = [ent_of(m) for m in self._mentions(ns, ne)
                             if m.type == "Organization" and m.start == ns] or subj or (
                        fallback if urged > pm.start(1) else [])
                    for o in owner:
                        out.append(Found(o, "IMPLEMENTS", ent, "implements_passive"))
        return out

    def _compound_start(self, cs: int, vs: int) -> int:
        """Where a verb of ``IMPLEMENTS.compound_lead_verbs`` right before the verb at ``vs`` opens
        (开工|建设X, 组织|开展Y: at 开工, 组织), else ``vs``; not before ``cs``."""
        serial = self.lex.cue_words("IMPLEMENTS", "compound_lead_verbs")
        if not self.sim.endswith(serial, cs, vs):  # (most verbs: none of them before it)
            return vs
        return next((vs - len(w) for w in serial
                     if vs - len(w) >= cs and self.sim.startswith(w, vs - len(w))), vs)

    def _control_before(self, ss: int, vs: int) -> re.Match[str] | None:
        """A control verb before ``vs`` (X支持B开展Y), not one that heads a verb compound
        with an implementing verb (组织实施, 推动建设: X still acts)."""
        for c in self.control.finditer(self.sim, ss, vs):
            if not self.impl_verbs.match(self.sim, c.end(), vs + 4):
                return c
        return None

    def _instr_actors(self, ss: int, cs: int, pos: int, clause_orgs: list[Ent],
                      subj: list[Ent]) -> list[Ent]:
        """Who uses the instrument at ``pos``: the organisations of its clause, or the
        sentence's subject when nothing else stands before it (产业联盟携手龙头企业推出“X”:
        a subject of its own, even an unrecognised one, is not the paragraph's organisation)."""
        own = [o for o in clause_orgs if o.end <= pos]
        if own:
            return own
        return subj if self.rx("subjectless").match(self.sim[cs:pos]) or \
            any(ss <= o.start < cs for o in subj) else []

    def _taken_as_end(self, cs: int, vs: int, os_: int, oe: int) -> int:
        """把开展X作为重要任务: after a disposal preposition before the verb, the object ends at
        the verb of role (``taken_as_verbs``) that closes the disposed phrase."""
        if not any(p in self.sim[cs:vs] for p in self.words("disposal_preps")):
            return oe
        cuts = [k for w in self.words("taken_as_verbs")
                if (k := self.sim.find(w, os_, oe)) > os_]
        return min(cuts, default=oe)

    def _initiatives(self, s: int, e: int, strong: bool) -> list[Ent]:
        head_text = self._slot_head(s, e)
        if head_text and head_text.endswith(self.non_ini):
            return []  # 发布A、B等信息: the items are news, not initiatives
        if head_text and self.ph.head_type(head_text) not in (None, "Initiative"):
            strong = False  # 发布A、B等主推技术: the items are techniques, not initiatives
        items, head_text = self._slot_items(s, e, "Initiative" if strong else None)
        out = [self._scoped(s, b) for b in items if self._is_initiative(b, strong)
               and not self._honoured_people(b)]
        # 建设甲乙物流园和丙丁产业园: a facility the text names as an object (not the start of
        # a longer phrase: 甲乙中心机房)
        starts = {b.start for b in items} | {self.ph.clean(s, e)[0]}
        ends = ("、", "和", "及", "与", *self.words("programme_process_tails"))
        for f in self.dm.facilities_between(s, e):
            if f.end <= e and f.start in starts and (
                    f.end == e or self.sim.startswith(ends, f.end)) and \
                    not any(b.start < f.end and f.start < b.end for b in out):
                out.append(Ent(f.name, "Initiative", f.start, f.end, f.rule, f.aliases))
        for q in self.dm.quoted_from(s, e):  # 推进“5G+工业互联网”融合应用: a programme
            if q.end <= e and \
                    q.start <= self.ph.clean(s, q.end)[0] <= q.start + 1 and \
                    self.sim[q.end:e] in self._quote_tails \
                    and len(q.name) >= 3 and all(b.name != q.name for b in out) and \
                    not self.sim.startswith(("为", "的"), q.end) and \
                    not self._people_count.search(self.sim[max(0, q.start - 8):q.start]):
                out.append(Ent(q.name, "Initiative", q.start, q.end, "quoted_name"))
        if head_text:  # …等8大服务场景: the head is an initiative too
            hs = e - len(head_text)
            head = self.ph.resolve(hs, e, "Initiative" if strong else None)
            if head is not None and head.type == "Initiative" and head.rule != "noun_phrase":
                out.append(head)
        return out

    def _scoped(self, s: int, b: Ent) -> Ent:
        """实施重点群体就业促进行动, 推进全国一体化算力网: right after the verb, a scope word
        belongs to the programme's name."""
        pre = self.sim[s:b.start]
        if b.rule == "noun_phrase" and b.type == "Initiative" and pre in self.words("scope_words"):
            return Ent(pre + b.name, b.type, s, b.end, b.rule, b.aliases)
        return b

    def _honoured_people(self, b: Ent) -> bool:
        """发布12名“最美X”: a title after a count of people names those it honours (the count's
        measure one of ``INCLUDES.people_measures``), no programme."""
        return self._people_count.search(self.sim[max(0, b.start - 8):b.start]) is not None

    def _is_initiative(self, b: Ent, strong: bool) -> bool:
        if b.name in self.ph.stop_heads or b.name.endswith(self.non_ini):
            return False
        if b.type == "Initiative" and b.rule != "noun_phrase":
            return True
        if b.type == "Initiative" and self.ph.head_type(b.name) == "Initiative":
            return True
        if b.type == "Organization" or b.weak or b.rule == "lexicon":
            return False
        # a name without an initiative head, object of a strong verb (推出云上管家)
        return (strong and b.rule in ("noun_phrase", "quoted_name") and 3 <= len(b.name) <= 8
                and not b.name.endswith(self.verb_words) and not b.name.endswith("化"))
