"""Checks that :class:`.cue_implements.CueImplements` makes around a cue: joint openings,
issued documents, a text's own account, plan blocks and their lead units, what comes after the
clause (an order, a cue, a result) and whether a phrase may act or is reported speech."""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..plans.blocks import block_programme
from ..words.tokens import Tok, tagged_near_start

__all__ = ["ImplementsChecks"]


class ImplementsChecks:
    """Mixin of :class:`.cue_implements.CueImplements` (its word lists are the component's)."""

    def _joint_open(self, toks: list[Tok]) -> bool:
        """A clause that opens with a joint preposition, adverbs, a time or a joining word
        before it (与B共建Y; 并与B共建Y, 还同B合作推出Y, 同年与B共建Y): the partner acts with the
        carried subject."""
        k = 0
        while k < len(toks) - 1 and (toks[k].tag in ("d", "c", "t") or toks[k].text == "并") and \
                toks[k].text not in self.joint_preps:
            k += 1
        return bool(toks) and toks[k].text in self.joint_preps

    def _issued(self, ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """Whether a subjectless clause of a policy text launches the issuer's programme: it
        opens with a verb of ``issuer_launch_verbs`` (adverbs before it), outside a task block."""
        return ctx.state.issuer and not ctx.state.block.is_open and \
            ctx.state.self_org is not None and toks[q].text in self.issuer_launch and \
            all(t.tag in ("d", "ad") for t in toks[:q]) and not self._reported(ctx, toks[0].start)

    def _own_account(self, ctx: SentenceContext, pos: int) -> bool:
        """Whether a subjectless clause at ``pos`` is the company's own act: the document is
        a company's account of itself (its title lines name the company: a report, a letter, a
        speech), outside a plan's task block and reported speech."""
        own = ctx.state.self_org
        line = ctx.sim.rfind("\n", 0, ctx.start) + 1
        line_end = ctx.sim.find("\n", ctx.start)
        if ctx.lex.regex("section_opening").match(ctx.sim, line, ctx.end) and \
                "。" not in ctx.sim[line:line_end if line_end >= 0 else len(ctx.sim)]:
            return False  # (四、确保完成全年各项任务: a heading's task, nothing carried out)
        return own is not None and ctx.dm.speaker == own.name and \
            not ctx.state.issuer and \
            ctx.lex.regex("company_word").search(own.name) is not None and \
            not self._reported(ctx, pos)

    def _block_programmes(self, ctx: SentenceContext, toks: list[Tok], q: int) -> None:
        """A subjectless clause inside a plan's numbered task (…。全面实施“X”三年行动): the
        programmes it sets up are the block's, which the units lines after it carry out."""
        for o in self._objects(ctx, toks, q):
            programme = block_programme(ctx, o, self.block_count)
            if programme is not None:
                ctx.state.block.add(programme)
        project = ctx.state.block.project
        if project is None or project.type != "Initiative":  # (a title naming no programme)
            for f in self._block_facilities(ctx, toks, q):  # 建设X产业园: the units build it
                ctx.state.block.add(f)

    def _lead_units(self, ctx: SentenceContext, toks: list[Tok]) -> list[Ent]:
        """The bodies of a clause 由A(、B)牵头 (a lead verb closes it): they lead what the
        clauses after carry out; [] for any other clause."""
        if len(toks) < 3 or toks[-1].text not in self.lead_verbs:
            return []
        units = self._orgs_between(ctx, toks, 1, len(toks) - 1)
        named = sum(len(a.name) for a in units)
        rest = "".join(t.text for t in toks[1:-1] if t.text not in ("、", "和", "与", "及"))
        return units if units and named == len(rest) else []  # (nothing else in the clause)

    @staticmethod
    def _next_drives(ctx: SentenceContext, cl: tuple[int, int]) -> bool:
        """Whether a later clause of the sentence holds a DRIVES cue (it may continue this one)."""
        return any(c[0] >= cl[1] and ctx.args.has_cue(*c, "DRIVES") for c in ctx.clauses)

    def _order_after(self, ctx: SentenceContext, pos: int) -> bool:
        """The text after ``pos`` (past punctuation) opens with an order (要, 必须 …)."""
        while pos < ctx.end and ctx.sim[pos] in "，,：:；; ":
            pos += 1
        return ctx.sim.startswith(self.orders, pos)

    @staticmethod
    def _cue_after(ctx: SentenceContext, cl: tuple[int, int]) -> bool:
        """Whether a later clause of the sentence holds an IMPLEMENTS cue."""
        return any(c[0] >= cl[1] and ctx.args.has_cue(*c, "IMPLEMENTS") for c in ctx.clauses)

    def _result_next(self, ctx: SentenceContext, cl: tuple[int, int], verb_at: int = -1
                     ) -> bool:
        """The next clause opens with a DRIVES cue said as a result (进一步促进B, 从而带动B; a
        chain verb, 助力B, or a DRIVES verb right at its start when it ends the sentence:
        出台N项举措，促进B: counted measures, unless a task verb comes before the measure's:
        加快落实A，推动B; 实施A，推动B lists two tasks),
        not with a task of its own (加快推动B)."""
        nxt = next((c for c in ctx.clauses if c[0] >= cl[1]), None)
        if nxt is None:
            return False
        i = nxt[0]
        for w in self.result_adverbs:
            if ctx.sim.startswith(w, i):
                i += len(w)
                return ctx.sim.startswith(self.drive_verbs, i)
        return ctx.sim.startswith(self.chain, i) or (
            nxt == ctx.clauses[-1] and ctx.sim.startswith(self.drive_verbs, i)
            and verb_at >= 0 and not any(t.text in ctx.args.light
                                         for t in ctx.tokens((cl[0], verb_at)))
            and self.news_counted.search(ctx.sim, verb_at, cl[1]) is not None)

    def _may_act(self, ctx: SentenceContext, span: tuple[int, int] | None = None) -> bool:
        """Whether the sentence (or the clause ``span``) may name an actor: a recognised
        organisation or place, a character that ends organisation names or parties, a
        self-reference; for a whole sentence also the document's own organisation, or a
        paragraph's."""
        s, e = span if span is not None else (ctx.start, ctx.end)
        if span is None and (ctx.state.context or ctx.state.self_org is not None):
            return True
        if any(m.type in ("Organization", "Place") for m in ctx.dm.between(s, e)):
            return True
        if span is not None and any(ctx.sim.find(w, s, e) >= 0 for w in ctx.args.self_names):
            return True
        if self.actor_chars.search(ctx.sim, s, e) is not None or \
                self.parties.search(ctx.sim, s, e) is not None:  # 我国, 国家
            return True
        # a place or body (ns, nt) of the segmenter's dictionary near the start
        if span is not None:
            return tagged_near_start(ctx.sim[s:min(s + 14, e)], ("ns", "nt"), 6, 9)
        for c in ctx.clauses:  # 湖州推出X: a place right before a clause's implementing verb
            if ctx.args.has_cue(*c, "IMPLEMENTS") and tagged_near_start(
                    ctx.sim[c[0]:min(c[0] + 8, c[1])], ("ns", "nt"), 4, 6):
                return True
        return False

    def _reported(self, ctx: SentenceContext, pos: int) -> bool:
        """The sentence reports speech before ``pos`` (X表示，要…), or opens with an order
        (要守住X，落实Y): its orders are nobody's act."""
        return any(ctx.args.has_word(w, ctx.start, pos) for w in ctx.args.speech) or \
            self._order_after(ctx, ctx.start)
