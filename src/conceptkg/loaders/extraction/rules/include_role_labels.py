"""INCLUDES of a layout whose roles are spelled out (a mixin of
:class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`):

- ``构建“一核两翼”布局，其中“一核”为A，“两翼”为B和C``: each quoted role is a piece of the
  quoted name of the layout before it, and what fills the roles are the layout's parts;
- ``聚焦“一主两翼”格局——以A为主体，以B和C为两翼``: role frames right after a dash spell out
  the quoted layout before the dash (as after 即, ``appositive_words``).

Two roles or frames at least; the layout keeps its quoted name (and the head after the quote
when a dash follows it)."""

from __future__ import annotations

from ..arguments.phrases import Ent
from .common import Found
from .include_frames import parts_of

__all__ = ["IncludeRoleLabels"]

_DASH = "——"
_OWN_TYPES = ("Concept", "Factor", "Initiative")


class IncludeRoleLabels:
    """Layouts whose quoted roles or role frames name their parts (see the module)."""

    def role_labels(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        if "“" not in self.sim[ss:se]:
            return []  # (most sentences)
        return self._quoted_roles(cls) + self._dash_frames(ss, se)

    def _filler(self, a: int, b: int) -> Ent | None:
        """The thing that fills a role (``sim[a:b]``): a known mention or a noun-like name."""
        ent = self.ph.resolve(a, b)
        text = self.sim[a:b]
        if ent is None and 2 <= len(text) <= 16 and self.ph.valid_name(text, "Concept") and \
                self._noun_like(text, False):
            ent = Ent(text, "Concept", a, b, "list_item")
        return ent if ent is not None and ent.type in _OWN_TYPES else None

    def _quoted_roles(self, cls: list[tuple[int, int]]) -> list[Found]:
        """其中“一核”为A，“两翼”为B和C: roles (each opening a clause) that are pieces of a
        quoted name in an earlier clause of the sentence; that name includes the fillers."""
        sim, rx = self.sim, self.rx("quoted_role")
        for ci, (cs, ce) in enumerate(cls):
            m = rx.match(sim, cs, ce)
            if m is None or ci == 0:
                continue
            frames = [m]
            for ns, ne in cls[ci + 1:]:
                nm = rx.match(sim, ns, ne)
                if nm is None:
                    break
                frames.append(nm)
            if len(frames) < 2:
                return []
            owner = self._role_owner(cls[0][0], cs, [f.group(1) for f in frames])
            if owner is None:
                return []
            out = []
            for f in frames:
                end = f.end(2)
                for a, b in parts_of(sim, f.start(2), end):
                    ent = self._filler(a, b)
                    if ent is not None and ent.name != owner.name:
                        out.append(Found(owner, "INCLUDES", ent, "includes_roles"))
            return out
        return []

    def _role_owner(self, s: int, e: int, roles: list[str]) -> Ent | None:
        """The last quoted name in ``[s, e)`` that holds every role, in order."""
        sim = self.sim
        q = sim.rfind("“", s, e)
        while q >= 0:
            qe = sim.find("”", q + 1, e)
            name = sim[q + 1:qe] if qe > q else ""
            pos = 0
            for r in roles:
                pos = name.find(r, pos)
                if pos < 0:
                    break
                pos += len(r)
            if name and pos >= 0 and len(name) > max(len(r) for r in roles):
                return self.ph.resolve(q + 1, qe) or Ent(name, "Concept", q + 1, qe,
                                                         "quoted_name")
            q = sim.rfind("“", s, q)
        return None

    def _dash_frames(self, ss: int, se: int) -> list[Found]:
        """“一主两翼”格局——以A为主体，以B和C为两翼: two role frames or more right after a dash
        spell out the quoted name (with the short head after it) that ends before the dash."""
        sim = self.sim
        d = sim.find(_DASH, ss, se)
        if d < 0 or not sim.startswith("以", d + len(_DASH)):
            return []
        q = sim.rfind("“", ss, d)
        qe = sim.find("”", q + 1, d) if q >= 0 else -1
        if qe < 0 or qe - q < 3 or d - qe - 1 > 6 or \
                any(not "\u4e00" <= ch <= "\u9fff" for ch in sim[qe + 1:d]):
            return []
        framed = self._role_frames(d + len(_DASH), se)
        if not framed:
            return []
        name = sim[q + 1:qe] + sim[qe + 1:d]
        owner = self.ph.resolve(q + 1, d) or Ent(name, "Concept", q + 1, d, "quoted_name")
        if owner.type == "Organization":
            return []
        return [Found(owner, "INCLUDES", b, "includes_roles") for b in framed
                if b.name != owner.name]
