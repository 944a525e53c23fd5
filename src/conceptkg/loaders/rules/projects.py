"""Project lists of plan documents: the lead or responsible units of a numbered project line
implement it.

- ``01 集成电路设计创新中心：省科学技术厅牵头，联合东川大学建设`` → 省科学技术厅 and
  东川大学 IMPLEMENT the project;
- ``（1）X工程。牵头单位：省发展改革委`` / ``责任单位：省科技厅、省工业和信息化厅`` → each unit
  IMPLEMENTS the project of the line before.
"""

from __future__ import annotations

import re

from ..phrases import Ent, ent_of
from .common import Found, RuleBase

__all__ = ["ProjectRules"]

# a numbered item opening a line: 01, 1., （1）, (一), 1、
# (the space after 01 may have been closed up: 01集成电路…; not 3月, 5个, 20%)
_ITEM = re.compile(r"[ \t]*(?:\d{1,2}(?:[ \t.．、]|(?=[“\u4e00-\u9fff])(?![年月日号个家项万亿元"
                   r"倍])(?!\S*[%％]))|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])[ \t]*")
_TITLE_END = re.compile(r"[：:。]")
_UNITS = re.compile(r"(?:牵头|责任|主责|实施|配合|参与)单位[：:]")
# what a unit named after the title does (or the word that makes it a partner)
_ACTS = re.compile(r"[、和与及]|(?:联合|会同|共同)?(?:牵头|负责|组织|主导|实施|建设|推进|构建|"
                   r"承担|落实)")
_PARTNER = re.compile(r"(?:联合|会同|协同|携手)$")


class ProjectRules(RuleBase):
    """The project-list rules of :class:`~conceptkg.loaders.relations.SentenceRules`."""

    project: Ent | None = None
    project_sent: int = -1

    def projects(self, ss: int, se: int) -> list[Found]:
        sim = self.sim
        # a line of its own (the line break may be gone: …建设。02“X”行动：…)
        item = _ITEM.match(sim, ss, se) if ss == 0 or sim[ss - 1] in "\n。；" else None
        units = _UNITS.search(sim, ss, se)
        out: list[Found] = []
        if item is not None:
            end = _TITLE_END.search(sim, item.end(), se)
            title = self._title(item.end(), end.start()) if end else None
            if title is not None:
                self.project, self.project_sent = title, ss
                if end.group() in "：:":
                    out += [Found(o, "IMPLEMENTS", title, "implements_project")
                            for o in self._actors(end.end(), se)]
        if units is not None and self.project is not None and (
                self.project_sent == ss or self._just_before(ss)):
            for m in self._mentions(units.end(), se):
                if m.type == "Organization":
                    out.append(Found(ent_of(m), "IMPLEMENTS", self.project,
                                     "implements_project"))
        if item is None and units is None and not self._just_before(ss):
            self.project = None
        return out

    def _just_before(self, ss: int) -> bool:
        """The project title was the sentence right before (only a line break between)."""
        return self.project is not None and not self.sim[self.project.end:ss].strip(
            "。：: \t\n")

    def _title(self, s: int, e: int) -> Ent | None:
        text = self.sim[s:e].strip()
        if not 3 <= len(text) <= 25 or any(c in text for c in "，,；、"):
            return None
        m = self.dm.at(s, e)
        if m is not None and m.type in ("Initiative", "Organization"):
            return Ent(m.name, "Initiative", s, e, "project_title", m.aliases)
        name = text.replace("“", "").replace("”", "")
        if not self.ph.valid_name(name, "Initiative") and not name.isalnum():
            return None
        return Ent(name, "Initiative", s, e, "project_title")

    def _actors(self, s: int, e: int) -> list[Ent]:
        """Units named after the title that lead, take part in or carry out the project."""
        out: list[Ent] = []
        for m in self._mentions(s, e):
            if m.type != "Organization":
                continue
            if _ACTS.match(self.sim, m.end, e) or _PARTNER.search(self.sim, s, m.start):
                out.append(ent_of(m))
        return out
