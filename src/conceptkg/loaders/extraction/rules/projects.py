"""Project lists of plan documents: the lead or responsible units of a numbered project line
implement it.

- ``01 集成电路设计创新中心：省科学技术厅牵头，联合东川大学建设`` → 省科学技术厅 and
  东川大学 IMPLEMENT the project;
- ``（1）X工程。牵头单位：省发展改革委`` / ``责任单位：省科技厅、省工业和信息化厅`` → each unit
  IMPLEMENTS the project of the line before;
- ``（一）实施X工程。…（more sentences）…责任单位：A、B`` → the task title may open with an
  implementing verb, and the units line closes the numbered block it belongs to.
"""

from __future__ import annotations

import re

from ..phrases import Ent, ent_of
from ..wordclass import word_classes
from .common import Found, RuleBase

__all__ = ["ProjectRules"]

_TITLE_END = re.compile(r"[：:。]")


class ProjectRules(RuleBase):
    """The project-list rules of :class:`~conceptkg.loaders.extraction.relations.SentenceRules`."""

    project: Ent | None = None

    def projects(self, ss: int, se: int) -> list[Found]:
        sim = self.sim
        # a line of its own (the line break may be gone: …建设。02“X”行动：…)
        item = self.rx("project_item").match(sim, ss, se) \
            if ss == 0 or sim[ss - 1] in "\n。；" else None
        units = self.rx("responsible_units_label").search(sim, ss, se)
        out: list[Found] = []
        if item is not None:
            end = _TITLE_END.search(sim, item.end(), se)
            title = self._title(item.end(), end.start()) if end else None
            self.project = title  # a new numbered item starts a new block
            if title is not None:
                if end.group() in "：:":
                    out += [Found(o, "IMPLEMENTS", title, "implements_project")
                            for o in self._actors(end.end(), se)]
        if units is not None and self.project is not None:
            for m in self._mentions(units.end(), se):
                if m.type == "Organization":
                    out.append(Found(ent_of(m), "IMPLEMENTS", self.project,
                                     "implements_project"))
            self.project = None  # the units line closes the block
        elif item is None and self.project is not None and (
                (ss == 0 or sim[ss - 1] == "\n") and self.rx("section_heading").match(sim, ss, se)):
            self.project = None
        return out

    def _title(self, s: int, e: int) -> Ent | None:
        verb = self.impl_verbs.match(self.sim, s, e)
        if verb is not None and e - verb.end() >= 3:  # 实施X工程 → X工程
            s = verb.end()
        elif self.sim[s:s + 2] in word_classes().stop and self.dm.at(s, e) is None and \
                self.ph.head_type(self.sim[s:e].strip()) != "Initiative":
            return None  # a task opening with a verb (强化数据和人才支撑), not a programme
        text = self.sim[s:e].strip()
        if not 3 <= len(text) <= 25 or any(c in text for c in "，,；、"):
            return None
        m = self.dm.at(s, e)
        if m is not None and m.type in ("Initiative", "Organization"):
            return Ent(m.name, "Initiative", s, e, "project_title", m.aliases)
        name = text.replace("“", "").replace("”", "")
        if not self.ph.valid_name(name, "Initiative") and not name.isalnum():
            return None
        if verb is not None and self.ph.head_type(name) != "Initiative":
            return None  # 实施…: only a named programme (…工程, …计划, …试点) is a project
        return Ent(name, "Initiative", s, e, "project_title")

    def _actors(self, s: int, e: int) -> list[Ent]:
        """Units named after the title that lead, take part in or carry out the project."""
        out: list[Ent] = []
        for m in self._mentions(s, e):
            if m.type != "Organization":
                continue
            if self.rx("unit_acts").match(self.sim, m.end, e) or \
                    self.rx("project_partner").search(self.sim, s, m.start):
                out.append(ent_of(m))
        return out
