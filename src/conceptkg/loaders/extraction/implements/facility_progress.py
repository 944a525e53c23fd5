"""A company's projects reported by their progress (IMPLEMENTS), as its own account words them:
``甲乙风光基地二期工程实现并网，丙丁海上风电项目于5月开工建设`` — in a report, letter or
speech by a company (its title lines name it), a facility or project name (a facility mention,
or an initiative mention ending with a project head: ``IMPLEMENTS.project_heads``) that opens a
clause (after a 的-phrase that names no body: ``在近岸开发的X``, ``位于甲县的Y``) and whose
clause ends with a completion predicate (``IMPLEMENTS.completion_predicates``: 并网, 开工, 投产
…; at most a word after it) is a project of the body the paragraph is about, else of the
company. A body named in the clause before the thing, a 的-phrase with a verb of building and
no place (``甲三局建设的X``: a builder the text does not know), reported speech, and texts that
no company signs give nothing.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.anchored import any_word
from ..mentions.mention_types import Ent, Mention
from ..rules.common import Found

__all__ = ["FacilityProgress"]

#: how far into its clause a thing may start (after lead words and a 的-phrase)
_LEAD = 24
#: how many characters may follow the completion predicate in its clause (开工建设, 竣工验收)
_TAIL = 3


class FacilityProgress:
    """Reads a sentence's projects reported by their progress (see the module)."""

    name = "facility_progress"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        self.predicates = tuple(lex.cues("IMPLEMENTS", "completion_predicates"))
        self.heads = tuple(lex.cues("IMPLEMENTS", "project_heads"))
        self.speech = tuple(w for w in lex.list("speech_verbs") if len(w) >= 2)
        self._any_speech = any_word(self.speech)
        self.company = lex.regex("company_word")
        self.place_words = ("在", "位于", "于")

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        own = ctx.state.self_org
        if own is None or ctx.dm.speaker != own.name or not self.company.search(own.name) \
                or ctx.state.issuer or not self.predicates:
            return []
        if self._any_speech.search(ctx.sim, ctx.start, ctx.end):
            return []  # (X表示，…: reported speech)
        actor = ctx.state.context[0] if ctx.state.context else own
        out: list[Found] = []
        for cs, ce in ctx.clauses:
            thing = self._thing(ctx, cs, ce)
            if thing is None:
                continue
            if not any(0 <= (k := ctx.sim.rfind(p, thing.end, ce)) and ce - k - len(p) <= _TAIL
                       for p in self.predicates):
                continue  # (the predicate closes the clause: not 基地建成X, nor 发电量…)
            target = Ent(thing.name, "Initiative", thing.start, thing.end, thing.rule,
                         thing.aliases)
            if ctx.claim("IMPLEMENTS", actor, target):
                out.append(Found(actor, "IMPLEMENTS", target, self.name))
        return out

    def _thing(self, ctx: SentenceContext, cs: int, ce: int) -> Mention | None:
        """The facility or project that opens the clause (see the module), else None."""
        limit = min(ce, cs + _LEAD)
        cands = [m for m in ctx.dm.facilities_between(cs, ce) if m.start < limit] + \
            [m for m in ctx.dm.between(cs, ce) if m.start < limit and m.type == "Initiative"
             and m.name.endswith(self.heads)]
        if not cands:
            return None
        m = min(cands, key=lambda x: (x.start, -x.end))
        before = ctx.sim[cs:m.start]
        if any(b.type == "Organization" and b.end <= m.start
               for b in ctx.dm.between(cs, m.start)):
            return None  # (甲公司建成的X投产: the body named acts, read by other rules)
        if before and not (before.endswith("的") or len(before) <= 4):
            return None  # (a clause of its own before the thing: no subject)
        if before.endswith("的") and not before.startswith(self.place_words) and \
                ctx.args.has_cue(cs, m.start, "IMPLEMENTS"):
            return None  # (甲三局建设的X通过验收: a builder the text does not know)
        return m
