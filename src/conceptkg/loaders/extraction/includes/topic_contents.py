"""The owner of a list whose subject only names the contents of the thing the sentence is about
(``第三届甲乙美食节于9月开幕，活动持续两周，涵盖A、B两大板块``; ``本届丙丁节由…承办，活动包括
A、B``; ``建成甲镇乙丙驿站，服务内容包括A、B``). Such a subject (``content_subjects``: 活动,
服务内容, 建设内容 …, after an optional determiner 本次/此次) names no whole of its own: the whole
is the Initiative the sentence opens with (its first clause's subject, after a short opener such
as 据悉 and a leading 由…的 phrase; a short subject such as 本届丙丁节 taken up from the earlier
full name), else the one named thing the clause before made or launched (建成X，服务内容包括…).
A subjectless clause of counted parts (…，包括A、B和C三大H; …，分为A、B两个H) belongs to that
opening Initiative too. A mixin of :class:`.cue_includes.CueIncludes` (uses its
``_antecedent`` and ``_outside``).
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from .activity_programmes import earlier_event

__all__ = ["TopicContents"]


class TopicContents:
    """Owners of lists under a subject of contents (see the module)."""

    def _topic_owner(self, ctx: SentenceContext, span: tuple[int, int], idx: int
                     ) -> Ent | None:
        """The Initiative whose contents the subject ``span`` of clause ``idx`` names."""
        if idx < 1:
            return None
        text = ctx.sim[span[0]:span[1]]
        det = next((d for d in ctx.lex.words("event_determiners") if text.startswith(d)), "")
        if text[len(det):] not in ctx.lex.words("content_subjects"):
            return None
        owner = self._opening_topic(ctx, idx)
        if owner is None:
            made = ctx.state.objects.get(ctx.clauses[idx - 1]) or \
                self._made_object(ctx, ctx.clauses[idx - 1])
            owner = made[0] if made and len(made) == 1 and (
                "“" in made[0].name or len(made[0].name) >= 6) else None  # (a named thing)
        return owner if owner is not None and owner.type == "Initiative" else None

    @staticmethod
    def _made_object(ctx: SentenceContext, cl: tuple[int, int]) -> list[Ent]:
        """What a clause that opens with a verb of making or launching (建成X, 启动X) names
        after it, as one entity; else nothing."""
        toks = ctx.tokens(cl)
        if len(toks) < 2 or toks[0].text not in ctx.lex.cues("IMPLEMENTS", "verbs"):
            return []
        ent = ctx.args.entity(toks[1].start, toks[-1].end, "cue_includes", hint="Initiative")
        return [ent] if ent is not None and not ctx.args.organisation(ent.start, ent.end) \
            else []

    def _counted_topic(self, ctx: SentenceContext) -> Ent | None:
        """A subjectless clause that lists counted parts (…，包括A、B和C三大H; …，分为A、B两个
        H) after a sentence that opens with a named Initiative: that Initiative's parts."""
        owner = self._opening_topic(ctx, len(ctx.clauses))
        return owner if owner is not None and owner.type == "Initiative" else None

    def _opening_topic(self, ctx: SentenceContext, idx: int) -> Ent | None:
        """The subject of the sentence's first clause (after an opener of two words at most:
        据悉，), when it names an Initiative; only a clause before clause ``idx``."""
        first = next((c for c in ctx.clauses[:idx] if len(ctx.tokens(c)) > 2), None)
        if first is None:
            return None
        toks = ctx.tokens(first)
        i = 0
        if toks and toks[0].text == "由":  # 由甲局主办的X: X, after the relative phrase
            i = next((k + 1 for k, t in enumerate(toks) if t.text == "的"), len(toks))
        i = ctx.args._lead_end(toks, i, len(toks), light=False)
        k = next((k for k in range(i, len(toks)) if toks[k].tag in ("p", "v", "d")
                  and toks[k].text not in "“”"), len(toks))
        if i >= k or k >= len(toks):
            return None
        span = (toks[i].start, toks[k - 1].end)
        if ctx.args.organisation(*span) or ctx.args.is_place(*span) or \
                self._outside(ctx.sim[span[0]:span[1]]):
            return None  # (甲集团召开年会，活动包括A: a body holds it, no whole of the list;
            # 记者从X了解到: people, no whole either)
        return earlier_event(ctx, *span, "cue_includes") or \
            self._antecedent(ctx, span) or \
            ctx.args.entity(*span, "cue_includes", hint="Initiative")
