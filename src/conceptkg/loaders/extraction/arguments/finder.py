"""Arguments of a relation cue that the lexicon may not know.

A relation component finds a cue (带动, 包括, 启动 …) and asks this module for the phrase on its
left (:meth:`ArgumentFinder.subject`) or the phrases on its right
(:meth:`ArgumentFinder.objects`). Phrases are read over words (see :mod:`..words.tokens`) and
trimmed by the word lists of the language data (``generic.yaml``): time words and adverbs at the
start, light verbs before a target, a new predicate on the right. A phrase the lexicon knows keeps
its lexicon type and name; an unknown phrase is typed by its head word (:meth:`type_of`) and carries
the span kind ``chunk``, which lowers the confidence of every edge it is part of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import Lexicon, trie_regex
from ...zh import shipped
from ..mentions.anchored import any_word
from ..mentions.mention_types import DocMentions
from ..words.tokens import Tok, add_words, set_nouns, set_tags, tokenize
from .entities import ArgumentEntities
from .items import _CLOSE, _OPEN, ArgumentItems
from .kinds import ArgumentKinds
from .subject_repair import subject_repair

__all__ = ["Arg", "ArgumentFinder"]

#: what parts the items of a list (an item after one keeps a first preposition or time word)
_ITEM_SEPS = shipped().words("item_joins")


#: the tags of the words of a modifier before 的 that says how a thing is (持续的, 稳定、长期、
#: 可负担的: no noun, so no clause with a subject of its own)
_HOW_MODIFIER_TAGS = frozenset({"a", "ad", "an", "d", "vd", "b", "z", "v"})


def _taught(lex: Lexicon, cue_verbs: frozenset[str]) -> dict[str, str]:
    """The words the segmenter is taught for ``lex`` (made once per lexicon): the cue verbs and
    light verbs, then the terms of two characters or more."""
    words = {w: "v" for w in cue_verbs}
    for w in lex.list("light_verbs"):  # (做强, 做优: kept whole before their object)
        if len(w) >= 2:
            words.setdefault(w, "v")
    for w in lex.list("initiative_heads"):  # (推进会: no verb 推进 and a 会)
        if len(w) >= 3 and w[:2] in words:
            words.setdefault(w, "n")
    for surface, term in lex.terms.items():
        if len(surface) >= 2 and not term.weak:
            words.setdefault(surface, "nt" if term.type == "Organization" else "n")
    return words


@dataclass(frozen=True)
class Arg:
    """A phrase found as an argument: its span and how it was found."""

    start: int
    end: int
    kind: str  # "lexicon", "name" (organisation, quoted or numbered name) or "chunk"


class ArgumentFinder(ArgumentEntities, ArgumentKinds, ArgumentItems):
    """Finds and types cue arguments in one document (simplified text ``sim``)."""

    def __init__(self, sim: str, lex: Lexicon, dm: DocMentions) -> None:
        self._time_end_chars = tuple(lex.chars("time_end_chars"))
        self._date = lex.regex("date")
        self._time_start_chars = tuple(lex.chars("time_start_chars"))
        self.non_time = frozenset(lex.list("non_time_words"))
        self.complements = frozenset(lex.list("verb_complements"))
        self._arg_counted = lex.regex("arg_counted")
        self._amount = lex.regex("amount")
        self._arg_bad_first_chars = lex.charset("arg_bad_first_chars")
        self._arg_bad_last_chars = lex.charset("arg_bad_last_chars")
        self._arg_trailing_quantity = lex.regex("arg_trailing_quantity")
        self._arg_leading_amount = lex.regex("arg_leading_amount")
        self.sim = sim
        self.lex = lex
        self.dm = dm
        self.lead = frozenset(lex.list("lead_words"))
        self.attributive_suffixes = tuple(lex.list("attributive_verb_suffixes"))
        self.comparative_counts = frozenset(lex.list("comparative_counts"))  # 更 + 多
        self.light = frozenset(lex.list("light_verbs"))
        self.process_changes = frozenset(lex.list("process_change_verbs"))
        # (带动B突破500亿元: a word of how B fares before a figure closes B)
        self.fare_words = frozenset(lex.list("figure_level_words"))
        # a thing's start or opening (投入运营, 开业): after a head word, a predicate
        self.state_changes = frozenset(lex.list("drive_time_clause_predicates")) | \
            frozenset(lex.list("event_close_verbs"))
        self.counts = tuple(sorted(lex.list("count_words"), key=len, reverse=True))
        self.stops = frozenset(lex.list("arg_stops"))
        self.blockers = frozenset(lex.list("subject_blockers"))
        self.weak = frozenset(lex.list("weak_args")) | frozenset(lex.list("stop_heads"))
        self.parties = frozenset(lex.list("acting_parties"))
        pats = lex.list("party_patterns")
        self.party_re = re.compile("^(?:" + "|".join(pats) + ")$") if pats else None
        self.self_refs = frozenset(lex.list("self_references"))
        #: the pronouns (an anaphor among them: 该公司), asked about before its head is read
        self.pronoun_words = lex.wordset("pronouns")
        self.init_heads = tuple(sorted(set(lex.list("initiative_heads"))
                                       | set(lex.list("policy_heads")), key=len, reverse=True))
        self.init_heads2 = tuple(h for h in self.init_heads if len(h) >= 2)
        self.factor_heads = tuple(sorted(lex.list("factor_heads"), key=len, reverse=True))
        self.org_suffixes = tuple(sorted(lex.list("org_suffixes"), key=len, reverse=True))
        self.org_descriptors = tuple(lex.list("org_descriptor_heads"))
        self._descriptor_rx = trie_regex(self.org_descriptors)  # (whether any occurs at all)
        self.facility_heads = tuple(lex.list("facility_heads"))
        self.not_org = frozenset(lex.list("not_org_words"))
        self.non_init = tuple(lex.list("non_initiative_tails"))
        self.titles = frozenset(lex.list("person_titles")) | frozenset(lex.list("speech_verbs"))
        self.nominal = frozenset(lex.list("nominal_verbs")) | frozenset(lex.list("concept_heads"))
        # words that end in an organisation suffix but name no body (部署, 干部, 布局)
        self.not_org_end = tuple(lex.list("false_org_endings"))
        self.copulas = frozenset(lex.list("copulas"))
        self.routes = frozenset(lex.list("route_words"))
        self.non_party = frozenset(lex.list("non_party_words"))
        places = lex.list("place_patterns")
        self.place_re = re.compile("^(?:" + "|".join(places) + ")$") if places else None
        self.modals = frozenset(lex.list("modal_verbs"))
        self.process_modals = self.modals | frozenset(lex.list("drive_time_clause_modals"))
        self.campaigns = frozenset(lex.cues("IMPLEMENTS", "campaign_nouns"))
        self.surnames = frozenset(lex.list("surnames"))
        self.minor_places = tuple(lex.list("minor_place_suffixes"))
        # words that join two organisations: a span holding one names no single body
        self.joiners = ("联合", "会同", "携手", "牵头", "指导", "支持", "委托")
        self.founding = tuple(lex.list("founder_span_verbs"))  # 集团成立X研究院: no single body
        # the words of which one inside a span makes it no single body (see _organisation): one
        # search each, not a find per word
        self._no_body_rx = any_word((*self.joiners, *(w for w in self.blockers
                                                      if len(w) > 1 or w in "要以")))
        self._founding_rx = any_word(self.founding)
        self.speech = tuple(w for w in lex.list("speech_verbs") if len(w) >= 2)
        self.self_org: str | None = None
        self.self_names: frozenset[str] = frozenset()
        self.self_words: frozenset[str] = frozenset()
        self.cue_verbs = frozenset(w for rel in lex.relations.values()
                                   for kind in ("verbs", "strong", "event_verbs")
                                   for w in rel.get(kind, []))
        kinds = {"DRIVES": ("verbs", "provide_verbs", "chain", "engine_nouns", "under",
                            "contribution_verbs", "benefit_verbs", "help_verbs"),
                 "INCLUDES": ("verbs", "etc", "represented", "compose", "range_verbs",
                              "example_cues", "part_nouns"),
                 "IMPLEMENTS": ("verbs", "strong", "event_verbs", "organizer",
                                "subject_organizer", "builder_verbs")}
        self.cue_res = {rel: trie_regex({w for k in ks for w in lex.cues(rel, k)})
                        for rel, ks in kinds.items()}
        self.cue_re = trie_regex({w for rel, ks in kinds.items() for k in ks
                                  for w in lex.cues(rel, k)})
        inst = [*lex.cues("DRIVES", "instrument_verbs"),
                *lex.cues("DRIVES", "instrument_end_verbs")]  # (以A提升B, drives/cue_drives.py)
        self._inst_rx = trie_regex(set(inst)) if inst else None
        # 拨付配套经费，支持B: a verb of support is a DRIVES cue only with money or measures
        sup, funds = lex.cues("DRIVES", "support_verbs"), lex.cues("DRIVES", "fund_heads")
        self._support_rx = trie_regex(set(sup)) if sup and funds else None
        self._fund_rx = trie_regex(set(funds)) if sup and funds else None
        add_words(lex.derived("argument_finder", "taught", lambda: _taught(lex, self.cue_verbs)))
        set_nouns(lex.list("noun_words"))
        set_tags(lex.mapping("predicate_words"))
        set_tags({w: "b" for w in lex.list("modifier_words")})
        self._tok_cache: dict[tuple[int, int], list[Tok]] = {}
        self._cued: dict[tuple[int, int, str | None], bool] = {}
        self._objects_of: dict[tuple[object, ...], tuple[list[Tok], tuple[tuple[
            int, int, bool], ...]]] = {}
        # the first segmented text each word boundary was seen in: (its words, the index)
        self._tok_starts: dict[int, tuple[list[Tok], int]] = {}
        self._tok_ends: dict[int, tuple[list[Tok], int]] = {}

    def has_cue(self, s: int, e: int, relation: str | None = None) -> bool:
        """sim[s:e] holds a cue word (of ``relation``, or of any): only such text is
        segmented."""
        key = (s, e, relation)  # (components ask again for the same sentence and clauses)
        known = self._cued.get(key)
        if known is None:
            known = self._cued[key] = self._has_cue(s, e, relation)
        return known

    def _has_cue(self, s: int, e: int, relation: str | None) -> bool:
        rx = self.cue_re if relation is None else self.cue_res[relation]
        if rx.search(self.sim, s, e) is not None:
            return True
        if relation not in (None, "DRIVES"):
            return False
        if self._support_rx is not None and self._support_rx.search(self.sim, s, e) and \
                self._fund_rx.search(self.sim, s, e):
            return True  # 拨付配套经费，支持B
        # 以A推进B: a verb of progress is a DRIVES cue after an instrument
        return self._inst_rx is not None and \
            self.sim.find("以", s, e) >= 0 and self._inst_rx.search(self.sim, s, e) is not None

    # -- words --------------------------------------------------------------------------------
    def tokens(self, s: int, e: int) -> list[Tok]:
        """The words of sim[s:e]; a span whose ends are word boundaries of text already
        segmented (a phrase inside a clause) takes those words instead of a new segmentation."""
        key = (s, e)
        toks = self._tok_cache.get(key)
        if toks is None:
            a = self._tok_starts.get(s)
            b = self._tok_ends.get(e)
            if a is not None and b is not None and a[0] is b[0] and a[1] <= b[1]:
                toks = self._tok_cache[key] = a[0][a[1]:b[1] + 1]
            else:
                toks = self._tok_cache[key] = tokenize(self.sim, s, e)
                starts, ends = self._tok_starts, self._tok_ends
                for i, t in enumerate(toks):
                    at = (toks, i)
                    starts.setdefault(t.start, at)
                    ends.setdefault(t.end, at)
        return toks

    def _lead_end(self, toks: list[Tok], i: int, j: int, light: bool) -> int:
        """Index of the first token in toks[i:j] after lead words (and light verbs)."""
        while i < j:
            t = toks[i]
            if t.tag == "m" and i + 1 < j and toks[i + 1].text in (".", "、", "．", "）", ")"):
                i += 2  # a numbered item: 3. / 二、
                continue
            if t.tag == "m" and t.text.isdigit() and i + 1 < j and \
                    toks[i + 1].text in ("年", "月", "日", "号"):
                i += 2  # 2025年 split into a figure and its unit: a date
                continue
            if t.text in self.lead or t.tag in ("x", "p", "c", "uj", "ul", "d") or (
                    i > 0 and toks[i - 1].text + t.text in self.comparative_counts) \
                    or (t.tag == "t" and t.text.endswith(self._time_end_chars)
                        and t.text not in self.non_time) \
                    or (t.tag in ("i", "l") and t.text.startswith(self._time_start_chars)
                        and t.text.endswith(self._time_end_chars)) \
                    or (self._date.match(t.text) and any(ch.isdigit() for ch in t.text)) \
                    or (light and t.text in self.light and i + 1 < j):
                if t.text in _OPEN and t.text not in "（(":
                    break
                if t.text in "（(":  # a parenthesis after the lead: skip what it holds
                    k = i + 1
                    while k < j and toks[k].text not in "）)":
                        k += 1
                    i = k + 1
                    continue
                i += 1
            else:
                break
        return i

    def _trim_right(self, toks: list[Tok], i: int, j: int, item: bool = False) -> int:
        """The end of toks[i:j] without trailing particles and adverbs; in a list ``item`` a
        longer word the dictionary tags as an adverb is kept (立法 ends 协同立法)."""
        while j > i and (toks[j - 1].text in ("等", "等等", "的", "了", "之", "中", "上")
                         or (toks[j - 1].tag in ("x", "uj", "ul", "d", "p", "c")
                         and toks[j - 1].text not in _CLOSE
                         and not (item and toks[j - 1].tag == "d" and j - 1 > i
                                  and len(toks[j - 1].text) > 1
                                  and toks[j - 1].text not in self.lead))):
            j -= 1
        return j

    # -- left argument ------------------------------------------------------------------------
    def subject(self, toks: list[Tok], j: int) -> tuple[int, int] | None:
        """The phrase before token ``j`` in a clause (``toks`` are the clause's words)."""
        i = self._lead_end(toks, 0, j, light=False)
        if any(t.tag == "p" for t in toks[:i]):
            return None  # 对X带动Y, 在X推动下: a phrase after a preposition is no subject
        while j > i and (toks[j - 1].text in self.lead or (toks[j - 1].tag in ("d", "ad", "x")
                         and toks[j - 1].text not in _CLOSE
                         and toks[j - 1].text not in self.nominal)):  # (更新 tagged d)
            if toks[j - 1].text in self.copulas:  # A是推动B的要求: not A推动B
                return None
            j -= 1
        if j <= i or any(t.text in self.blockers for t in toks[i:j]):
            return None
        quoted = j - i > 2 and toks[i].text == "“" and toks[j - 1].text == "”" and \
            all(t.text != "”" for t in toks[i + 1:j - 1])  # “跟着X游Y”: a name, whatever its words
        if not quoted and j - i > 3 and toks[i].text == "“":
            # “甲乙进城”行动由A主办: a quoted name and its head, whatever the quote's words
            close = next((k for k in range(i + 1, j) if toks[k].text == "”"), j)
            quoted = 1 <= j - close - 1 <= 2 and toks[j - 1].text.endswith(self.init_heads2) \
                and all(t.tag != "x" for t in toks[close + 1:j])
        if not quoted and not self.phrase_ok(toks[i:j]):
            if self._process_subject(toks, i, j):
                return toks[i].start, toks[j - 1].end  # 人才集聚为B提供支撑: a thing and what
            de = max((k for k in range(max(i - 1, 0), j - 1) if toks[k].text == "的"),
                     default=None)  # (the lead words may end with it: 持续的X)
            if de is not None and all(t.tag in _HOW_MODIFIER_TAGS or t.text == "、"
                                      for t in toks[i:de]) and \
                    self.phrase_ok(toks[de + 1:j], final_verb=True):
                return toks[de + 1].start, toks[j - 1].end  # 持续的X, 稳定、长期的X: X
            return subject_repair(self, toks, i, j, de)
        return toks[i].start, toks[j - 1].end

    def _process_subject(self, toks: list[Tok], i: int, j: int) -> bool:
        """``toks[i:j]`` is a thing and one verb of what it does (人才集聚, 要素流动) right
        before 为 or a cue verb: the process is the subject (A集聚为B提供支撑, A流动带动B)."""
        return j - i >= 2 and j < len(toks) and (toks[j].text == "为"
                                                or toks[j].text in self.cue_verbs) and \
            toks[j - 1].verb and len(toks[j - 1].text) == 2 and toks[j - 2].noun and \
            (toks[j - 1].text not in self.light or
             toks[j - 1].text in self.process_changes) and \
            toks[j - 1].text not in self.cue_verbs and \
            toks[j - 1].text not in self.process_modals and \
            self.organisation(toks[i].start, toks[j - 2].end) is None and \
            not toks[j - 2].text.endswith(self.org_suffixes) and \
            self.phrase_ok(toks[i:j], final_verb=True)

    def _head_ahead(self, toks: list[Tok], e: int, b: int) -> int | None:
        """Index of a word ending in an initiative head within the next few words (国企改革深化
        提升行动: the verbs inside belong to the name), else None."""
        for k in range(e, min(b, e + 4)):
            t = toks[k]
            if t.tag in ("x", "p", "uj") or t.text in self.cue_verbs:
                return None
            if t.text.endswith(self.init_heads2) and (t.tag != "vn" or t.text in self.nominal):
                return k  # (行动, 活动: verbal nouns that head names)
        return None

    def is_verb(self, t: Tok) -> bool:
        return t.verb and t.text not in self.nominal and not t.text.endswith(self.init_heads)

    def phrase_ok(self, toks: list[Tok], *, final_verb: bool = False) -> bool:
        """A run of words that can be a name: no person's name or title, no preposition or
        adverb inside, and no predicate (a verb other than a nominal one such as 创新, 发展;
        加快X推动Y has no subject). ``final_verb`` allows a verb as the last word (民心相通)."""
        last = len(toks) - 1
        headed = last > 1 and toks[last].tag[:1] == "n" and \
            toks[last].text.endswith(self.init_heads2)  # (梯度培育体系, 远程运维平台)
        for k, t in enumerate(toks):
            if headed and 0 < k == last - 1 and t.tag[:1] == "v" and toks[k - 1].noun:
                continue  # a verb between a noun and a programme's head word qualifies it
            if (t.tag in ("nr", "nrfg", "nrt") and k == 0) or t.text in self.titles:
                return False
            if t.tag in ("p", "d", "ad") and t.text not in self.nominal and 0 < k < last:
                return False
            if 0 < k == last - 1 and t.text in self.campaigns and \
                    toks[last].text.endswith(self.init_heads2):
                continue  # 绿色出行创建行动: a campaign word before the head is in the name
            if self.is_verb(t) and len(t.text) > 1 and not (final_verb and k == last and k > 0) \
                    and not (k < last and toks[k + 1].text == "的"
                             and t.text.endswith(self.attributive_suffixes)):
                return False  # (a one-character "verb" is mostly a piece of an unknown word;
                # 便利化的政策: a verb of becoming before 的 says what kind, it is no predicate)
            if (t.text in self.light or t.text in self.cue_verbs) and t.text not in self.nominal \
                    and not (final_verb and k == last and k > 0):
                return False  # 深化X, 提升Y: an action, whatever its tag
        return True

    # -- right arguments ----------------------------------------------------------------------
    def objects(self, toks: list[Tok], i: int, *, conj: bool = False,
                verbs: frozenset[str] = frozenset(), strip_verbs: bool = False,
                etc_head: bool = True) -> list[tuple[int, int, bool]]:
        """The phrases after token ``i`` up to the clause end, split at 、 (and 和/及/与 when
        ``conj``). Each is (start, end, had_light_verb). An item that opens with one of
        ``verbs`` (拉动X、促进Y) keeps going: the verb is dropped. (Components read the same
        objects again: kept per word list, which is kept with them.)"""
        key = (id(toks), i, bool(conj), frozenset(verbs), bool(strip_verbs), bool(etc_head))
        known = self._objects_of.get(key)
        if known is None or known[0] is not toks:
            known = self._objects_of[key] = (toks, tuple(self._objects(
                toks, i, conj, verbs, strip_verbs, etc_head)))
        return list(known[1])

    def _objects(self, toks: list[Tok], i: int, conj: bool, verbs: frozenset[str],
                 strip_verbs: bool, etc_head: bool) -> list[tuple[int, int, bool]]:
        out: list[tuple[int, int, bool]] = []
        n = len(toks)
        k = i
        depth = 0
        while k < n:
            a = k
            while k < n:
                t = toks[k].text
                if depth == 0 and t == "“" and k > a and toks[k - 1].text == "”":
                    break  # “A”“B”: names side by side are items of a list
                if t in _OPEN:
                    depth += 1
                elif t in _CLOSE and depth:
                    depth -= 1
                elif depth == 0 and (t == "、" or (conj and t in ("和", "及", "以及", "与")
                                     and k > a)):
                    break
                k += 1
            etc = next((m for m in range(a, k) if toks[m].text in ("等", "等等")), None)
            inner = strip_verbs and out and a > 0 and toks[a - 1].text in _ITEM_SEPS
            item = self._item(toks, a, etc if etc is not None else k, verbs, strip_verbs,
                              inner=bool(inner))
            if item and self.sim[item[1] - 1] == "”" and \
                    (rel := self.sim.rfind("的“", item[0], item[1])) >= 0 and \
                    "”" not in self.sim[rel:item[1] - 1]:
                item = (rel + 1, item[1], item[2])  # 推出覆盖X的“A”: the quoted name only
            if item:
                out.append(item)
            elif out:
                break
            if etc is not None:  # A、B等C: C closes the list
                head = self._item(toks, etc + 1, k, frozenset()) if etc_head else None
                if head:
                    out.append(head)
                break
            if k < n and toks[k].text == "“":
                continue  # (the next item opens with the quote: no separator to pass)
            k += 1
        return out
