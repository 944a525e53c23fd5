"""The owner of a summary of ordinal items (``X至少包括三个层面：一是A；二是B``, ``…的X，大体分为
三类：一是A，二是B``) when the lexicon does not know it: a mixin of
:class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..words.tokens import word_tag

__all__ = ["SummaryOwners"]


class SummaryOwners:
    """The methods that read a summary and find its owner (they use the rules' ``sim``,
    ``ph``, ``rx``, ``incl_units``, ``ordinal_verbs`` and ``_lead_phrase``)."""

    def _summary_intro(self, vs: int, ve: int, ce: int) -> bool | None:
        """The including verb at ``vs:ve`` ends its clause or is followed by a summary of
        ordinal items only (三个层面, 三类); None when the verb is one of
        ``ordinal_intro_verbs`` (分为) and no such summary follows."""
        slot = self.sim[ve:ce].strip()
        intro = not slot or self.incl_units.match(slot) is not None
        return None if self.sim[vs:ve] in self.ordinal_verbs and not intro else intro

    def _summary_owner(self, cls: list[tuple[int, int]], ci: int, vs: int) -> Ent | None:
        """X至少包括三个层面：/ …的X，大体分为三类： (ordinal items follow): the phrase that
        opens the clause before its adverbs, else the noun after the last 的 of the clause
        before, when it is a valid name the lexicon need not know."""
        sim, cs = self.sim, cls[ci][0]
        k = next(k for k in range(cs, vs + 1) if self.rx("only_filler").match(sim[k:vs]))
        if k > cs:
            a = self._lead_phrase(cs, k)
            s = cs
        elif ci > 0:
            a, k = None, cls[ci - 1][1]
            while k > cls[ci - 1][0] and sim[k - 1] in "，,；;：: ":
                k -= 1
            s = max(cls[ci - 1][0], sim.rfind("的", cls[ci - 1][0], k) + 1)
        else:
            return None
        text = sim[s:k].strip()
        if a is None and 2 <= len(text) <= 10 and "的" not in text and (
                self.ph.valid_name(text, "Concept") or (word_tag(text) or "")[:1] == "n"):
            a = Ent(text, self.ph.head_type(text) or "Concept", k - len(text), k, "noun_phrase")
        return a
