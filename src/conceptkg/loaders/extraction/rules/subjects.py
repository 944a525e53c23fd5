"""Who acts in a sentence: the organisations opening a clause, a place acting as its
government, titles (…部部长) and reported speech that rule a subject out."""

from __future__ import annotations

import re
from itertools import pairwise

from ..arguments.phrases import Ent, ent_of
from .common import RuleBase

__all__ = ["SubjectRules"]



class SubjectRules(RuleBase):
    """The subject finders of :class:`~conceptkg.loaders.extraction.relations.SentenceRules`."""

    def subject_orgs(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Ent]:
        """Organisations that are the subject of the sentence: opening a clause (A和B共同…),
        or followed by a verb (以…为核心的党中央大力推进…). An organisation followed by a title
        (…部部长) names a person's affiliation, not a subject. (Asked twice for most sentences,
        by the pipeline and by the IMPLEMENTS rules: read once.)"""
        cache = self.__dict__.setdefault("_subjects", {})
        key = (ss, se, tuple(cls))
        found = cache.get(key)
        if found is None:
            found = cache[key] = tuple(self._subject_orgs(ss, se, cls))
        return list(found)

    def _subject_orgs(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Ent]:
        sim = self.sim
        basis = self.lex.cue_words("IMPLEMENTS", "basis_preps")
        for cs, ce in cls:
            if basis and sim.startswith(basis, cs):
                continue  # 根据甲部发布的X，…: the clause says on what basis; it names no subject
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
                if self._titled(m.end) or \
                        sim.startswith(self.words("not_subject_words"), m.end) or \
                        sim.startswith(self.words("commentary_labels"), m.end) or \
                        self.rx("temporal_clause").fullmatch(sim, m.end, ce):
                    return []  # X落地后，…: a time clause, not the subject
                if orgs and gap not in ("和", "与", "及", "、", "以及", "会同"):
                    break
                if not orgs and gap.endswith(("与", "同", "跟")) and gap != "与":
                    continue  # 我们与X共建…: X is the partner, not the subject
                if not orgs and gap and (self.rx("partner_tail").fullmatch(gap) or
                                         self.rx("partner_verb").fullmatch(gap)):
                    continue  # 我厅联合X启动…, …，联合X举办Y: X is the partner, not the subject
                if not orgs and not re.fullmatch(r"(?:对于|而|但|同时|目前|近年来|今年以来|"
                                                 r"此外|其中|作为)?", gap) \
                        and not self._verb_follows(m.end, ce, predicate=True):
                    continue  # (推进A和B研究院建设: B's 建设 closes an object, no predicate)
                orgs.append(ent_of(m))
                pos = m.end
            orgs = [o for o in orgs if not self._prep_object(cs, o)]
            if orgs:
                rest = sim[pos:pos + 2]
                if rest == "而言":
                    return orgs
                if rest[:1] == "的":
                    return []
                return orgs
        return []

    def _titled(self, pos: int) -> bool:
        return self.sim.startswith(self.titles, pos)

    def _verb_follows(self, pos: int, ce: int, predicate: bool = False) -> bool:
        """A verb of implementing or driving follows ``pos``; with ``predicate``, one that has
        words after it in the clause (not B建设 closing the clause: a noun of the process)."""
        m = self.rx("filler").match(self.sim, pos, ce)
        p = m.end() if m else pos
        v = self.impl_verbs.match(self.sim, p, ce) or self.drive_verbs.match(self.sim, p, ce)
        if v is None:
            return False
        return not predicate or bool(self.sim[v.end():ce].strip("，。；、,;：: \n"))

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

    def _prep_object(self, cs: int, o: Ent) -> bool:
        """Whether ``o`` stands in a list of names that a preposition opening the clause
        governs (面向甲国、乙国建设X, 对甲方、乙方实施Y): they are whom or what the act is for,
        not who acts."""
        text = self.sim[cs:o.start]
        gov = self._governing_preps
        prep = next((p for p in gov if text.startswith(p)), None) \
            if text.startswith(gov) else None
        k = cs + len(prep) if prep is not None else max(
            (cs + text.rfind(p) + len(p) for p in self._scope_preps if p in text), default=-1)
        if k < 0:
            return False  # (海州将面向甲国、乙国建设X: a topic word inside the clause too)
        if k == o.start:
            return True
        if self.sim[o.start - 1] not in self.lex.charset("list_join_marks"):
            return False
        marks = "[" + re.escape(self.lex.chars("list_join_marks")) + "]"
        for item in re.split(marks, self.sim[k:o.start - 1]):
            if not item or len(item) > 8:
                return False  # (items of a list of names, none of them a clause)
        return True

    def _site_orgs(self, cs: int, vs: int, orgs: list[Ent]) -> bool:
        """Whether ``orgs`` are the places of the act of a clause that opens with 在 and a
        list of bodies right before its verb (一是在甲公司、乙公司开展X试点): the act is
        carried out by the clause's carried subject, at the bodies named."""
        sim = self.sim
        k = sim.find("在", cs, orgs[0].start) if orgs else -1
        if k < 0 or k + 1 != orgs[0].start or not self.rx("subjectless").fullmatch(sim[cs:k]):
            return False
        if any(sim[a.end:b.start] not in ("、", "和", "及", "与") for a, b in pairwise(orgs)):
            return False
        return self.rx("only_filler").fullmatch(sim[orgs[-1].end:vs]) is not None

    @property
    def _governing_preps(self) -> tuple[str, ...]:
        """Prepositions whose object is no actor (``IMPLEMENTS.relating_preps`` and the
        ``scope_words`` that are not of place), longest first."""
        preps = self.__dict__.get("_gov_preps")
        if preps is None:
            place = set(self.lex.cues("IMPLEMENTS", "place_preps"))
            words = {*self.lex.cues("IMPLEMENTS", "relating_preps"),
                     *(w for w in self.lex.cues("IMPLEMENTS", "scope_words") if w not in place)}
            preps = self.__dict__["_gov_preps"] = tuple(sorted(words, key=len, reverse=True))
        return preps

    @property
    def _scope_preps(self) -> tuple[str, ...]:
        """The ``scope_words`` of two characters or more (面向, 针对): they govern a list of
        names wherever they stand in the clause."""
        preps = self.__dict__.get("_scope")
        if preps is None:
            scope = set(self.lex.cues("IMPLEMENTS", "scope_words"))
            preps = self.__dict__["_scope"] = tuple(
                w for w in self._governing_preps if len(w) >= 2 and w in scope)
        return preps
