"""INCLUDES of a layout spelled by role frames before its name (a mixin of
:class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`):
``构建以A为核心、B为支撑、C为补充的H体系`` — H体系 includes A, B and C.

Two frames at least (grammar pattern ``attributive_role_frame``: each role a word of a
layout's place, 核心, 支撑, 补充 …), joined by 、 or ， (以 may open each), then 的 and a head
that runs to the end of the clause. A filler may be a body (以甲研究院为核心): a part of the
layout all the same. A single frame (以企业为主体的X) or a frame whose role is
a goal or a guide (以市场为导向) gives nothing."""

from __future__ import annotations

from ..arguments.phrases import Ent
from .common import Found
from .include_frames import parts_of

__all__ = ["IncludeAttributiveRoles"]

_OWN_TYPES = ("Concept", "Factor", "Initiative")


class IncludeAttributiveRoles:
    """Role frames before 的 and the layout they spell out (see the module)."""

    def attributive_roles(self, ss: int, se: int) -> list[Found]:
        sim = self.sim
        i = sim.find("以", ss, se)
        if i < 0 or "为" not in sim[i:se]:
            return []  # (most sentences)
        rx = self.rx("attributive_role_frame")
        pos, fillers, frames = i, [], 0
        while True:
            if frames:
                if sim[pos:pos + 1] not in ("、", "，", ","):
                    break
                pos += 1
            m = rx.match(sim, pos, se)
            if m is None:
                break
            frames += 1
            for a, b in parts_of(sim, m.start(1), m.end(1)):
                ent = self.ph.resolve(a, b)
                text = sim[a:b]
                if ent is None and 2 <= len(text) <= 12 and \
                        self.ph.valid_name(text, "Concept") and self._noun_like(text, False):
                    ent = Ent(text, "Concept", a, b, "list_item")
                if ent is not None and ent.type in (*_OWN_TYPES, "Organization"):
                    fillers.append(ent)
            pos = m.end()
        if frames < 2 or not sim.startswith("的", pos):
            return []
        end = next((k for k in range(pos + 1, se) if sim[k] in "，。；,;：:"), se)
        owner = self.ph.resolve(pos + 1, end)
        if owner is None or owner.start != pos + 1 or owner.end != end or \
                owner.type not in _OWN_TYPES:
            return []
        return [Found(owner, "INCLUDES", b, "includes_roles") for b in fillers
                if b.name != owner.name]
