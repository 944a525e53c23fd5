"""INCLUDES from a chain of parts joined by ``+`` inside quotes before a known term, the way
policy texts spell out the links of a chain or a system: ``构建“研发+中试+量产”全链条创新链``
→ the 创新链 includes 研发, 中试 and 量产.

A quoted chain that is the name of a model with its head word (``“合作社+农户+电商”模式``,
one name of the text) lists no parts.
Only chains of three parts or more, each two to eight Chinese characters, count
(``plus_chain``): ``“5G+工业互联网”`` or ``“1+N”`` are names, not lists of parts.
"""

from __future__ import annotations

from ...zh import shipped
from ..arguments.phrases import Ent
from ..words.tokens import tokenize
from .common import Found, RuleBase

__all__ = ["PlusChains"]

_THINGS = ("Concept", "Factor", "Initiative")
#: the longest head after the quote, and the marks that end it
_HEAD_MAX = 10
_STOPS = frozenset("，。；：、！？“”（）") | shipped().charset("attribute_particles")


class PlusChains(RuleBase):
    """Mixed into :class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`."""

    def plus_chains(self, cs: int, ce: int) -> list[Found]:
        out: list[Found] = []
        for m in self.rx("plus_chain").finditer(self.sim, cs, ce):
            head = self._chain_head(m.start(), m.end(), ce)
            if head is None:
                continue
            s = m.start(1)
            for part in m.group(1).split("+"):
                b = self._chain_part(part, s, head)
                s += len(part) + 1
                if b is not None and b.name != head.name:
                    out.append(Found(head, "INCLUDES", b, "includes_plus_chain"))
        return out

    def _chain_head(self, qs: int, qe: int, ce: int) -> Ent | None:
        """What the chain is the parts of: the noun phrase right after the closing quote, when
        it ends with a head word or a known term; None when the quote and what follows are one
        quoted name."""
        named = self.dm.starting(qs, ce)
        if named is not None and named.end > qe:
            return None  # “A+B+C”模式: the quote and its head are one name, not a list
        stop = next((i for i in range(qe, min(ce, qe + _HEAD_MAX)) if self.sim[i] in _STOPS),
                    min(ce, qe + _HEAD_MAX))
        ends = {t.end for t in tokenize(self.sim, qe, stop)}
        for end in range(stop, qe + 1, -1):  # the longest phrase that ends with a head word
            if end not in ends:
                continue  # (“A+B+C”全产业链: 全产业 ends inside the word 产业链, no head)
            text = self.sim[qe:end]
            known = self.lex.lookup(text)
            tail = self.dm.ending(end, qe)
            if known is None and self.ph.head_type(text) is None and (
                    tail is None or tail.weak or tail.type not in _THINGS):
                continue  # (a head word, or a known term, ends the phrase)
            head = self.ph.resolve(qe, end)
            if head is not None and head.start >= qe and not head.weak and head.type in _THINGS:
                return head
        return None

    def _chain_part(self, part: str, s: int, head: Ent) -> Ent | None:
        known = self.lex.lookup(part)
        if known is not None:
            return None if known.weak and known.type != "Factor" else \
                Ent(known.name, known.type, s, s + len(part), "lexicon")
        return Ent(part, "Concept", s, s + len(part), "noun_phrase")
