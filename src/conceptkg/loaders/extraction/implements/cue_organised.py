"""Programmes organised by named bodies, for :class:`.cue_implements.CueImplements`:
``由A(与B)(联合)主办的X`` and ``X(首次)由A主办`` / ``该中心由A投资建设`` — the bodies after 由
that an organiser verb (``IMPLEMENTS.organizer``, ``IMPLEMENTS.subject_organizer``) closes carry
out X. A mixin of methods only, like :mod:`.cue_actors`.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..discourse.earlier_initiative import earlier_initiative
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["ImplementsOrganised"]


class ImplementsOrganised:
    """The 由A主办 methods of :class:`.cue_implements.CueImplements`."""

    def _organised_subject(self, ctx: SentenceContext, toks: list[Tok], i: int, v: int,
                           out: list[Found]) -> Ent | None:
        """X (首次) 由 A (与 B)(联合) 举办: A carries out X, the clause's subject (returned)."""
        span = ctx.args.subject(toks, i) or self._named_subject(ctx, toks, i)
        if span is not None and i and toks[i - 1].end > span[1] and (
                toks[i - 1].text in ctx.args.init_heads or
                toks[i - 1].text in ctx.lex.list("event_heads")):
            span = (span[0], toks[i - 1].end)  # 本届沅洽会由A主办: 会 (read as a modal) ends it
        words = ctx.tokens(span) if span is not None else []
        while words and (words[-1].tag in ("m", "t", "d") or words[-1].text in ctx.args.lead) \
                and not (len(words) > 1 and (words[-1].text in ctx.args.init_heads or
                                             words[-1].text in ctx.lex.list("event_heads"))):
            words = words[:-1]  # 龙舟节首次由…: the adverb is no part of the name (本届直播节由…:
            # 节 closes the name, whatever its tag)
        if not words:
            return None
        span = (words[0].start, words[-1].end)
        actors = self._orgs_between(ctx, toks, i + 1, v)
        # 该联盟由A发起: the full name named before, else the words themselves
        ent = earlier_initiative(ctx, *span, "cue_implements_organiser")
        if ent is None:
            det = next((w for w in ctx.lex.list("head_determiners")
                        if ctx.sim.startswith(w, span[0])), "")
            if det and span[1] - span[0] - len(det) < 2:
                return None  # 本届会由A主办 with nothing named before: no name at all
            ent = ctx.args.entity(span[0], span[1], "cue_implements_organiser",
                                  hint="Initiative")
        if actors and ent is not None and ent.type == "Initiative" and \
                not ctx.args.organisation(*span):
            self._emit(ctx, actors, [ent], "cue_implements_organiser", out)
            return ent
        return None

    @staticmethod
    def _named_subject(ctx: SentenceContext, toks: list[Tok], i: int) -> tuple[int, int] | None:
        """年产N台X扩产项目由A实施: a project's name with verbs inside (no plain subject) that
        closes with a two-character initiative head (项目, 工程) right before 由; its words after
        the clause's lead words (其中，…)."""
        k = ctx.args._lead_end(toks, 0, i, light=False)
        if k >= i or not toks[i - 1].text.endswith(ctx.args.init_heads2) or \
                any(t.tag in ("p", "x", "uj") or t.text in ("，", "、") for t in toks[k:i]) or \
                toks[i - 1].end - toks[k].start > 30:
            return None
        return toks[k].start, toks[i - 1].end

    def _organised_by(self, ctx: SentenceContext, toks: list[Tok], out: list[Found]
                      ) -> Ent | None:
        """由 A (与 B)(联合) 主办的 X; X when it is the clause's subject (X由A主办)."""
        i = next((k for k, t in enumerate(toks) if t.text == "由"), None)
        if i is None:
            return None
        found = [k for k in range(i + 1, len(toks)) if toks[k].text in self.organizer]
        if not found:
            # (…由A开通的X正式运营: the verb of 由 closes before 的, what follows is X's own)
            de = next((k for k in range(i + 1, len(toks)) if toks[k].text == "的"), len(toks))
            v = next((k for k in range(i + 1, de) if toks[k].text in self.subject_organizer),
                     None)
            if v is not None and (v + 1 >= len(toks) or toks[v + 1].text != "的"):
                return self._organised_subject(ctx, toks, i, v, out)  # 该中心由A投资建设
            return None
        # 由A指导、B和C共同主办的X: the organiser verb before 的 closes the list of bodies
        v = next((k for k in found if k + 1 < len(toks) and toks[k + 1].text == "的"), found[0])
        if toks[v].text in self.lead_verbs and v + 2 < len(toks) and \
                toks[v + 1].text in self.verbs and toks[v + 2].text == "的":
            v += 1  # 由A牵头建设的X: A carries out X
        if toks[v + 1:v + 2] and toks[v + 1].text != "的":
            # 由A牵头、B负责建设运营的X: the building verb before 的 closes the list of bodies
            v = next((k for k in range(v + 2, len(toks) - 1) if toks[k + 1].text == "的" and (
                toks[k].text in self.builders or toks[k].text in self.verbs)), v)
        if v + 1 >= len(toks) or toks[v + 1].text != "的":
            return self._organised_subject(ctx, toks, i, v, out)  # X由A联合举办
        actors = self._orgs_between(ctx, toks, i + 1, v)
        item = ctx.args._item(toks, v + 2, len(toks), frozenset())
        if not actors or item is None:
            return None
        words = ctx.tokens(item[:2])
        while len(words) > 1 and words[-1].tag == "v":
            words = words[:-1]  # 由A主办的X开幕
        item = (item[0], words[-1].end, item[2])
        ent = ctx.args.entity(item[0], item[1], "cue_implements_organiser", hint="Initiative")
        if ent is not None and ent.type == "Initiative":
            self._emit(ctx, actors, [ent], "cue_implements_organiser", out)
        return None
