"""Responsible units in plans: a numbered task whose paragraph ends with
``（责任单位：A，B、C）`` is implemented by each named unit (``responsibility_markers`` in the
language data). The task is the paragraph's heading sentence without its opening verb
(推进X建设 → X建设, the full heading stays an alias). Units that name no single body
(各市人民政府: ``各…``) are left out.

A box of units and their roles (``（A牵头，B、C按职责分工负责）``, ``（A、B负责）``:
``responsibility_roles``) reads the same when every part of it closes with a role and each unit
is a recognised organisation or ends like a body (``org_suffixes``, ``gov_dept_suffixes``,
``unit_suffixes``); the task's opening verb may also be one of ``task_title_verbs``.

A closing sentence that hands the task's work to units (``此项工作由A、B按职责分工组织实施``:
``task_work_references``, then 由, the units, a manner of ``task_work_manners`` and a word of
``postposed_lead_verbs``) reads as such a box too.

A task whose title names no programme (``8.整治X秩序。`` — no initiative head) is carried out
through the programmes its paragraph launches (``开展“Y”专项行动``: a clause opening with a word
of ``task_body_launch_verbs`` whose object ends with an initiative head): the units implement
those; a paragraph that launches none is carried out through the programmes the document names
in it (its initiative mentions: a quoted product, a fund, a named mechanism), and one that names
none keeps the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import Lexicon
from ...reading.sentences import Sentence
from ..arguments.finder import ArgumentFinder
from ..arguments.phrases import Ent
from ..mentions.mention_types import ent_of
from ..plans.launched import launch_regex, launched_by_head_words
from ..rules.common import Found

__all__ = ["ResponsibleUnits"]



class ResponsibleUnits:
    name = "responsible_units"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        self._item_number = lex.regex("item_number")
        markers = lex.cues("IMPLEMENTS", "responsibility_markers")
        self.box = re.compile(r"[（(](?:" + "|".join(map(re.escape, markers)) +
                              r")[：:]([^（）()]{2,200})[)）]") if markers else None
        self.roles = lex.regex("responsibility_roles")
        self.role_box = re.compile(r"[（(]([^（）()]{2,200}?)[)）]")
        self.title_verbs = frozenset(lex.list("task_title_verbs"))
        self.results = frozenset(lex.list("task_title_results"))
        self.topic_heads = lex.words("task_topic_heads")
        works = lex.list("task_work_references")
        leads = sorted(lex.list("postposed_lead_verbs"), key=len, reverse=True)
        self.work = re.compile(
            r"(?<=[。；;])(?:" + "|".join(map(re.escape, works)) + r")由([^，。；,;]{2,120}?)"
            r"(?:" + "|".join(map(re.escape, lex.list("task_work_manners"))) + r")?"
            r"(?:" + "|".join(map(re.escape, leads)) + r")(?=[，。；,;])"
        ) if works and leads else None
        self.joins = re.compile(r"和|及|与")
        self.launch = launch_regex(lex)
        self.suffixes = tuple(lex.list("org_suffixes")) + tuple(lex.list("gov_dept_suffixes")) \
            + tuple(lex.list("unit_suffixes"))

    def __call__(self, sents: Sequence[Sentence], sim: str, args: ArgumentFinder
                 ) -> list[tuple[Found, int]]:
        out: list[tuple[Found, int]] = []
        first_of_para: dict[int, int] = {}
        for k, st in enumerate(sents):
            first_of_para.setdefault(st.paragraph, k)
        for k, st in enumerate(sents):
            boxes = [self._units(m) for m in self.box.finditer(sim, st.start, st.end)] \
                if self.box is not None else []
            if self.work is not None:  # 此项工作由A、B按职责分工组织实施
                boxes += [units for m in self.work.finditer(sim, st.start, st.end)
                          if (units := self._work_units(sim, m, args))]
            if "）" in sim[st.start:st.end] or ")" in sim[st.start:st.end]:
                boxes += [units for m in self.role_box.finditer(sim, st.start, st.end)
                          if (units := self._role_units(m, args))]
            for units in boxes:
                head = sents[first_of_para[st.paragraph]]
                task = self._task(sim, head, args)
                if task is None:
                    continue
                tasks = [task]
                if not task.name.endswith(args.init_heads):
                    tasks = launched_by_head_words(self.launch, sim, task.end, st.end, args,
                                                   "responsible_units") or (
                        self._named_in_body(task.end, st.end, args)
                        if task.name.endswith(self.topic_heads) else []) or tasks
                for name, s, e in units:
                    org = Ent(args.organisation(s, e) or name, "Organization", s, e,
                              "responsible_unit")
                    out.extend((Found(org, "IMPLEMENTS", t, "responsible_units"), k)
                               for t in tasks)
        return out

    @staticmethod
    def _named_in_body(s: int, e: int, args: ArgumentFinder) -> list[Ent]:
        """The programmes the document names in a task's body (a quoted name, a fund, a
        mechanism it recognises as an initiative): a task titled by a topic (做好要素保障) is
        carried out through them."""
        dm = args.dm
        seen: set[str] = set()
        out = []
        for m in [*dm.between(s, e), *(x for x in dm.held if s <= x.start and x.end <= e)]:
            if m.type == "Initiative" and not m.weak and m.name not in seen:
                seen.add(m.name)
                out.append(ent_of(m))
        return out

    def _role_units(self, m: re.Match[str], args: ArgumentFinder
                    ) -> list[tuple[str, int, int]]:
        """（A牵头，B、C配合）: the units of a box whose every part closes with a role; nothing
        when a part has no role or a unit is no body."""
        out: list[tuple[str, int, int]] = []
        pos = m.start(1)
        for part in re.split(r"([，,；;])", m.group(1)):
            if part in ("，", ",", "；", ";"):
                pos += 1
                continue
            role = self.roles.search(part)
            if role is None or role.start() < 2:
                return []
            q = pos
            for name in re.split(r"(、)", part[:role.start()]):
                if name == "、":
                    q += 1
                    continue
                if not name.startswith(("各", "有关", "相关")):
                    if args.organisation(q, q + len(name)) is None and not (
                            2 <= len(name) <= 20 and name.endswith(self.suffixes)):
                        return []
                    out.append((name, q, q + len(name)))
                q += len(name)
            pos += len(part)
        return out

    def _work_units(self, sim: str, m: re.Match[str], args: ArgumentFinder
                    ) -> list[tuple[str, int, int]]:
        """The bodies of ``此项工作由A、B…组织实施``: every part between joins a body (a
        recognised organisation, or a name that ends like one); none when any part is not."""
        out: list[tuple[str, int, int]] = []
        pos = m.start(1)
        for part in m.group(1).split("、"):
            pieces = [part] if self._body(part, pos, args) else self.joins.split(part)
            for piece in pieces:  # (甲和乙: two bodies, unless 甲和乙 names one: X和Y厅)
                if not self._body(piece, pos, args):
                    return []
                out.append((piece, pos, pos + len(piece)))
                pos += len(piece) + 1
        return out

    def _body(self, name: str, pos: int, args: ArgumentFinder) -> bool:
        return bool(args.organisation(pos, pos + len(name))) or (
            2 <= len(name) <= 20 and name.endswith(self.suffixes))

    def _units(self, m: re.Match[str]) -> list[tuple[str, int, int]]:
        out = []
        pos = m.start(1)
        for part in re.split(r"([，,、；;])", m.group(1)):
            if part and part not in "，,、；;":
                name = part.strip()
                if len(name) >= 2 and not name.startswith(("各", "有关", "相关")):
                    out.append((name, pos, pos + len(part)))
            pos += len(part)
        return out

    def _opening_verb(self, toks: list, i: int, args: ArgumentFinder) -> int:
        """How many words at ``i`` make a verb that opens a task title: a listed verb (1), a
        one-character verb and its result (打好, 打+好: 1 or 2), a lead word run together with a
        listed verb (全面推行 as one word: 1); 0 when none."""
        t = toks[i].text
        if t in self.title_verbs or t in args.light:
            return 1
        if len(t) == 2 and t[1] in self.results and toks[i].tag.startswith("v"):
            return 1
        if len(t) == 1 and toks[i].tag.startswith("v") and i + 1 < len(toks) - 1 \
                and toks[i + 1].text in self.results:
            return 2
        if any(t.endswith(v) and t[:-len(v)] in args.lead for v in self.title_verbs | args.light
               if len(v) < len(t)):
            return 1
        return 0

    def _title_verbs_end(self, toks: list, args: ArgumentFinder) -> int:
        """The first word of a task title after its opening adverbs and verbs (持续打好X,
        深入推进X建设 → X…). Adverbs count only before the first verb, so a conjunction after it
        stays (实施和美乡村建设行动 keeps 和美…)."""
        i = 0
        verb = False
        while i < len(toks) - 1:
            n = self._opening_verb(toks, i, args)
            if n:
                verb = True
                i += n
            elif not verb and toks[i].text in args.lead:
                i += 1
            else:
                break
        return min(i, max(len(toks) - 1, 0))

    def _task(self, sim: str, head: Sentence, args: ArgumentFinder) -> Ent | None:
        text = sim[head.start:head.end]
        num = self._item_number.match(text)
        if not num or num.end() == 0:
            return None
        s = head.start + num.end()
        e = head.end
        comma = sim.find("，", s, e)
        if comma > s:
            e = comma  # 1.实施X行动，引导Y…: the task's name is its first clause
        while e > s and sim[e - 1] in "。；;：:，, ":
            e -= 1
        if e - s < 3 or e - s > 40:
            return None
        toks = args.tokens(s, e)
        i = self._title_verbs_end(toks, args)
        name_start = toks[i].start if toks else s
        ent = args.entity(name_start, e, "responsible_units", hint="Initiative",
                          extra_aliases=(sim[s:e],) if name_start > s else ())
        if ent is None:
            return None
        return Ent(ent.name, "Initiative", ent.start, ent.end, ent.rule, ent.aliases)
