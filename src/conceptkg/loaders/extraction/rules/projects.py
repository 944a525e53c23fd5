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

import functools
import itertools
import re

from ..arguments.phrases import Ent, ent_of
from ..plans.blocks import TaskBlock, title_tail_after_de
from ..plans.launched import launch_regex, launched_by_head_type
from ..words.tokens import Tok, tag_table, tokenize, word_tag
from ..words.wordclass import word_classes
from .common import Found, RuleBase

__all__ = ["ProjectRules"]

_TITLE_END = re.compile(r"[：:。]")
#: how far a numbered task block reaches without a units line (characters)
_BLOCK_REACH = 1500
_AT = re.compile("")  # an empty match: where an item's text starts


def _reports_result(words: list[Tok]) -> bool:
    """A heading worded as a statement, a topic and what became of it (指标创历史新高,
    影响力持续扩大, 活力充分释放): it ends with a verb after a noun, or an adverb stands before
    its last verb; a programme's name ends with a noun (X工程, Y体系, Z建设)."""
    if len(words) < 2:
        return False
    if words[-1].tag == "v" and any(w.noun for w in words[:-1]):
        return True
    return any(a.tag in ("d", "ad", "vd") and b.tag in ("v", "vn")
               for a, b in itertools.pairwise(words[1:]))


def _parts(sim: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans between separators in ``sim[s:e]``, a separator inside brackets not counted
    (各县（市、区）人民政府 is one part)."""
    out, depth, start = [], 0, s
    for i in range(s, e):
        c = sim[i]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and c in "，,、；;。":
            out.append((start, i))
            start = i + 1
    out.append((start, e))
    return out


class ProjectRules(RuleBase):
    """The project-list rules of :class:`~conceptkg.loaders.extraction.relations.SentenceRules`."""

    _block: TaskBlock | None = None

    @property
    def block(self) -> TaskBlock:
        """The plan's numbered task block: its title's project, its task, the programmes its
        text sets up or launches (``plans.blocks.TaskBlock``; the pipeline sets the one it
        shares with the IMPLEMENTS component, other callers get one of their own)."""
        if self._block is None:
            self._block = TaskBlock()
        return self._block

    @block.setter
    def block(self, block: TaskBlock) -> None:
        self._block = block
    #: the body whose title line issues the plan, when the plan names no units at all: it
    #: carries out the programmes its numbered tasks name (set by the pipeline)
    issuer: Ent | None = None

    def projects(self, ss: int, se: int) -> list[Found]:
        sim = self.sim
        block = self.block
        # a line of its own (the line break may be gone: …建设。02“X”行动：…)
        item = self.rx("project_item").match(sim, ss, se) \
            if ss == 0 or sim[ss - 1] in "\n。；" else None
        if item is None and ss > 0 and sim[ss - 1] in " \u3000" and \
                self.rx("article_number").match(sim[sim.rfind("\n", 0, ss) + 1:ss]):
            item = _AT.match(sim, ss)  # 第五条  实施X行动…: an article is a numbered item
        units = self.rx("responsible_units_label").search(sim, ss, se)
        out: list[Found] = []
        if item is not None:
            end = _TITLE_END.search(sim, item.end(), se)
            title = self._title(item.end(), end.start()) if end else None
            block.project = title  # a new numbered item starts a new block
            block.open()
            block.start = ss
            block.task = self._task(item.end(), end.start()) \
                if end is not None and title is None and end.group() == "。" else None
            if title is None and block.task is None and (end is None or end.group() == "。"):
                # 5.依托X，建设Y基地，培育Z: the first clause that sets up a programme
                block.project = self._clause_title(item.end(), end.start() if end else se)
            if title is not None and end.group() == "。" and \
                    "“" not in sim[title.start:title.end] and \
                    not sim[item.end():title.start].strip() and self._order_title(title):
                # 三、拓展X场景。…: a title worded as an order names the block's work, not a
                # programme; the programmes its text names come first (a title with a
                # quoted name names one: 打响“X”品牌)
                block.project, block.task = None, title
            if self.issuer is not None and block.project is not None and \
                    block.project.name != self.issuer.name:
                out.append(Found(self.issuer, "IMPLEMENTS", block.project, "implements_issuer"))
            if title is not None:
                if end.group() in "：:":
                    out += [Found(o, "IMPLEMENTS", title, "implements_project")
                            for o in self._actors(end.end(), se)]
        line_start = ss == 0 or sim[ss - 1] == "\n"
        if item is not None:
            block.launched = ()
        elif ss - block.start > _BLOCK_REACH and units is None and not block.units_seen and (
                block.project or block.task or block.is_open):
            # (a numbered line of a text that is no plan, a news item's 1. …: no units follow)
            block.project = block.task = None
            block.close()
            block.launched = ()
        if block.project is not None or block.task is not None or block.is_open:
            # 8.整治X秩序。开展“Y”专项行动: programmes the block launches
            block.launched = block.launched + tuple(launched_by_head_type(
                self._launch_rx, sim, ss, units.start() if units is not None else se,
                self.ph, self.dm, "project_launched"))
        title, named = self._targets()
        project = title or (named[0] if named else None)
        if units is not None and project is not None:
            out += self._unit_edges(units.start(), se, title, named)
            block.units_seen = True  # (牵头单位 and 配合单位 may stand on lines of their own)
        elif item is None and line_start and (
                block.project or block.task or block.is_open) and (
                block.units_seen or self.rx("section_heading").match(sim, ss, se)):
            # the first line after the units lines, or a section heading, closes the block
            block.project = block.task = None
            block.close()
        if item is not None or project is None or (line_start and units is None):
            block.units_seen = False
        return out

    def _order_title(self, title: Ent) -> bool:
        """A title that opens with a verb of its own (加快X建设, 优化Y环境), not one after an
        implementing verb (实施X工程 → X工程) nor a name the document knows."""
        s = title.start
        word = self.sim[s:s + 2]
        if self.impl_verbs.match(self.sim, s, title.end) or self.dm.at(s, title.end):
            return False
        return word in word_classes().stop or tag_table().get(word) in ("v", "vn") or \
            self.sim.startswith(self.words("task_title_verbs"), s)

    def _targets(self) -> tuple[Ent | None, list[Ent]]:
        """What the units of the open block carry out: the programme its title names (every
        unit) and the programmes its text sets up (实施“X”三年行动: the leading units); a
        title that names none (推进Y转型) only when the text names none either."""
        block = self.block
        if block.project is None and block.task is None and not block.programmes and \
                not block.launched:
            return None, []  # (outside any block: most sentences)
        title = block.project
        skip = {t.name for t in (block.project, block.task) if t is not None}
        named = [n for n in block.programmes or () if n.name not in skip]
        have = skip | {n.name for n in named}
        launched = [x for x in block.launched if x.name not in have]
        if launched and title is not None and self.ph.head_type(title.name) != "Initiative":
            title = None  # (a title that names no programme, and a block that launches one)
        named += launched
        # (实施重点行业X工程 read twice, as 重点行业X工程 and as 行业X工程: the longer name)
        named = [n for n in named if not any(
            len(m.name) > len(n.name) and m.name.endswith(n.name) and m.start < n.end and
            n.start < m.end for m in named)]
        tail = title_tail_after_de(title, named)
        if tail is not None:  # 设立规模N亿元的X基金: the title's name is the part after 的
            title, named = tail, [n for n in named if n is not tail]
        task = block.task
        if title is None and task is not None and (
                not named or "“" in self.sim[task.start - 1:task.end]):
            title = task  # (培育“X”街区: a quoted name in the title names a programme too)
        return title, named

    def _unit_edges(self, s: int, e: int, title: Ent | None, named: list[Ent]) -> list[Found]:
        """The edges of a units line: each label's units (牵头单位：A；配合单位：B) carry out
        the title's programme; the programmes the text names the leading and the responsible
        units (牵头单位：A；责任单位：B: A and B), not a partner label's
        (``partner_unit_labels``), nor units beside one marked as leading (B（牵头），C)."""
        labels = list(self.rx("responsible_units_label").finditer(self.sim, s, e))
        partner, lead = self.words("partner_unit_labels"), self.words("lead_unit_labels")
        out: list[Found] = []
        for k, lab in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else e
            units = self._units(lab.end(), end)
            partners = self.sim.startswith(partner, lab.start())  # (a partner label)
            marked = [u for u in units if self.sim.startswith(lead, u.end + 1)
                      and self.sim[u.end] in "（("]
            for o in units:
                targets = [title] if title is not None else []
                if not partners and (not marked or o in marked):
                    targets += named
                out += [Found(o, "IMPLEMENTS", t, "implements_project") for t in targets]
        return out

    @functools.cached_property
    def _launch_rx(self) -> re.Pattern[str] | None:
        return launch_regex(self.lex)

    def _units(self, s: int, e: int) -> list[Ent]:
        """The units a label names (牵头单位：A；责任单位：B、C): each recognised organisation,
        and each other item that ends like a body (市委某某办: ``org_suffixes``,
        ``gov_dept_suffixes``); units of no single body (各县人民政府, 有关部门) are left out."""
        out: list[Ent] = []
        for a, b in _parts(self.sim, s, e):
            name = self.sim[a:b].strip()
            while name[-1:] in ("）", ")") and name.count("）") + name.count(")") > \
                    name.count("（") + name.count("("):
                name = name[:-1]  # (…；责任单位：县妇联）: the box's closing bracket)
            if len(name) < 2 or name.startswith(("各", "有关", "相关")):
                continue
            a += len(self.sim[a:b]) - len(self.sim[a:b].lstrip())
            b = a + len(name)
            whole = self.dm.at(a, b)
            if whole is not None and whole.type == "Organization":
                out.append(ent_of(whole))
            elif len(name) <= 20 and re.fullmatch(r"[\u4e00-\u9fff（）()]+", name) and \
                    name.endswith(self.unit_suffixes):
                out.append(Ent(name, "Organization", a, b, "responsible_unit"))
            else:
                out += [ent_of(m) for m in self._mentions(a, b) if m.type == "Organization"]
        return out

    @property
    def unit_suffixes(self) -> tuple[str, ...]:
        return tuple(self.lex.list("org_suffixes")) + tuple(self.lex.list("gov_dept_suffixes")) \
            + tuple(self.lex.list("unit_suffixes"))

    def _task(self, s: int, e: int) -> Ent | None:
        """A numbered task title that opens with an implementing verb (开展X全覆盖 → X全覆盖)."""
        verb = self.impl_verbs.match(self.sim, s, e)
        if verb is None:
            return None
        text = self.sim[verb.end():e].strip()
        name = text.replace("“", "").replace("”", "")
        if not 3 <= len(name) <= 20 or any(c in text for c in "，,；、") or \
                not self.ph.valid_name(name, "Initiative"):
            return None
        m = self.dm.at(verb.end(), e)
        if m is not None and m.type == "Organization":
            return None
        return Ent(name, "Initiative", verb.end(), e, "project_task")

    def _clause_title(self, s: int, e: int) -> Ent | None:
        """A numbered task whose first sentence runs on over commas: the programme that the
        first of its clauses opening with an implementing verb (or ``task_clause_verbs``)
        names (``举办X旅游节，带动Y``); a quoted name with a head of its own counts
        (``开展“X”技能培训``)."""
        extra = self.words("task_clause_verbs")
        lead = self.words("lead_words")
        enabling = tuple(self.lex.cues("IMPLEMENTS", "enabling_verbs"))
        founding = self.words("founding_verbs")
        for a, b in _parts(self.sim, s, e):
            a += len(self.sim[a:b]) - len(self.sim[a:b].lstrip())
            for _ in range(2):  # 加快推进X建设, 积极稳妥实施Y: the verb after its adverbs
                if self.impl_verbs.match(self.sim, a, b) or not self.sim.startswith(lead, a):
                    break
                a += max(len(w) for w in lead if self.sim.startswith(w, a))
            if self.sim.startswith(enabling, a) and not self.impl_verbs.match(self.sim, a, b):
                # 支持区内企业联合B组建X: what the task enables others to found is its programme
                # (not what they take part in: 鼓励企业参与X建设)
                inner = min((k for w in founding if (k := self.sim.find(w, a + 2, b)) >= 0),
                            default=-1)
                a = inner if inner >= 0 else a
            verb = self.impl_verbs.match(self.sim, a, b)
            if verb is None:
                if not self.sim.startswith(extra, a):
                    continue
                a += next(len(w) for w in extra if self.sim.startswith(w, a))
            title = self._title(a, b)
            if title is not None:
                return title
            text = self.sim[verb.end():b].strip() if verb is not None else ""
            name = text.replace("“", "").replace("”", "")
            if text.startswith("“") and not text.endswith("”") and 4 <= len(name) <= 16 and \
                    self.ph.valid_name(name, "Initiative"):
                core = text[1:text.index("”")] if "”" in text else ""
                return Ent(name, "Initiative", verb.end(), b, "project_title",
                           (core,) if len(core) >= 2 else ())
        return None

    def _title(self, s: int, e: int) -> Ent | None:
        verb: object = self.impl_verbs.match(self.sim, s, e)
        if verb is not None and e - verb.end() >= 3:  # 实施X工程 → X工程
            s = verb.end()
        elif (after := self._result_verb_end(s, e)) is not None:
            s, verb = after, after  # 打好X攻坚战, 全面推行X → the programme
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
        if verb is None and m is None and self.ph.head_type(name) != "Initiative" and \
                _reports_result(tokenize(self.sim, s, e)):
            return None  # （二）品牌影响力持续扩大: a summary's heading states a result
        return Ent(name, "Initiative", s, e, "project_title")

    def _result_verb_end(self, s: int, e: int) -> int | None:
        """The end of a title's opening verb that no verb list names: adverbs of ``lead_words``,
        then a one-character verb and its result (``task_title_results``: 打好, 守牢) or a verb
        of ``task_title_verbs`` (全面推行); None when the title opens otherwise or too little
        is left after it."""
        k = s
        leads = self.lex.list("lead_words")
        while (w := next((x for x in leads if len(x) >= 2 and self.sim.startswith(x, k, e)),
                         None)) is not None:
            k += len(w)
        if k + 1 < e and self.sim[k + 1] in self.lex.list("task_title_results") and \
                (word_tag(self.sim[k]) or "")[:1] == "v":
            k += 2
        elif k > s and (v := next((x for x in self.lex.list("task_title_verbs")
                                   if self.sim.startswith(x, k, e)), None)) is not None:
            k += len(v)
        else:
            return None
        return k if e - k >= 3 else None

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
