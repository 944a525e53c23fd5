"""Units named after the work they carry out: a sentence of a plan or measures that closes with
``由A(会同B)负责`` (``实施“X”工程，建设Y，由甲厅负责。``, ``建设Z平台，…，由甲局会同乙局组织
实施。``) gives the work of its earlier clauses to A (and B): they are the sentence's actors,
not the body an earlier sentence named.

The closing clause opens with 由, ends with a word of ``postposed_lead_verbs`` (负责, 组织实施
…) and holds nothing but bodies and the words that join them (、, 和, 会同, 联合 …:
``postposed_lead_joins``); a clause with anything else (由A负责对X进行评估, 由各地负责) names
no units.

The clause may also stand in the middle of the sentence (``深入实施“X”计划，由甲部牵头，年内培养
N名Y``): its units carry out the work of the clauses before it. A body whose own name opens
with a word that refers to the document's group (``由集团甲部负责``) is that unit, not the group.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ..arguments.finder import ArgumentFinder
from ..arguments.phrases import Ent
from ..discourse.context import clause_spans

__all__ = ["PostposedLeads"]


class PostposedLeads:
    """Finds the units of a sentence's closing 由…负责 clause (see the module)."""

    def __init__(self, lex: Lexicon) -> None:
        verbs = sorted(lex.list("postposed_lead_verbs"), key=len, reverse=True)
        joins = sorted(lex.list("postposed_lead_joins"), key=len, reverse=True)
        self.verbs = tuple(verbs)
        self.joins = re.compile("|".join(map(re.escape, joins))) if joins else None
        self.kin = tuple(sorted(lex.list("subsidiary_qualifiers"), key=len, reverse=True))

    def units(self, sim: str, ss: int, se: int, args: ArgumentFinder) -> list[Ent]:
        """The bodies of the first 由…负责 clause of sim[ss:se] after its first clause; []
        when there is none."""
        return self.lead_clause(sim, ss, se, args)[1]

    def lead_clause(self, sim: str, ss: int, se: int, args: ArgumentFinder
                    ) -> tuple[int, list[Ent]]:
        """(index among the sentence's clauses, bodies) of its first 由…负责 clause after the
        first clause: the closing one, or one in the middle (开展X，由甲局牵头，年内完成Y —
        the units carry out the work of the clauses before it); (-1, []) when there is none."""
        if not self.verbs or self.joins is None or sim.find("由", ss, se) < 0:
            return -1, []
        clauses = clause_spans(sim, ss, se)
        for k in range(1, len(clauses)):
            cs, ce = clauses[k]
            while ce > cs and sim[ce - 1] in "。；;！! ":
                ce -= 1
            if not sim.startswith("由", cs):
                continue
            verb = next((w for w in self.verbs if sim.endswith(w, cs, ce)), None)
            if verb is None:
                continue
            bodies = self._bodies(sim, cs + 1, ce - len(verb), args)
            if bodies:
                return k, bodies
        return -1, []

    def _bodies(self, sim: str, pos: int, end: int, args: ArgumentFinder) -> list[Ent]:
        """The bodies sim[pos:end] names, joined by ``postposed_lead_joins``; [] when anything
        else stands there."""
        assert self.joins is not None
        out: list[Ent] = []
        while pos < end:
            kin = next((w for w in self.kin if sim.startswith(w, pos)), "")
            if kin and end - pos - len(kin) >= 2:
                pos += len(kin)  # (由控股子公司A负责实施: A)
            known = max((m for m in args.dm.between(pos, end) if m.start == pos and
                         m.type == "Organization" and not m.weak), key=lambda m: m.end,
                        default=None)
            j = self.joins.search(sim, pos, end)
            b = j.start() if j is not None else end
            if known is not None and known.end < b and b - pos >= 2 and \
                    (name := args.organisation(pos, b)) is not None:
                out.append(Ent(name, "Organization", pos, b, "postposed_lead"))
                pos = b
            elif known is not None:
                out.append(Ent(known.name, "Organization", pos, known.end, "postposed_lead"))
                pos = known.end
            else:
                name = args.organisation(pos, b) if b - pos >= 2 else None
                if name is None:
                    return []  # (由A负责对X进行评估: not a clause of units alone)
                out.append(Ent(name, "Organization", pos, b, "postposed_lead"))
                pos = b
            if pos < end:
                j = self.joins.match(sim, pos, end)
                if j is None:
                    return []
                pos = j.end()
        return out
