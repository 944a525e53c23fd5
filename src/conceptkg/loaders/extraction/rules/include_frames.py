"""INCLUDES frames that are no list after an including verb: role frames (``X包括：以B为核心，
以C和D为两翼``), a clause of "namely" that spells out a layout (``X布局，即以A为主业…``),
labelled lists (``X：A、B``), ``以A、B为代表的X`` and dimension lists (``X体现在A、B等方面``). A
mixin of
:class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`."""

from __future__ import annotations

import re

from ..arguments.phrases import Ent
from .common import Found

__all__ = ["IncludeFrames", "parts_of"]


def parts_of(sim: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of ``sim[s:e]`` between 和/与/及/、."""
    out, start = [], s
    for m in re.finditer(r"和|与|及|、", sim[s:e]):
        out.append((start, s + m.start()))
        start = s + m.end()
    out.append((start, e))
    return [(a, b) for a, b in out if b > a]


class IncludeFrames:
    """Frames of INCLUDES other than a list after an including verb (see the module)."""

    def _role_frames(self, s: int, e: int) -> list[Ent]:
        """以B为核心，以C和D为两翼 right after an including verb: the things each frame names
        (two frames at least, each of a clause of its own)."""
        sim, out, frames = self.sim, [], 0
        pos = s + 1 if sim[s:s + 1] in "：:" else s
        for m in self.rx("role_frame").finditer(sim, pos, e):
            if m.start() != pos:
                break
            frames += 1
            for a, b in parts_of(sim, m.start(1), m.end(1)):
                ent = self.ph.resolve(a, b)
                text = sim[a:b]
                if ent is None and 2 <= len(text) <= 10 and \
                        self.ph.valid_name(text, "Concept") and self._noun_like(text, False):
                    ent = Ent(text, "Concept", a, b, "list_item")
                if ent is not None and ent.type in ("Concept", "Factor", "Initiative"):
                    out.append(ent)
            pos = m.end()
        return out if frames >= 2 else []

    def _appositive_frames(self, cls: list[tuple[int, int]], se: int) -> list[Found]:
        """X布局，即以A为主业，以B和C为两翼: a clause that opens with a word of "namely"
        (``appositive_words``) and two role frames or more spells out the thing that ends the
        clause before (a quoted name in it first): X includes A, B and C."""
        sim, out = self.sim, []
        words = self.words("appositive_words")
        for ci in range(1, len(cls)):
            cs = cls[ci][0]
            if not sim.startswith(words, cs):
                continue  # (most clauses)
            word = next(w for w in words if sim.startswith(w, cs))
            pcs, pce = cls[ci - 1]
            if not sim.startswith("以", cs + len(word)):
                out += self._spelled_label(pcs, pce, cs + len(word), cls[ci][1])
                continue
            framed = self._role_frames(cs + len(word), se)
            if not framed:
                continue
            q = sim.rfind("“", pcs, pce)
            qe = sim.find("”", q + 1, pce) if q >= 0 else -1
            owner = None
            if qe > q + 2:
                owner = self.ph.resolve(q + 1, qe) or \
                    Ent(sim[q + 1:qe], "Initiative", q + 1, qe, "quoted_name")
            else:
                owner = self._adjacent_before(pcs, pce, ("Concept", "Initiative"))
            if owner is not None and owner.type != "Organization":
                out += [Found(owner, "INCLUDES", b, "includes_verb") for b in framed
                        if b.name != owner.name]
        return out

    def _spelled_label(self, pcs: int, pce: int, s: int, e: int) -> list[Found]:
        """X“三改联动”，即A、B和C: a quoted label that closes the clause before and holds a
        count (a numeral or a digit) is spelled out by the list of two items or more that
        makes up the clause of "namely" (``sim[s:e]``): the label includes each item."""
        sim = self.sim
        end = pce - 1 if sim[pce - 1:pce] in "，,：:" else pce
        if sim[end - 1:end] != "”":
            return []
        q = sim.rfind("“", pcs, end - 1)
        label_text = sim[q + 1:end - 1] if q >= 0 else ""
        if not 2 <= len(label_text) <= 8 or not any(
                ch.isdigit() or ch in "一二三四五六七八九十两" for ch in label_text):
            return []
        e = e - 1 if sim[e - 1:e] in "，,。；;" else e
        if sim.count("、", s, e) + sim.count("和", s, e) + sim.count("及", s, e) < 1:
            return []
        items = self.ph.items(s, e, fill=True)
        if len(items) < 2 or items[0].start != s or items[-1].end != e:
            return []  # (即A、B，推动…: the clause is the list and nothing else)
        label = self.ph.resolve(q + 1, end - 1)
        if label is None or label.end - label.start < len(label_text):
            label = Ent(label_text, "Concept", q + 1, end - 1, "noun_phrase")
        if label.type not in ("Concept", "Initiative"):
            return []
        return [Found(label, "INCLUDES", b, "includes_label") for b in items
                if b.type in ("Concept", "Factor", "Initiative") and b.name != label.name]

    def _labelled_lists(self, cls: list[tuple[int, int]]) -> list[Found]:
        """A、B、C“三链协同”: a list of three or more items right before a quoted label that
        sums them up → the label INCLUDES each item."""
        sim, out = self.sim, []
        for cs, ce in cls:
            q = sim.find("“", cs, ce)
            if q < 0 or sim.count("、", cs, q) < 2:
                continue  # (most clauses: no list before a quote)
            while q > cs:
                qe = sim.find("”", q + 1, ce)
                if qe < 0:
                    break
                ls, le = (self.ph.list_before(cs, q) if 2 <= qe - q - 1 <= 8
                          and sim[q - 1] not in "、，和及与" else (q, q))
                # (A、B、“C”: the quote is an item)
                if sim.count("、", ls, le) >= 2:
                    label = self.ph.resolve(q + 1, qe)
                    if label is None or label.end - label.start < qe - q - 1:
                        label = Ent(sim[q + 1:qe], "Concept", q + 1, qe, "noun_phrase")
                    items = self.ph.items(ls, le, fill=True) or \
                        self._unknown_items(ls, le, "Concept")
                    if label.type in ("Concept", "Initiative"):
                        out += [Found(label, "INCLUDES", b, "includes_label") for b in items
                                if b.type in ("Concept", "Factor") and b.name != label.name]
                q = sim.find("“", qe + 1, ce)
        return out

    def _represented(self, ss: int, se: int) -> list[Found]:
        """以A、B、C为代表的X → X INCLUDES A, B, C."""
        out = []
        for m in self.rx("represented_by").finditer(self.sim, ss, se):
            if self.ph._covered(m.start()):
                continue
            x = self.ph.resolve(m.end(), self.ph.cut_at_stop(m.end(), se))
            if x is None or x.type not in ("Concept", "Factor") or x.weak:
                continue
            for b in self.ph.items(m.start(1), m.end(1), fill=True):
                if b.name != x.name and b.type in ("Concept", "Factor"):
                    out.append(Found(x, "INCLUDES", b, "includes_represented"))
        return out

    def _aspects(self, ss: int, se: int) -> list[Found]:
        """X，一方面是A；另一方面是B → X INCLUDES A, B (the two halves may be two sentences)."""
        sim = self.sim
        i = sim.find("一方面", ss, se)
        if i < 0:
            return []
        if i > 0 and sim[i - 1] == "另":
            anchor = self.aspect_anchor
            self.aspect_anchor = None
        else:
            anchor = self._last(ss, i, ("Concept", "Factor", "Initiative"))
            self.aspect_anchor = anchor
        if anchor is None:
            return []
        out = []
        for m in self.rx("aspect").finditer(sim, ss, se):
            s = m.end()
            e = s
            while e < se and sim[e] not in "；。;":
                e += 1
            items, _ = self._slot_items(s, e)
            for b in items:
                if b.name != anchor.name and b.type in ("Concept", "Factor"):
                    out.append(Found(anchor, "INCLUDES", b, "includes_aspects"))
        return out
