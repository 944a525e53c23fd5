"""A body's commitment to its own named programme (IMPLEMENTS), as company statements word it:

- ``集团坚持“甲乙”双轮驱动战略``, ``公司将围绕“丙丁”发展战略推进…``: a quoted programme (an
  Initiative mention that opens with a quotation mark) right after a word of
  ``commitment_verbs``;
- ``我们以“戊己”专项行动为抓手，…``: a quoted programme framed as ``以…为`` + a word of
  ``commitment_roles``.

The actor is the nearest organisation (or the document's own body, for a bare ``集团``/``公司``
or a pronoun that speaks for the writer) named before the programme in its clause, else in an
earlier clause of the sentence (when only adverbs stand before the frame in its own); a
sentence that opens with the frame (dates and adverbs at most before it) is the paragraph's
body's, or the speaking body's in a report or letter. An unquoted programme, or a frame with
no such body, gives nothing.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent, Mention, ent_of
from ..rules.common import Found

__all__ = ["Commitments"]

_OPEN_QUOTES = "“「\""


class Commitments:
    """Reads a sentence's commitments (see the module)."""

    name = "commitment"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        self.verbs = tuple(lex.list("commitment_verbs"))
        self.roles = tuple("为" + w for w in lex.list("commitment_roles"))
        self.pronouns = tuple(lex.list("first_person_pronouns"))
        self.speech = tuple(lex.list("speech_verbs"))
        self.adverbs = tuple(sorted(lex.cues("IMPLEMENTS", "gap_words"), key=len, reverse=True))
        self.date_ends = lex.charset("date_clause_end_chars")

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not self.verbs and not self.roles:
            return out
        sim = ctx.sim
        for m in ctx.dm.between(ctx.start, ctx.end):
            if m.type != "Initiative" or sim[m.start] not in _OPEN_QUOTES:
                continue
            at = self._frame(sim, m, ctx.start)
            if at < 0:
                continue
            actor = self._actor(ctx, at)
            if actor is not None:
                target = ent_of(m)
                if ctx.claim("IMPLEMENTS", actor, target):
                    out.append(Found(actor, "IMPLEMENTS", target, "commitment"))
        return out

    def _frame(self, sim: str, m: Mention, ss: int) -> int:
        """Where the frame word before ``m`` starts, or -1 when none frames it."""
        for w in self.verbs:
            if m.start - len(w) >= ss and sim.startswith(w, m.start - len(w)):
                return m.start - len(w)
        if m.start > ss and sim[m.start - 1] == "以" and sim.startswith(self.roles, m.end):
            return m.start - 1
        return -1

    def _actor(self, ctx: SentenceContext, at: int) -> Ent | None:
        if any(ctx.sim.find(w, ctx.start, at) >= 0 for w in self.speech):
            # 乙公司负责人表示，坚持“Y”: a body named (or 我们) in the reported speech, never the
            # report's own body by default
            return self._named(ctx, ctx.start, at)
        clauses = [c for c in ctx.clauses if c[0] <= at] or [(ctx.start, ctx.end)]
        found = self._named(ctx, clauses[-1][0], at)
        if found is not None:
            return found
        if not self._bare(ctx.sim, clauses[-1][0], at):
            return None  # (与会嘉宾围绕“Y”…: a subject of its own, not a body)
        for c0, c1 in reversed(clauses[:-1]):  # 面对X，坚持“Y”战略: the sentence's subject
            found = self._named(ctx, c0, c1)
            if found is not None:
                return found
        if any(not self._dated(ctx.sim, *c) for c in clauses[:-1]):
            return None  # (a clause with its own words before the frame: no subject known)
        if ctx.state.context:
            return ctx.state.context[0]
        return ctx.state.self_org if ctx.dm.speaker else None

    def _bare(self, sim: str, s: int, e: int) -> bool:
        """Whether only adverbs of ``gap_words`` (将, 持续, 全面 …) stand in sim[s:e]."""
        while s < e:
            w = next((w for w in self.adverbs if sim.startswith(w, s)), None)
            if w is None:
                return False
            s += len(w)
        return True

    def _named(self, ctx: SentenceContext, s: int, e: int) -> Ent | None:
        orgs = [m for m in ctx.dm.between(s, e) if m.type == "Organization" and not m.weak]
        if orgs:
            return ent_of(orgs[-1])
        if ctx.state.self_org is not None and any(ctx.sim.find(w, s, e) >= 0
                                                  for w in self.pronouns):
            return ctx.state.self_org
        return None

    def _dated(self, sim: str, s: int, e: int) -> bool:
        """A clause that is only a date or period (2032年, 今年以来: ``date_clause_end_chars``)."""
        text = sim[s:e].strip()
        return bool(text) and len(text) <= 8 and text[-1] in self.date_ends
