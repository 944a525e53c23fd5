"""Groups named by a line or a frame rather than a verb: ``● 主导产业：A、B、C`` (a fact box),
``把A和B作为主导产业``, and an unknown group name opening ``特色产业包括…``."""

from __future__ import annotations

import re

from ..arguments.phrases import Ent
from .common import Found, RuleBase

__all__ = ["GroupRules"]

_BULLET = re.compile(r"[\s●•▪■◆·\-]*")


class GroupRules(RuleBase):
    """Group rules used by :class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`."""

    @property
    def _concept_head(self) -> re.Pattern[str]:
        """A short name ending with a concept head (主导产业来抓 → 主导产业)."""
        rx = getattr(self, "_concept_head_rx", None)
        if rx is None:
            heads = "|".join(map(re.escape, sorted(self.lex.list("concept_heads"), key=len,
                                                   reverse=True)))
            rx = self._concept_head_rx = re.compile(r"[^，。；：]{1,8}?(?:" + heads + ")")
        return rx

    def _colon_list(self, cls: list[tuple[int, int]]) -> list[Found]:
        """● 主导产业：A、B、C (a fact box line): the term before the colon includes the items."""
        sim = self.sim
        for ci, (cs, ce) in enumerate(cls[:-1]):
            if sim[ce:ce + 1] not in "：:":
                continue
            bs = _BULLET.match(sim, cs, ce).end()
            h = self.ph.resolve(bs, ce)
            if h is None or h.weak or len(h.name) > 8 or h.type not in ("Concept", "Factor") or \
                    h.start != bs or h.end != ce:
                return []
            ns, ne = cls[ci + 1]
            if "、" not in sim[ns:ne] or ci + 2 < len(cls):
                return []
            hint = "Factor" if h.type == "Factor" else None
            items = self.ph.items(ns, ne, hint, fill=True)
            if len(items) < len(self.ph.split(ns, ne)):
                items = self._unknown_items(ns, ne, h.type) or items
            return [Found(h, "INCLUDES", b, "includes_colon") for b in items
                    if b.name != h.name and b.type in ("Concept", "Factor")]
        return []

    def _taken_as(self, ss: int, se: int) -> list[Found]:
        """把A和B作为主导产业 / 将A、B列为H: H includes A and B."""
        out = []
        for m in self.rx("taken_as").finditer(self.sim, ss, se):
            if self.ph._covered(m.start()):
                continue
            he = self.ph.cut_at_stop(m.end(), se)
            head = self._concept_head.match(self.sim, m.end(), he)
            h = self.ph.resolve(m.end(), head.end() if head else he)
            if h is None or h.weak or len(h.name) > 8 or h.type not in ("Concept", "Factor") or \
                    h.start != m.end() or not h.name.endswith(self.words("group_heads")):
                continue
            items = self.ph.items(m.start(1), m.end(1), fill=True) or \
                self._unknown_items(m.start(1), m.end(1), h.type)
            for b in items:
                if b.name != h.name and b.type in ("Concept", "Factor") and not b.weak:
                    out.append(Found(h, "INCLUDES", b, "includes_taken_as"))
        return out

    def _group_opening(self, cs: int, vs: int) -> Ent | None:
        """特色产业包括…: an unknown group name with a group head that opens the clause."""
        a = self.ph.resolve(cs, vs)
        if a is not None and a.rule == "noun_phrase" and a.type == "Concept" and \
                3 <= len(a.name) <= 8 and a.name.endswith(self.words("group_heads")) and \
                a.end == vs and \
                self.rx("lead").match(self.sim[cs:a.start]):
            return a
        return None
