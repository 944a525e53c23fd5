"""What every relation rule shares: the :class:`Found` result, clause splitting, the filler
words allowed between a name and its verb, and :class:`RuleBase`, which compiles the cue words
of a lexicon once and finds mentions, topics and object slots in one document."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from ...lexicon import Lexicon, trie_regex
from ..arguments.phrases import Ent, Phrases, ent_of
from ..discourse.context import split_at
from ..mentions.find import DocMentions, Mention, government_place
from ..quotes import unclosed

__all__ = ["Found", "RuleBase", "alternation", "clauses", "counted_noun_tail"]

_CLAUSE_END = re.compile(r"[，；：,;:]")
_LEAD_CLAUSE = re.compile(r"[^，。；：“”]{1,6}[，,]")


@dataclass
class Found:
    source: Ent
    type: str
    target: Ent
    rule: str
    extra_evidence: list[tuple[int, int]] = field(default_factory=list)


def clauses(sim: str, s: int, e: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``[s, e)``: split at ，；：, without the closing punctuation."""
    while e > s and sim[e - 1] in "。！？!?；;.…”’\"）)":
        if sim[e - 1] == "”" and unclosed(sim[s:e - 1]):
            break  # the closing quote of a name: …实施数字经济“一号工程”。
        e -= 1
    return split_at(_CLAUSE_END, sim, s, e)


def alternation(words: list[str] | set[str]) -> str:
    """A regular-expression alternation of ``words``, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def counted_noun_tail(lex: Lexicon) -> re.Pattern[str]:
    """A counted noun closing the text searched (``A、B和C四个方面``, ``X包括A、B和C三个子产品``):
    a number (``counted_noun_number``, group ``n``), a classifier, an optional modifier and a noun
    of one to six characters (group ``noun``). A count that closes a list's last item is no part
    of that item, whatever it counts."""
    return re.compile(
        r"(?P<n>" + lex.pattern("counted_noun_number") + r")(?:" +
        alternation(lex.cues("INCLUDES", "count_classifiers")) + r")(?:" +
        alternation(lex.cues("INCLUDES", "count_modifiers")) + r")?(?P<noun>[\u4e00-\u9fff]{1,6})$")


class _LexiconParts:
    """What :class:`RuleBase` compiles from the lexicon alone, made once per lexicon: the rules
    of each document take these attributes over instead of compiling them again."""

    def __init__(self, lex: Lexicon) -> None:
        filler = lex.pattern("filler")  # adverbs and modal words between a subject and its verb
        d = lambda k: lex.cues("DRIVES", k)  # noqa: E731
        self.drive_verbs = trie_regex(d("verbs"))
        # a verb chain (带动和引导): the second verb after 和/与/、/并
        self.drive_chain = re.compile(r"(?:和|与|、|并)(" + self.drive_verbs.pattern + ")")
        self.chain_verbs = set(d("chain"))
        self.instrument = set(d("instrument"))
        self.passive = re.compile(r"由([^。；！？]{2,60}?)而?(?:" + "|".join(d("passive")) +
                                  r")(?:出)?(?:的|而成|而来)?")
        mods = alternation(lex.list("drive_provide_modifiers"))  # (强劲创新动能: two at most)
        self.provide = re.compile(r"为([^，。；为]{2,30}?)(?:" + "|".join(d("provide_verbs")) +
                                  r")(?:了|出|着)?(?:" + mods + r"){0,2}(?:的)?(?:"
                                  + "|".join(d("force_nouns")) + ")")
        self.leading = re.compile(r"是([^，。；]{2,24}?)(?:在其中)?(?:" + "|".join(d("leading"))
                                  + r")(?:的|，|,)")
        alt = alternation
        self.frame_tail = re.compile(r"为(?:" + alt(d("frames")) + r")$")
        self.prev_frame = re.compile(filler + r"(?:要|必须|坚持|着力)?(?:以|通过)(.{2,30}?)为"
                                     r"(?:" + alt(d("frames")) + r")")
        self.engine = re.compile(r"(?:是|成为|作为)(?:" + alt(d("verbs")) +
                                 r")?([^，。；：是]{2,24}?)的(?:[^，。；的]{0,8}?[和与])?"
                                 r"(?:" + alt(d("engine_modifiers")) + r")*(?:" +
                                 alt(d("engine_nouns")) + r")")
        self.reliance = re.compile(r"(?:" + alt(d("reliance")) + r")([^，。；]{2,30})")
        self.engine_disposals = tuple(lex.list("engine_disposals"))  # 把A作为B的引擎: A after 把
        self.programme_heads = tuple(lex.list("programme_heads"))
        self.topic_copulas = tuple(lex.list("topic_copulas"))
        self.time_clause_openers = tuple(lex.list("time_clause_openers"))
        self.joins = frozenset(w for w in lex.list("mutual_joins") if len(w) == 1)
        self.joint_tails = tuple(lex.list("joint_tails"))  # (以A和B融合推动C)
        self.measure_heads = tuple(lex.list("measure_names"))
        self._quote_tails = {""} | set(lex.list("strip_suffixes"))
        self.definition_leads = tuple(lex.list("definition_leads"))
        self.incl_units = re.compile(r"^(?:以下)?(?:[两二三四五六七八九十0-9]+|几|多)(?:个(?:" +
                                     alt(lex.cues("INCLUDES", "summary_units")) + r")|(?:" +
                                     alt(lex.list("ordinal_kind_units")) + r"))$")
        self.ordinal_verbs = frozenset(lex.list("ordinal_intro_verbs"))
        self.incl_verbs = trie_regex([*lex.cues("INCLUDES", "verbs"), *self.ordinal_verbs])
        self.incl_tail = re.compile(
            r"(?:等)?(?P<n>[两二三四五六七八九十0-9]+|几|多)(?:" +
            alt(lex.cues("INCLUDES", "count_classifiers")) + r")(?:" +
            alt(lex.cues("INCLUDES", "count_modifiers")) + r")?(?P<unit>" +
            alt(lex.cues("INCLUDES", "summary_units") + lex.cues("INCLUDES", "task_heads")) +
            r")$")
        # X包括A、B和C三个子产品: a count closing the slot ends its last item, whatever it counts
        self.counted_noun_tail = counted_noun_tail(lex)
        self.task_heads = frozenset(lex.cues("INCLUDES", "task_heads"))
        self.summary_units = frozenset(lex.cues("INCLUDES", "summary_units"))
        self.anaphor = re.compile(r"(?:" + alt(lex.cues("INCLUDES", "anaphor_determiners")) +
                                  r")(?:项|个)?([\u4e00-\u9fff])")
        self.impl_verbs = trie_regex(lex.cues("IMPLEMENTS", "verbs"))
        # a verb followed or preceded by one of these characters is part of a noun
        # (开发区, 建设者, 开发商; 的建设, 大建设, 总部署)
        self.verb_noun_after = "".join(lex.cues("IMPLEMENTS", "verb_noun_after"))
        self.verb_compounds = tuple(lex.cues("IMPLEMENTS", "verb_noun_compounds"))
        self.verb_noun_before = tuple(lex.cues("IMPLEMENTS", "verb_noun_before"))
        self.impl_strong = set(lex.cues("IMPLEMENTS", "strong"))
        # 发布12名“最美X”: a count of people right before a name (rules/implements.py)
        self._people_count = re.compile(r"[0-9两二三四五六七八九十百千多数]+(?:" +
                                        alt(lex.cues("INCLUDES", "people_measures")) + r")$")
        self.impl_passive = re.compile(r"(.{2,30}?)" + filler + r"(?:" +
                                       "|".join(lex.cues("IMPLEMENTS", "passive")) + r")" +
                                       filler + r"(?:加快|推进|完善|提升|落地)?$")
        # (the passive's verbs alone: a clause without one is never tried, see passive_at)
        self._passive_words = trie_regex(lex.cues("IMPLEMENTS", "passive"))
        self.pronouns = trie_regex(lex.list("pronouns"))
        self.first_person = frozenset(lex.list("first_person_pronouns"))
        self.titles = lex.words("person_titles")
        self.non_ini = tuple(lex.list("non_initiative_tails"))
        self.verb_words = tuple(
            {w for kinds in lex.relations.values() for ws in kinds.values() for w in ws
             if len(w) >= 2} | {w for w in lex.list("phrase_stops") if len(w) >= 2}
            | {"落实", "贯彻", "显示", "表明"})
        self.control = trie_regex(lex.list("control_verbs"))
        self.speech = re.compile(r"(?:" + "|".join(map(re.escape, lex.list("speech_verbs")))
                                 + r")(?:[，：:,]|要)")


class RuleBase(_LexiconParts):
    """The cue words of one lexicon, compiled, bound to one document; helpers shared by the
    DRIVES, INCLUDES and IMPLEMENTS rules."""

    def __init__(self, sim: str, lex: Lexicon, dm: DocMentions, ph: Phrases) -> None:
        self.sim, self.lex, self.dm, self.ph = sim, lex, dm, ph
        self.__dict__.update(vars(lex.compiled("rule_base", lambda: _LexiconParts(lex))))
        # (bound once: these two are the rules' most frequent calls)
        self.rx: Callable[[str], re.Pattern[str]] = lex.regex_lookup
        self._mentions: Callable[[int, int], list[Mention]] = dm.between
        self.loose: list[Ent] = []  # named initiatives of sentences without an organisation
        self.ord_anchor: Ent | None = None  # A of "A包括三个方面：一是B；二是C"
        self.ord_sent = -1
        self.prev_topic: Ent | None = None  # the topic of the sentence before (它, 其)
        self.aspect_anchor: Ent | None = None  # X of "X，一方面…" until 另一方面
        # a government speaks for its place (江临市人民政府 is also 江临市)
        place = government_place(dm.speaker, lex) if dm.speaker else None
        self.speaker = [Ent(dm.speaker, "Organization", 0, 0, "speaker",
                            (place,) if place else ())] if dm.speaker else []

    # -- helpers --------------------------------------------------------------------------------
    def passive_at(self, cs: int, ce: int) -> re.Match[str] | None:
        """``impl_passive`` matched over the clause ``[cs, ce)`` (交易平台进一步搭建), tried only
        where one of its verbs occurs (the lazy subject run is costly at every clause)."""
        if self._passive_words.search(self.sim, cs, ce) is None:
            return None
        return self.impl_passive.match(self.sim, cs, ce)

    def _adjacent_before(self, cs: int, pos: int, types: tuple[str, ...]) -> Ent | None:
        """The mention right before ``pos`` (only filler words between) in ``[cs, pos)``; a
        generic head may follow a known term (新能源汽车产业已经成为…: 新能源汽车)."""
        best = None
        for m in self._mentions(cs, pos):
            if m.type in types and not m.weak and (
                    self.rx("only_filler").match(self.sim[m.end:pos]) or (
                        m.type in ("Concept", "Factor") and
                        self.rx("generic_tail").fullmatch(self.sim, m.end, pos))):
                best = m
        return ent_of(best) if best else None

    def first(self, s: int, e: int, types: tuple[str, ...]) -> Ent | None:
        for m in self._mentions(s, e):
            if m.type in types and not m.weak:
                return ent_of(m)
        return None

    def _last(self, s: int, e: int, types: tuple[str, ...]) -> Ent | None:
        ms = [m for m in self._mentions(s, e) if m.type in types and not m.weak]
        return ent_of(ms[-1]) if ms else None

    def words(self, key: str) -> tuple[str, ...]:
        """The lexicon's word list ``key`` as a tuple."""
        return self.lex.words(key)

    def topic(self, ss: int, se: int) -> Ent | None:
        """The mention that opens the sentence (its topic), if any; a sentence opening with
        它/其/这 continues the topic of the sentence before."""
        if self.rx("pronoun_topic").match(self.sim, ss, se):
            return self.prev_topic
        asked = self.rx("question_topic").match(self.sim, ss, se)
        if asked:  # 何谓X？: the question names the topic
            ent = self.ph.resolve(*asked.span(1), "Concept")
            if ent is not None and ent.type in ("Concept", "Factor", "Initiative"):
                return ent
        lead = _LEAD_CLAUSE.match(self.sim, ss, se)  # 概括地说，新质生产力是…
        if lead:
            ss = lead.end()
        elif self.sim.startswith(self.definition_leads, ss):  # 所谓X，…: X
            ss += next(len(w) for w in self.definition_leads if self.sim.startswith(w, ss))
        for m in self._mentions(ss, min(se, ss + 30)):
            if m.start - ss <= 1 and m.type in ("Concept", "Factor", "Initiative") \
                    and not m.weak:
                return ent_of(m)
            break
        return None

    def _anaphor_before(self, cs: int, vs: int) -> Ent | None:
        """该行动 / 这一战略 (主要) right before ``vs`` (the clause's subject): the last Initiative
        or Concept before the clause whose name ends in that head (within about 600 characters)."""
        sim = self.sim
        m = next((x for x in self.anaphor.finditer(sim, cs, vs)
                  if self.rx("lead").match(sim[cs:x.start()])), None)
        if m is None:
            return None
        h0 = m.start(1)
        head = next((sim[h0:end] for end in range(h0 + 1, min(h0 + 3, vs) + 1)
                     if self.rx("only_filler").match(sim[end:vs])), None)
        if head is None:
            return None
        ref = self._named_before(cs, head)
        # the referent, placed at the words that stand for it (their span is claimed; they are
        # no alias of it)
        return Ent(ref.name, ref.type, m.start(), vs, "anaphor", ref.aliases) if ref else None

    def _bare_head(self, cs: int, vs: int) -> Ent | None:
        """平台分为…, 行动包括…: a subject that is a bare initiative head (at most four
        characters) stands for the last name before the clause that ends in it."""
        sim = self.sim
        lead = self.rx("lead").match(sim[cs:vs])
        s = cs + (lead.end() if lead else 0)
        e = next((e for e in range(s + 2, min(s + 4, vs) + 1)
                  if self.rx("only_filler").match(sim[e:vs])), None)
        text = sim[s:e] if e is not None else ""
        known = self.dm.at(s, e) if text else None
        if not text or not text.endswith(tuple(
                h for h in self.ph.head_tuples["Initiative"] if len(h) >= 2)) or \
                self.ph.head_type(text) not in (None, "Initiative") or \
                (known is not None and not known.weak):
            return None
        ref = self._named_before(cs, text)
        return Ent(ref.name, ref.type, s, vs, "anaphor", ref.aliases) if ref else None

    def _named_before(self, cs: int, head: str) -> Ent | None:
        """The last name before ``cs`` (within about 600 characters) that ends in ``head``: a
        known Initiative or Concept, or a phrase before a head written in the text."""
        sim = self.sim
        i = bisect_left(self.dm.starts, cs) - 1
        known = None
        while i >= 0 and cs - self.dm.items[i].start <= 600:
            x = self.dm.items[i]
            if x.end <= cs and x.type in ("Initiative", "Concept") and not x.weak and \
                    x.name.endswith(head) and len(x.name) > len(head):
                known = ent_of(x)
                break
            i -= 1
        p = sim.rfind(head, max(0, cs - 600), cs)
        while p >= 0 and (known is None or p >= known.end):
            e = p + len(head)
            s = e
            while s > 0 and ("\u4e00" <= sim[s - 1] <= "\u9fff" or sim[s - 1] in "“”") \
                    and e - s < 16:
                s -= 1
            s = self._after_actor_verb(s, e - len(head))
            ent = self.ph.resolve(s, e) if not self.anaphor.match(sim, s) else None
            if ent is not None and ent.type in ("Initiative", "Concept") and \
                    ent.name.endswith(head) and len(ent.name) > len(head) and ent.end == e:
                return ent
            p = sim.rfind(head, max(0, cs - 600), p)
        return known

    def _after_actor_verb(self, s: int, e: int) -> int:
        """Where a name before ``e`` starts when a body or a place and its verb of launching
        stand before it (甲市发布|X计划。该计划…: the name is X计划), else ``s``."""
        for m in self.impl_verbs.finditer(self.sim, s, e):
            if any(x.type in ("Organization", "Place") and x.start >= s and x.end == m.start()
                   for x in self.dm.between(s, m.start())):
                return m.end()
        return s

    def _verb_ok(self, vs: int, ve: int) -> bool:
        """A cue word found by the verb regex is a verb here (not inside a name)."""
        return not self.ph._covered(vs) and not self.ph._covered(ve - 1)

    def _unknown_items(self, s: int, e: int, type_: str, known: bool = False) -> list[Ent]:
        """Names of a list none of which the lexicon knows (领军科学家、卓越工程师、高技能工匠),
        given the type of the whole they belong to; known terms may stand among them. With
        ``known`` (a list whose count the caller checks), names of ``type_`` stand among them
        too, and a cue word inside an item (集中式光伏提速) does not rule it out."""
        out = []
        parts = self.ph.split(s, e)
        for a, b in parts:
            if self.sim[a:b].strip().startswith(self.words("task_verbs")):
                return []  # 加强X、完善Y: tasks, not members
            a, b = self.ph.clean(a, b)
            text = self.sim[a:b]
            m = self.dm.at(a, b)
            if m is not None and (m.type in ("Concept", "Factor") or
                                  (known and m.type == type_)) and not m.weak:
                out.append(ent_of(m))
            elif 3 <= len(text) <= 8 and self.ph.valid_name(text, type_) and \
                    self._noun_like(text, inner=not known):
                out.append(Ent(text, type_, a, b, "list_item"))
        return out if len(out) >= 2 and len(out) == len(parts) else []

    def _noun_like(self, text: str, inner: bool = True) -> bool:
        """No verb opens the name and (``inner``) no cue word is inside (加强X, 完善Y)."""
        return not text.startswith(tuple(self.ph.prefixes)) and \
            not text.startswith(self.words("task_verbs")) and \
            not (inner and any(w in text for w in self.verb_words))

    def _slot_frame(self, s: int, e: int) -> re.Match[str] | None:
        """An object frame (``object_frame``) that opens the slot's name."""
        frame = self.rx("object_frame").search(self.sim, s, e)
        return frame if frame and not self.ph._covered(frame.start()) else None

    def _slot_deng(self, s: int, e: int) -> int:
        """Where the 等 that ends the slot's list is (-1: none)."""
        i = s
        while True:
            i = self.sim.find("等", i, e)
            if i < 0 or not self.ph._covered(i):
                return i
            i += 1

    def _slot_head(self, s: int, e: int) -> str:
        """The text after the 等 of an object slot (the list's head), as :meth:`_slot_items`
        gives it, without reading the items."""
        if self._slot_frame(s, e):
            return ""
        deng = self._slot_deng(s, e)
        return self.sim[deng + 1:e] if deng >= 0 else ""

    def _slot_items(self, s: int, e: int, hint: str | None = None, strict: bool = False,
                    fill: bool = False) -> tuple[list[Ent], str]:
        """Items of an object slot, with the text after 等 (the list's head), if any."""
        sim, ph = self.sim, self.ph
        frame = self._slot_frame(s, e)
        if frame:
            ent = ph.resolve(frame.end(), e, hint, strict=strict)
            return ([ent] if ent else []), ""
        deng = self._slot_deng(s, e)
        head_text = ""
        if deng >= 0:
            head_text = sim[deng + 1:e]
            e = deng
        # a shared modifier list: 招募熟悉X、掌握Y、具备Z经验的技术骨干
        parts = ph.split(s, e)
        if len(parts) > 1 and "的" not in sim[parts[0][0]:parts[0][1]] and \
                "的" in sim[parts[-1][0]:parts[-1][1]]:
            ent = ph.resolve(parts[-1][0], parts[-1][1], hint, strict=strict)
            return ([ent] if ent else []), head_text
        return ph.items(s, e, hint, strict=strict, fill=fill), head_text
