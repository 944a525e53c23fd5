"""Spans of a relation slot: cutting at stop words, splitting lists (、 和 与 及 以及 等) and
cleaning the words around a name. :class:`~.phrases.Phrases` adds typing on top.

A slot is a span of the document (offsets into the simplified text). Mentions found by
:mod:`..mentions.find` are never cut: separators and stripped words inside a mention are ignored.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon, trie_regex
from ..mentions.find import PUNCT, DocMentions, Mention
from ..quotes import NAME_MARKS, unclosed
from ..words.tokens import tables_version, word_tag

__all__ = ["PhraseSpans", "opens_word"]

# a run of two quoted names or more (no clause inside a quote), split between its names
_QUOTE_RUN = re.compile(r"(?:“[^“”，,。；;！？\n]{1,24}”){2,}")
_HARD_STOP = set("，。；：！？,;:!?（(\n—")
#: tags of function words (conjunctions, prepositions, adverbs, pronouns, particles): a word of
#: these opening a name is stripped like a one-character prefix (由于, 对于)
_FUNCTION_TAGS = frozenset("cpdru")


def opens_word(text: str) -> bool:
    """True when a content word of the dictionary (two to four characters, not a function
    word) opens ``text``: its first character is no prefix to strip, no bad start of a name
    (在线教育, 对比度测试, 要素市场)."""
    for n in (2, 3, 4):
        if n > len(text):
            break
        tag = word_tag(text[:n])
        if tag is not None and tag[:1] not in _FUNCTION_TAGS:
            return True
    return False


class PhraseSpans:
    """The span helpers of :class:`~.phrases.Phrases`, bound to one document."""


    def __init__(self, sim: str, lex: Lexicon, dm: DocMentions) -> None:
        self._phrase_separator = lex.regex("phrase_separator")
        self._conjunctions = lex.words("conjunctions")
        self._phrase_count = lex.regex("phrase_count")
        self._year = lex.regex("year")
        self._phrase_bad_start_chars = tuple(lex.chars("phrase_bad_start_chars"))
        self._phrase_bad_end_chars = tuple(lex.chars("phrase_bad_end_chars"))
        self._land_nouns = lex.words("land_nouns")
        self._list_open_chars = lex.charset("list_open_chars")
        self._demonstratives = tuple(lex.list("list_demonstratives"))
        self.sim = sim
        self.lex = lex
        self.dm = dm
        self.prefixes = sorted(lex.list("strip_prefixes") + lex.list("list_object_verbs"),
                               key=len, reverse=True)
        self.suffixes = tuple(sorted(lex.list("strip_suffixes"), key=len, reverse=True))
        self.stops = sorted(lex.list("phrase_stops"), key=len, reverse=True)
        self.stop_re = trie_regex(self.stops)  # longest stop at a position, one C-level match
        self.prefix_re = trie_regex(self.prefixes)
        # (whether a list's text holds any prefix of two characters or more: one search)
        self.long_prefix_re = trie_regex(p for p in self.prefixes if len(p) >= 2)
        self.stop_heads = set(lex.list("stop_heads"))
        self.modifiers = set(lex.list("modifier_prefixes"))
        self.heads = {
            "Initiative": sorted(lex.list("initiative_heads"), key=len, reverse=True),
            "Factor": sorted(lex.list("factor_heads"), key=len, reverse=True),
            "Organization": sorted(lex.list("org_heads"), key=len, reverse=True),
            "Concept": sorted(lex.list("concept_heads"), key=len, reverse=True),
        }
        self.head_tuples = {t: tuple(hs) for t, hs in self.heads.items()}
        self.dist_heads = [h for t in ("Factor", "Initiative") for h in self.heads[t]
                           if len(h) >= 2]
        # the rules ask for the same spans again and again: what they read, kept per span (the
        # cleaned span also while the words and tags it reads stay as they are)
        self._stops: dict[tuple[int, int], int] = {}
        self._parts: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        self._cleaned: dict[tuple[int, int], tuple[int, int]] = {}
        self._cleaned_of: tuple[int, ...] | None = None

    # -- spans ----------------------------------------------------------------------------------
    def _covered(self, pos: int) -> bool:
        """True when the character at ``pos`` belongs to a mention."""
        return self.dm.covers(pos, 30)

    def _inside_mention(self, pos: int) -> bool:
        """True when ``pos`` lies strictly inside a mention (a cut there would split a name)."""
        return self.dm.covers(pos, 30, strict=True)

    def cut_at_stop(self, s: int, e: int) -> int:
        """End of the noun phrase that starts at ``s``: the first phrase stop or punctuation
        outside a mention (a one-character stop such as 于 only when no 的 follows: in
        有利于…的岗位 the phrase goes on to its head)."""
        known = self._stops.get((s, e))
        if known is None:
            known = self._stops[(s, e)] = self._cut_at_stop(s, e)
        return known

    def _cut_at_stop(self, s: int, e: int) -> int:
        sim = self.sim
        i = s
        while i < e:
            m = self._mention_starting(i)
            if m is not None and m.end <= e:
                i = m.end
                continue
            ch = sim[i]
            if ch in _HARD_STOP:
                return i
            hit = self.stop_re.match(sim, i) if i > s else None
            if hit is not None and not (hit.end() - i == 1 and "的" in sim[i:e]):
                j = i
                while j < e and sim[j] not in "、等，。；：！？,;:!?（(\n":
                    j += 1
                if self.head_type(sim[i:j]) == "Initiative" and j > hit.end():
                    i = j - 1
                else:
                    return i
            i += 1
        return e

    def split(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split a list span at 、 和 与 及 ... (never inside a mention or a quote)."""
        known = self._parts.get((s, e))
        if known is None:
            known = self._parts[(s, e)] = tuple(self._split(s, e))
        return list(known)

    def _split(self, s: int, e: int) -> list[tuple[int, int]]:
        parts, last = [], s
        for m in self._phrase_separator.finditer(self.sim, s, e):
            seg = self.sim[s:m.start()]
            if unclosed(seg, NAME_MARKS) \
                    or self._inside_mention(m.start()) \
                    or self._inside_mention(m.end()):
                continue
            if m.group() in self._conjunctions and \
                    not self._conj_splits(last, m.start(), m.end(), e):
                continue
            if m.start() > last:
                parts.append((last, m.start()))
            last = m.end()
        if e > last:
            parts.append((last, e))
        if "”“" in self.sim[s:e]:  # “A”“B”“C”: quoted items with no separator between them
            parts = [q for a, b in parts for q in self._quote_parts(a, b)]
        return parts

    def _quote_parts(self, a: int, b: int) -> list[tuple[int, int]]:
        """``sim[a:b]`` (a run of whole quoted names, ``_QUOTE_RUN``) cut between a closing
        and an opening quote mark (“A”“B”)."""
        run = _QUOTE_RUN.match(self.sim, a, b)
        if run is None:
            return [(a, b)]  # (“A，B”“C”: a quote that holds a clause is no name of a list)
        out, last = [], a
        k = self.sim.find("”“", a, run.end())
        while k >= 0:
            out.append((last, k + 1))
            last = k + 1
            k = self.sim.find("”“", last, run.end())
        out.append((last, b))
        return out

    def _conj_splits(self, last: int, cs: int, ce: int, e: int) -> bool:
        """和/与/及 joins two items only when both sides are names (a mention or 3+ chars):
        政府和社会资本合作新机制 is one name."""
        nxt = self._phrase_separator.search(self.sim, ce, e)
        right_end = nxt.start() if nxt else e
        left_ok = cs - last >= 3 or self._mention_ending(cs) is not None
        right_ok = right_end - ce >= 3 or self._mention_starting(ce) is not None
        return left_ok and right_ok

    def clean(self, s: int, e: int) -> tuple[int, int]:
        """Strip verbs/adverbs before and filler after a name; keep the part after the last 的."""
        version = tables_version()  # (whether a word opens the name is read from the tags)
        if version != self._cleaned_of:
            self._cleaned.clear()
            self._cleaned_of = version
        known = self._cleaned.get((s, e))
        if known is None:
            known = self._cleaned[(s, e)] = self._clean(s, e)
        return known

    def _clean(self, s: int, e: int) -> tuple[int, int]:
        sim = self.sim
        if self.dm.at(s, e) is not None:
            return s, e
        while s < e and (sim[s] in PUNCT or sim[s] in "“”"):
            s += 1
        while e > s and (sim[e - 1] in PUNCT) and self._mention_ending(e) is None:
            e -= 1
        changed = True
        while changed and s < e:
            changed = False
            if self.dm.at(s, e) is not None:
                break
            head = self._mention_starting(s)
            if head is None or head.weak:
                hit = self.prefix_re.match(sim, s)
                if hit is not None and hit.end() - s == 1 and self._word_opens(s, e):
                    hit = None  # 在线教育, 要素市场: the character opens a word of the name
                if hit is not None and hit.end() < e:
                    s = hit.end()
                    changed = True
                elif hit is not None:
                    for p in self.prefixes:
                        if sim.startswith(p, s) and s + len(p) < e and \
                                not (len(p) == 1 and self._word_opens(s, e)):
                            s += len(p)
                            changed = True
                            break
            m = self._phrase_count.match(sim, s, e) or self._year.match(sim, s, e)
            if m and m.end() < e and self._mention_starting(s) is None:
                s = m.end()
                changed = True
            tail = self._mention_ending(e)
            if sim.endswith("建设", s, e) and self.head_type(sim[s:e - 2]) == "Initiative":
                e -= 2  # 智慧工厂平台建设 → 智慧工厂平台
                changed = True
                continue
            if tail is None and sim.endswith(self.suffixes, s, e):
                for p in self.suffixes:
                    if sim.endswith(p, s, e) and e - len(p) > s:
                        e -= len(p)
                        changed = True
                        break
        # the part after the last 的 that is not inside a mention
        i = sim.rfind("的", s + 1, e)
        while i > s:
            if not self._inside_mention(i) and e - i - 1 >= 2:
                s = i + 1
                break
            i = sim.rfind("的", s + 1, i)
        return s, e

    def _word_opens(self, s: int, e: int) -> bool:
        return opens_word(self.sim[s:min(e, s + 4)])

    def _mention_starting(self, s: int) -> Mention | None:
        return self.dm.starting(s, s + 40)

    def _mention_ending(self, e: int) -> Mention | None:
        return self.dm.ending(e, max(0, e - 40))
