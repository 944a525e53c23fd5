"""Relative clauses of building for :class:`.cue_implements.CueImplements`:
``A牵头建设的X``, ``由A自主开发的X``, ``A与B联合开发的X`` — the bodies right before a verb of
building or running (``IMPLEMENTS.builder_verbs``; words of manner between them and the verb:
``IMPLEMENTS.builder_manners``) that closes a relative clause carry out what it qualifies.
A mixin of methods only, like :mod:`.cue_actors`.
"""

from __future__ import annotations

from ...zh import shipped
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["ImplementsBuilt"]

#: words joining two bodies of one relative clause (A与B联合开发的X)
_JOINERS = shipped().wordset("body_joins")
_OPEN_QUOTES = frozenset(("“", "「", "『"))
_CLOSE_QUOTES = frozenset(("”", "」", "』"))


class ImplementsBuilt:
    """The relative-clause method of :class:`.cue_implements.CueImplements`."""

    def _built_by(self, ctx: SentenceContext, toks: list[Tok], out: list[Found],
                  subject: list[Ent]) -> None:
        for k in range(len(toks) - 2):
            if toks[k].text not in self.builders or toks[k + 1].text != "的":
                continue
            j = self._builder_start(ctx, toks, k)
            actors = self._bodies_ending(ctx, toks, j, subject) if j > 0 else []
            if not actors and j > 2 and toks[j - 1].tag in ("n", "nr", "j") and \
                    toks[j - 2].tag in ("q", "m"):  # A与两所高校共建的X: A, not the group
                g = next((i for i in range(j - 2, max(0, j - 6), -1)
                          if toks[i - 1].text in _JOINERS and toks[i - 1].text != "、"), 0)
                actors = self._bodies_ending(ctx, toks, g - 1, subject) if g > 1 else []
            if not actors and j > 0 and self._names_self(ctx, toks[j - 1]) and \
                    all(t.text == "由" or t.tag in ("d", "c") for t in toks[:j - 1]):
                actors = [ctx.state.self_org]  # (由)我们承建的X, 公司牵头承担的X
            if not actors and ctx.sim.startswith(self.own_manners, toks[j].start):
                actors = self._own_maker(ctx, toks, j, subject)
            if not actors:
                continue
            item = ctx.args._item(toks, k + 2, len(toks), frozenset())
            if item is None:
                continue
            words = ctx.tokens(item[:2])
            close = next((i for i, w in enumerate(words) if i and w.text in _CLOSE_QUOTES
                          and i + 1 < len(words) and words[i + 1].tag[:1] == "v"), None)
            if words[0].text in _OPEN_QUOTES and close is not None and ctx.sim[
                    words[0].end:words[close].start].endswith(ctx.args.init_heads2):
                words = words[:close + 1]  # A共建的“X中心”获批Y: the name ends at its quote
            if words[0].tag == "m" and ctx.sim[words[0].start:words[0].start + 1] in "一每":
                # “X”是A推出的一款Y: a counted kind classifies the subject, which A made
                subject_of = self._copula_subject(ctx, toks, min(a.start for a in actors))
                if subject_of is not None:
                    self._emit(ctx, actors, [subject_of], "cue_implements_built", out)
                continue
            named = self._named_after_kind(ctx, words)
            if named is not None:  # A承担的市科技专项“X”: X names the project
                self._emit(ctx, actors, [named], "cue_implements_built", out)
                continue
            cut = next((i for i, w in enumerate(words) if i and (
                w.tag in ("t", "d") or ctx.args.is_time(w) or w.text in ctx.args.copulas)),
                len(words))
            words = words[:cut]  # A建设的X年底投产, …X作为试点: the predicate is no part of X
            cut = next((i for i in range(1, len(words)) if ctx.sim[
                words[0].start:words[i - 1].end].endswith(ctx.args.init_heads2) and
                words[-1].text.endswith(self.events)), len(words))
            words = words[:cut]  # A建设的X基地全面投产, …电站首台机组并网: X ends at its head
            while len(words) > 1 and words[-1].tag in ("v", "vn", "m") and \
                    ctx.sim[words[0].start:words[-2].end].endswith(ctx.args.init_heads):
                words = words[:-1]  # (X项目投产; not X专题展览, a verb that ends a name)
            end = words[-1].end
            for f in ctx.dm.facilities_between(item[0], toks[-1].end):
                if f.start == item[0]:  # A建设的X电站全容量并网: the thing ends at its head
                    end = f.end
                    break
            whole = self._name_to_predicate(ctx, toks, k + 2)
            if whole is not None and toks[k + 2].start == item[0] and whole > end:
                end = whole  # A实施的X和Y改造项目已完成…: the name runs to the predicate
            ent = ctx.args.entity(item[0], end, "cue_implements_built", hint="Initiative")
            ent = self._founded(ctx, toks[k].text, ent)
            if ent is not None and ent.type == "Initiative" and (
                    ent.rule == "founded_org" or not ctx.args.organisation(ent.start, ent.end)) \
                    and \
                    not ent.name.endswith(ctx.lex.words("non_initiative_tails")):
                # (X建设的关键, A发布的报告: an aspect or a text, no programme)
                self._emit(ctx, actors, [ent], "cue_implements_built", out)

    def _founded(self, ctx: SentenceContext, verb: str, ent: Ent | None) -> Ent | None:
        """A与B共建的X研究院: an institution a founding verb (``founding_verbs``) sets up is
        the founders' initiative, though its name ends like a body's (not a company's or an
        authority's: ``founded_body_endings`` keep theirs)."""
        if ent is None or ent.type not in ("Organization", "Initiative") or \
                verb not in ctx.lex.words("founding_verbs") or \
                ent.name.endswith(ctx.lex.words("founded_body_endings")):
            return ent
        return Ent(ent.name, "Initiative", ent.start, ent.end, "founded_org", ent.aliases)

    def _name_to_predicate(self, ctx: SentenceContext, toks: list[Tok], a: int) -> int | None:
        """Where the name of the thing a relative clause qualifies ends when it runs on to its
        predicate (A实施的X和Y改造项目已完成招标, A承建的X电站项目顺利并网): the words from
        ``a`` up to the first adverb, time word, preposition, mark, copula, completion
        predicate after an initiative head (X电站项目并网; not 余热发电和Y项目) or word of
        ``IMPLEMENTS.built_predicate_words``, closed brackets kept (X（CCUS）示范项目); the end
        of its last word when that closes with an initiative head
        (``initiative_heads``), else None."""
        stops = self.built_predicates
        e = a
        depth = 0
        while e < len(toks):
            t = toks[e]
            if t.text in ("（", "("):
                depth += 1
            elif t.text in ("）", ")"):
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (t.tag in ("d", "ad", "t", "p", "x", "uj", "r") or
                                 t.text in stops or t.text in ctx.args.copulas or
                                 ctx.args.is_time(t) or (t.text.endswith(self.events) and
                                 ctx.sim[toks[a].start:t.start].endswith(ctx.args.init_heads2))):
                break
            e += 1
        if depth or e <= a + 1 or toks[e - 1].end - toks[a].start > 30:
            return None
        last = toks[e - 1]
        if last.tag[:1] == "v" or not ctx.sim[toks[a].start:last.end].endswith(
                ctx.args.init_heads2):
            return None
        return last.end

    def _builder_start(self, ctx: SentenceContext, toks: list[Tok], k: int) -> int:
        """Where the words before the builder verb at ``k`` that belong to it start: words of
        manner (牵头, 联合), an amount after 投资 (投资6亿元建设的X) and a phrase of place
        (在甲开发区投运的X: ``IMPLEMENTS.place_preps`` up to the verb, no mark inside)."""
        j = k
        while j > 0 and (toks[j - 1].text in self.builder_manners or (
                toks[j - 1].tag in ("m", "q") and j > 1 and any(
                    toks[i].text in self.builder_manners for i in range(max(0, j - 4), j)))):
            j -= 1
        at = next((i for i in range(j - 1, max(0, j - 8), -1)
                   if toks[i].text in self.place_preps), None)
        if at is not None and at > 0 and all(t.tag != "x" and t.text not in self.builders
                                             for t in toks[at + 1:j]):
            j = at
            while j > 0 and toks[j - 1].text in self.builder_manners:
                j -= 1
        return j

    @staticmethod
    def _names_self(ctx: SentenceContext, tok: Tok) -> bool:
        """Whether ``tok`` is a word by which the document's own organisation names itself
        (我们, 公司, 本行): only where the document has one."""
        if ctx.state.self_org is None:
            return False
        if tok.text in ctx.args.self_names or tok.text in ctx.lex.list("first_person_pronouns"):
            return True
        m = ctx.dm.at(tok.start, tok.end)
        return m is not None and m.rule == "org_self"

    @staticmethod
    def _copula_subject(ctx: SentenceContext, toks: list[Tok], before: int) -> Ent | None:
        """The named thing that opens the clause before ``是`` right before ``before``
        (“X”是A推出的一款Y): an initiative or quoted name of the document's mentions."""
        k = next((i for i, t in enumerate(toks) if t.end == before), None)
        if k is None or toks[k].text != "是" or k == 0:
            return None
        s, e = toks[0].start, toks[k - 1].end
        m = next((x for x in [*ctx.dm.between(s, e), *ctx.dm.quoted]
                  if x.start <= s + 1 and e - 1 <= x.end <= e), None)
        if m is None or m.type not in ("", "Initiative"):
            return None
        return Ent(m.name, "Initiative", m.start, m.end, m.rule, m.aliases)

    @staticmethod
    def _named_after_kind(ctx: SentenceContext, words: list[Tok]) -> Ent | None:
        """A quoted name that closes a thing's words after a kind of programme (省重点研发
        项目“X”, 国家专项“Y”): the name, an initiative of the document's mentions."""
        if len(words) < 4 or words[-1].text not in _CLOSE_QUOTES or \
                words[0].text in _OPEN_QUOTES:
            return None
        s, e = words[0].start, words[-1].end
        m = next((x for x in [*ctx.dm.between(s, e), *ctx.dm.quoted] if x.rule == "quoted_name"
                  and s < x.start and e - 1 <= x.end <= e), None)
        if m is None or m.type not in ("", "Initiative"):
            return None  # (a quoted concept or body: 承担的课题“X”理论 is no project's name)
        if not ctx.sim[s:m.start].rstrip("“「『").endswith(ctx.args.init_heads):
            return None
        return Ent(m.name, "Initiative", m.start, m.end, "quoted_name", m.aliases)

    def _own_maker(self, ctx: SentenceContext, toks: list[Tok], j: int,
                   subject: list[Ent]) -> list[Ent]:
        """Who made a thing ``自主研发的X`` with no body named right before: the company a
        word for itself names (我们, 公司), else the clause's or the sentence's subject, else
        the paragraph's or the document's own organisation; nobody after a noun (a place, a
        thing: 甲市自主研发的X) or in reported speech."""
        prev = toks[j - 1] if j > 0 else None
        if prev is not None and prev.text in ctx.args.self_names:
            return [ctx.state.self_org] if ctx.state.self_org is not None else []
        if (prev is not None and (prev.noun or prev.tag in ("m", "q", "r", "p"))) or \
                self._reported(ctx, toks[j].start):
            return []
        if subject:
            return subject
        if ctx.state.context:
            return [ctx.state.context[0]]
        return [ctx.state.self_org] if ctx.state.self_org is not None else []

    def _bodies_ending(self, ctx: SentenceContext, toks: list[Tok], j: int,
                       subject: list[Ent] = ()) -> list[Ent]:
        """The bodies named right before word ``j`` (A、B / A与B / A联合B), none when a
        preposition other than 由 governs them (为A建设的X: built for A), nor when one is a place
        rather than a named body; a joint preposition that opens the clause (与A联合推出的X)
        adds the clause's carried actor (``subject``, else the paragraph's or the document's
        own organisation)."""
        actors: list[Ent] = []
        end = j
        while end > 0:
            spans = [o for s in range(max(0, end - 8), end)
                     if (o := self._org_at(ctx, toks, s, end)) is not None and o[3] == end]
            # (a name the document's mentions know wins over a longer run of words that merely
            # ends like one: 双方选择集团在X投运的Y → 集团)
            org = next((o for o in spans if ctx.dm.at_of_type(o[0], o[1], ("Organization",))),
                       spans[0] if spans else None)
            if org is None:
                break
            s, e, name, _ = org
            named = ctx.dm.at_of_type(s, e, ("Organization",)) is not None or \
                name != ctx.sim[s:e] or name.endswith(self.org_heads)
            if ctx.args.is_place(s, e) or not named:
                return []  # (甲市自主研发的X: a place's own product, no body's act)
            actors.insert(0, self._actor(ctx, s, e, name))
            first = next(i for i in range(end) if toks[i].start == s)
            end = first
            if end > 1 and (toks[end - 1].text in _JOINERS or toks[end - 1].text in self.partners):
                end -= 1
                continue
            if end > 0 and toks[end - 1].text in self.joint_preps and \
                    all(t.tag in ("d", "c") or t.text == "并" for t in toks[:end - 1]):
                return self._joint_carried(ctx, subject, actors) + actors
            if end > 0 and toks[end - 1].tag == "p" and toks[end - 1].text != "由":
                return []
            break
        return actors

    def _joint_carried(self, ctx: SentenceContext, subject: list[Ent], actors: list[Ent]
                       ) -> list[Ent]:
        """Who acts with the partners of 与A联合推出的X: the clause's carried actor, else the
        paragraph's or the document's own organisation (none where none is known)."""
        names = {a.name for a in actors}
        for cand in (list(subject), ctx.state.context[:1],
                     [ctx.state.self_org] if ctx.state.self_org is not None else []):
            cand = [c for c in cand if c.name not in names]
            if cand:
                return cand
        return []
