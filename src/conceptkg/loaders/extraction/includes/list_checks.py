"""Checks of one sentence's INCLUDES lists, whichever rule read them, made where ``extract.py``
adds the edges. The items of one whole in one sentence are read together:

- two items joined by a conjunction in a list of departments, only the second ending with a
  department's word (省工业和信息化厅), are one department;
- a count that closes a list (``A、B和C三类``, ``A、B、C五条``) is no part of the last item (the
  count is kept apart from the item: ``C``), and it says how many items there are: when the
  items read are one more than counted and two of them, not the last two, are joined by a
  conjunction (``A、B及C、D和E五条``: ``B及C``), those two are one item;
- a whole read twice, once with its modifier and once without (``重点H`` and ``H`` over the same
  items), keeps the longer name only;
- a word before the list that says which or whose things it lists (``list_determiners``:
  部分A、B等H, 我县A、B三大H) is no part of the first item;
- the first item that opens with a verb the clause acts with (``list_opening_verbs``: 推广A、B等H,
  重点研发A、B等H) loses it when what is left is as long as the other items (推广A has a long
  A beside items as long; 研发设计、生产制造 keeps its 研发: 设计 is too short beside them).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ...lexicon import Lexicon
from ..lists.list_items import count_of
from ..mentions.mention_types import Ent
from ..rules.common import Found, alternation

__all__ = ["ListChecks"]

#: the shortest item left once a count or a verb is cut off it
_MIN_ITEM = 2


class ListChecks:
    """The checks of the module, compiled once per lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        number = lex.pattern("counted_noun_number")
        classes = alternation(lex.cues("INCLUDES", "count_classifiers"))
        self._closing = re.compile(r"(?P<n>" + number + r")(?:" + classes + r"){1,2}$")
        self._after = re.compile(r"(?P<n>" + number + r")(?:" + classes + r"){1,2}")
        self._joins = tuple(w for w in lex.list("conjunctions") if w != "、") or ("和", "与", "及")
        self._verbs = tuple(sorted(lex.words("list_opening_verbs"), key=len, reverse=True))
        self._determiners = tuple(sorted(lex.words("list_determiners"), key=len, reverse=True))
        self._depts = tuple(lex.words("gov_dept_suffixes"))

    def __call__(self, sim: str, found: list[Found]) -> list[Found]:
        groups: dict[tuple[str, int], list[int]] = defaultdict(list)
        for k, f in enumerate(found):
            if f.type == "INCLUDES" and f.target.end > f.target.start:
                groups[(f.source.name, f.source.start)].append(k)
        if not groups:
            return found
        renamed: dict[int, Ent] = {}
        dropped: set[int] = set()
        added: list[Found] = []
        for idxs in groups.values():
            order = sorted(idxs, key=lambda k: found[k].target.start)
            self._joined_bodies(sim, found, order, renamed, dropped)
            self._counted(sim, found, order, renamed, dropped, added)
            self._opening_verb(sim, found, order, renamed)
            self._determiner(sim, found, order, renamed)
        out = [Found(f.source, f.type, renamed.get(k, f.target), f.rule, f.extra_evidence)
               if k in renamed else f for k, f in enumerate(found) if k not in dropped]
        out += added
        return _longer_wholes(out)

    def _counted(self, sim: str, found: list[Found], order: list[int],
                 renamed: dict[int, Ent], dropped: set[int], added: list[Found]) -> None:
        """The count closing the list (see the module)."""
        if len(order) < 2:
            return
        last = found[order[-1]].target
        text = sim[last.start:last.end]
        m = self._closing.search(text) if text == last.name else None
        n = 0
        if m is not None and m.start() >= _MIN_ITEM and _closes(sim, last.end):
            n = count_of(m.group("n"))
            last = Ent(text[:m.start()], last.type, last.start, last.start + m.start(),
                       last.rule, (), last.weak)
            renamed[order[-1]] = last
        elif (a := self._after.match(sim, last.end)) is not None:
            n = count_of(a.group("n"))
        first = found[order[0]].target
        segs = self._segments(sim, first.start, last.end)
        if n < 2 or len(segs) != n or any(
                sim[t.start:t.end] != t.name for t in (renamed.get(k, found[k].target)
                                                       for k in order)):
            return
        at: dict[int, list[int]] = defaultdict(list)
        for k in order:
            t = renamed.get(k, found[k].target)
            inside = [i for i, (x, y) in enumerate(segs) if x < t.end and t.start < y]
            if not inside:
                return
            for i in inside:
                at[i].append(k)
        if len(at) != n or (all(len(ks) == 1 for ks in at.values()) and \
                len({k for ks in at.values() for k in ks}) == n):
            return  # (an item missing, or one item for each counted one already)
        done: set[int] = set()
        cur = {k: renamed.get(k, found[k].target) for k in order}
        for i, (x, y) in enumerate(segs):
            ks = at[i]
            t0 = cur[ks[0]]
            s0 = max(x, min(cur[k].start for k in ks))
            e0 = min(y, max(cur[k].end for k in ks))
            if e0 - s0 < _MIN_ITEM:
                continue
            ent = Ent(sim[s0:e0], t0.type, s0, e0, t0.rule, (), t0.weak)
            free = next((k for k in ks if k not in done), None)
            if free is None:  # (one item over two counted ones: the second is new)
                f = found[ks[0]]
                added.append(Found(f.source, f.type, ent, f.rule, f.extra_evidence))
                continue
            renamed[free] = ent
            done.add(free)
            dropped.update(k for k in ks if k != free and len(at_of(at, k)) == 1)

    def _segments(self, sim: str, s: int, e: int) -> list[tuple[int, int]]:
        """The items of the list ``sim[s:e]`` by its marks: split at 、, the last one at its
        conjunction (A、B和C); none without a 、."""
        if "、" not in sim[s:e]:
            return []
        segs, x = [], s
        for i in range(s, e):
            if sim[i] == "、":
                segs.append((x, i))
                x = i + 1
        j = max((sim.rfind(w, x, e), w) for w in self._joins)
        if j[0] > x:
            segs += [(x, j[0]), (j[0] + len(j[1]), e)]
        else:
            segs.append((x, e))
        return segs

    def _joined_bodies(self, sim: str, found: list[Found], order: list[int],
                       renamed: dict[int, Ent], dropped: set[int]) -> None:
        """省工业和信息化厅, 市住房和城乡建设局: in a list of departments (another item ends
        with a ``gov_dept_suffixes`` word), two items joined by a conjunction of which only the
        second ends with one are one department's name."""
        ts = [found[k].target for k in order]
        if len(order) < 3 or sum(t.name.endswith(self._depts) for t in ts) < 2:
            return
        k = 0
        while k + 1 < len(order):
            a, b = ts[k], ts[k + 1]
            if sim[a.end:b.start] in self._joins and b.name.endswith(self._depts) and \
                    not a.name.endswith(self._depts) and \
                    sim[a.start:a.end] == a.name and sim[b.start:b.end] == b.name:
                renamed[order[k]] = Ent(sim[a.start:b.end], b.type, a.start, b.end, b.rule,
                                        (), b.weak)
                dropped.add(order[k + 1])
                k += 2
                continue
            k += 1

    def _opening_verb(self, sim: str, found: list[Found], order: list[int],
                      renamed: dict[int, Ent]) -> None:
        """The verb glued to the first item (see the module)."""
        if len(order) < 2 or not self._verbs:
            return
        first = renamed.get(order[0], found[order[0]].target)
        text = sim[first.start:first.end]
        if text != first.name:
            return
        verb = next((v for v in self._verbs if text.startswith(v)), None)
        if verb is None or len(text) - len(verb) < _MIN_ITEM:
            return
        others = [renamed.get(k, found[k].target).name for k in order[1:]]
        if any(o.startswith(verb) for o in others) or \
                len(text) - len(verb) < min(len(o) for o in others) - 1:
            return
        renamed[order[0]] = Ent(text[len(verb):], first.type, first.start + len(verb),
                                first.end, first.rule, (), first.weak)


    def _determiner(self, sim: str, found: list[Found], order: list[int],
                    renamed: dict[int, Ent]) -> None:
        """A word before the list that says which or whose things it lists (部分A、B等H, 我县A、
        B三大H: ``list_determiners``), read into the first item or cut in two by its start, is
        no part of that item."""
        if len(order) < 2 or not self._determiners:
            return
        first = renamed.get(order[0], found[order[0]].target)
        if sim[first.start:first.end] != first.name:
            return
        for d in self._determiners:
            for j in range(len(d)):
                if first.start - j >= 0 and sim.startswith(d, first.start - j) and \
                        first.end - (first.start - j + len(d)) >= _MIN_ITEM:
                    s = first.start - j + len(d)
                    renamed[order[0]] = Ent(sim[s:first.end], first.type, s, first.end,
                                            first.rule, (), first.weak)
                    return


def at_of(at: dict[int, list[int]], k: int) -> list[int]:
    """The segments item ``k`` lies in."""
    return [i for i, ks in at.items() if k in ks]


def _closes(sim: str, end: int) -> bool:
    """Nothing but a mark or the end of the text follows the count at ``end``."""
    return end >= len(sim) or not ("\u4e00" <= sim[end] <= "\u9fff" or sim[end].isalnum())


def _longer_wholes(found: list[Found]) -> list[Found]:
    """Without the edges of a whole whose every item a longer whole of the same sentence that
    ends with its name has too (重点H and H: see the module)."""
    items: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.type == "INCLUDES":
            items[f.source.name].add(f.target.name)
    if len(items) < 2:
        return found
    shorter = {s for s in items for w in items
               if len(w) > len(s) and w.endswith(s) and items[s] <= items[w]}
    if not shorter:
        return found
    return [f for f in found if not (f.type == "INCLUDES" and f.source.name in shorter)]
