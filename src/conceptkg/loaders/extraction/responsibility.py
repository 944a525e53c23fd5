"""Responsible units in plans: a numbered task whose paragraph ends with
``（责任单位：A，B、C）`` is implemented by each named unit (``responsibility_markers`` in the
language data). The task is the paragraph's heading sentence without its opening verb
(推进X建设 → X建设, the full heading stays an alias). Units that name no single body
(各市人民政府: ``各…``) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import Lexicon
from ..reading.sentences import Sentence
from .arguments import ArgumentFinder
from .phrases import Ent
from .rules.common import Found

__all__ = ["ResponsibleUnits"]



class ResponsibleUnits:
    name = "responsible_units"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        self._item_number = lex.regex("item_number")
        markers = lex.cues("IMPLEMENTS", "responsibility_markers")
        self.box = re.compile(r"[（(](?:" + "|".join(map(re.escape, markers)) +
                              r")[：:]([^（）()]{2,200})[)）]") if markers else None

    def __call__(self, sents: Sequence[Sentence], sim: str, args: ArgumentFinder
                 ) -> list[tuple[Found, int]]:
        if self.box is None:
            return []
        out: list[tuple[Found, int]] = []
        first_of_para: dict[int, int] = {}
        for k, st in enumerate(sents):
            first_of_para.setdefault(st.paragraph, k)
        for k, st in enumerate(sents):
            for m in self.box.finditer(sim, st.start, st.end):
                head = sents[first_of_para[st.paragraph]]
                task = self._task(sim, head, args)
                if task is None:
                    continue
                for name, s, e in self._units(m):
                    org = Ent(args.organisation(s, e) or name, "Organization", s, e,
                              "responsible_unit")
                    out.append((Found(org, "IMPLEMENTS", task, "responsible_units"), k))
        return out

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

    def _task(self, sim: str, head: Sentence, args: ArgumentFinder) -> Ent | None:
        text = sim[head.start:head.end]
        num = self._item_number.match(text)
        if not num or num.end() == 0:
            return None
        s = head.start + num.end()
        e = head.end
        while e > s and sim[e - 1] in "。；;：:，, ":
            e -= 1
        if e - s < 3 or e - s > 40:
            return None
        toks = args.tokens(s, e)
        i = 0
        while i < len(toks) - 1 and (toks[i].text in args.light or toks[i].text in args.lead):
            i += 1
        name_start = toks[i].start if toks else s
        ent = args.entity(name_start, e, "responsible_units", hint="Initiative",
                          extra_aliases=(sim[s:e],) if name_start > s else ())
        if ent is None:
            return None
        return Ent(ent.name, "Initiative", ent.start, ent.end, ent.rule, ent.aliases)
