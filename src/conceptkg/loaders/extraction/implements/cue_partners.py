"""Partners named in the clause before a joint act, for :class:`.cue_implements.CueImplements`:
``我们联合A、B，共同建设“X”`` — a clause without a cue word in which a partner word
(``IMPLEMENTS.partner_words``: 联合, 携手, 会同) is followed by nothing but bodies names the
partners of the next clause when that one opens with a joint adverb
(``IMPLEMENTS.joint_adverbs``: 共同, 一起, 一道) before its verb: they act with its actor.
Also the clause's words as the verbs read them: a partner or manner word glued to a verb is
read as the two, and a short-name gloss after a body is left out. A mixin of methods only,
like :mod:`.cue_built`.
"""

from __future__ import annotations

from ...zh import shipped
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["ImplementsPartners"]

_JOINERS = shipped().wordset("item_joins")


class ImplementsPartners:
    """The partner method of :class:`.cue_implements.CueImplements`."""

    def _partners_before(self, ctx: SentenceContext, ci: int, toks: list[Tok], q: int
                         ) -> list[Ent]:
        """The bodies after a partner word that closes clause ``ci - 1`` (see the module),
        when the clause ``toks`` opens with a joint adverb before its verb at ``q``."""
        if ci == 0 or not any(t.text in self.joint_adverbs for t in toks[:q]) or \
                any(t.tag not in ("d", "ad", "c") and t.text not in self.joint_adverbs
                    for t in toks[:q]):
            return []
        words = ctx.tokens(ctx.clauses[ci - 1])
        k = next((i for i, t in enumerate(words) if t.text in self.partners), None)
        if k is None or ctx.args.has_cue(*ctx.clauses[ci - 1], "IMPLEMENTS"):
            return []
        bodies = self._orgs_between(ctx, words, k + 1, len(words))
        named = sum(b.end - b.start for b in bodies)
        rest = sum(t.end - t.start for t in words[k + 1:] if t.text not in _JOINERS)
        return bodies if bodies and named == rest else []  # (nothing else after the word)

    def _split_verbs(self, toks: list[Tok]) -> list[Tok]:
        """联合推出, 共同打造: a word the segmenter glued from a partner or manner word and an
        implementing verb is read as the two; a bracket that declares a short name
        (``short_name_gloss``: （以下简称“X”）) is left out of the clause's words."""
        out: list[Tok] = []
        skip = 0
        for i, t in enumerate(toks):
            if i < skip:
                continue
            if t.text in ("（", "(") and out and self.glossed.match(
                    "".join(x.text for x in toks[i + 1:i + 4])):
                # X有限公司（以下简称“X”）建成Y: the gloss stands apart from the clause
                skip = next((j + 1 for j in range(i + 1, len(toks))
                             if toks[j].text in ("）", ")")), 0)
                if skip:
                    continue
            v = t.text[-2:]
            if len(t.text) >= 4 and v in self.verbs and t.text not in self.verbs and \
                    (t.text[:-2] in self.partners or t.text[:-2] in self.gap_words or
                     t.text[:-2] in self.builder_manners):
                cut = t.end - 2
                out += [Tok(t.text[:-2], t.start, cut, "d"), Tok(v, cut, t.end, "v")]
            else:
                out.append(t)
        return out
