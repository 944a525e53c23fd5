"""Names and types of cue arguments: the part of :class:`~.finder.ArgumentFinder` that turns
a span into an entity (a known mention, the document's own organisation, a typed chunk)."""

from __future__ import annotations

import re

from ..mentions.mention_types import PUNCT
from ..quotes import NAME_MARKS, balanced
from ..words.tokens import tag_table, word_tag
from .anaphora import anaphor_head, earlier_named
from .phrases import Ent

__all__ = ["ArgumentEntities"]

_QUOTED = re.compile(r"[“\"《「]([^”\"》」]{2,30})[”\"》」]")
_GLOSS = re.compile(r"[（(]([^（）()]{2,20})[)）]$")
#: a span not asked about yet (:meth:`ArgumentEntities.organisation`)
_UNSEEN = object()


class ArgumentEntities:
    """Entity making for :class:`~.finder.ArgumentFinder` (which sets the attributes used
    here: ``sim``, ``lex``, ``dm``, ``self_refs``, ``org_suffixes`` …)."""

    # -- names and types ----------------------------------------------------------------------
    def set_self(self, name: str) -> None:
        """The organisation the document is by or about, with its short forms (X集团 → X) and
        the words by which it names itself (公司, 我省 …)."""
        self.self_org = name
        # (a company is no 我省, 全市: those words stand for a place and its government)
        places = tuple(self.lex.list("place_levels")) \
            if self.lex.regex("company_word").search(name) else ()
        names = {name, *(w for w in self.self_refs if not (places and w.endswith(places)))}
        #: the words by which the document's body names itself (我们, 公司, 我省 …; not a
        #: place's for a company)
        self.self_words = frozenset(
            w for w in (*self.self_refs, *self.lex.list("first_person_pronouns"))
            if not (places and w.endswith(places)))
        for suf in self.org_suffixes:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                names.add(name[: -len(suf)])
                break
        self.self_names = frozenset(names)

    def organisation(self, s: int, e: int) -> str | None:
        """The organisation named by sim[s:e] (a recognised name, a party, a place); asked
        often for the same spans by several components, so kept per span."""
        cache = self.__dict__.get("_org_cache")
        if cache is None:  # (no empty dict made for every call)
            cache = self.__dict__["_org_cache"] = {}
        key = (s, e)
        name = cache.get(key, _UNSEEN)
        if name is _UNSEEN:
            name = cache[key] = self._organisation(s, e)
        return name

    def _organisation(self, s: int, e: int) -> str | None:
        text = self.sim[s:e]
        if text in self.self_names and self.self_org:
            return self.self_org
        named = self.dm.at_of_type(s, e, ("Organization", "Place"))
        if named is not None:
            return named.name
        if text in self.parties:
            return text
        party = self.party_re.match(text) if self.party_re else None
        prefix = party.groupdict().get("prefix") if party else None
        if party and not (prefix and (word_tag(prefix) in ("v", "vn", "p", "d", "c", "r")
                                      or word_tag(prefix[-1]) == "p")):
            return text  # 三省市, 甲乙丙三地 (not 借助多部门, 记者从多部门)
        if self.place_re and self.place_re.match(text) and self._place_name(s, e):
            return text  # 海州市推出X: the city (its government) acts
        if text.endswith(self.minor_places) and self.minor_place(text):  # (one test first)
            return text  # 临江区, 江口镇: a district or town (its government)
        if len(text) == 2 and text[1] == "方" and text not in self.non_party and \
                "\u4e00" <= text[0] <= "\u9fff":
            return text  # 中方, 马方: a country or side acting as a party
        # (word_tag answers nt or ns only from the tag table: a span of several words is not
        # looked up in the segmenter's dictionary too)
        if len(text) >= 2 and tag_table().get(text) in ("nt", "ns") and not (
                len(text) >= 4 and word_tag(text[:2]) == "v" and
                not text.endswith(self.org_suffixes)):  # an organisation, or a place (not a
            # verb phrase the dictionary tags a place: a verb and its object)
            return text  # (its government), in jieba's dictionary; a single character is none
        if text in self.self_refs:
            return None
        head = anaphor_head(self.lex, text) if text in self.pronoun_words else ""
        if head:  # 该公司: the company named before it, else nobody
            return earlier_named(self.sim, self.dm, s, head)
        if self._descriptor_rx.search(text) and any(
                0 <= (k := text.rfind(w)) and self.dm.at_of_type(
                    s + k + len(w), e, ("Organization",)) is not None
                for w in self.org_descriptors):
            return None  # 全资子公司甲乙制药有限公司: a kind of body, then the name found
        if 3 <= len(text) <= 20 and text.endswith(self.org_suffixes) \
                and text not in self.not_org \
                and not self._has_no_body_word(s, e) \
                and not text.endswith(self.not_org_end) \
                and word_tag(text[:2]) not in ("v", "vn", "p", "d", "ad") \
                and word_tag(text[:1]) not in ("v", "p", "d", "c", "r") \
                and not self._arg_counted.search(text) \
                and not any(w in text for w in ("的", "和", "与", "、", "等", "在", "从")) \
                and not any(c in PUNCT for c in text) \
                and not any(t in self._unsuffixed(text) for t in self.titles):
            return text
        return None

    def _has_no_body_word(self, s: int, e: int) -> bool:
        """sim[s:e] holds a word that joins bodies (联合), a verb of founding after its first
        character, or a word that blocks a subject: it names no single body."""
        return self._no_body_rx.search(self.sim, s, e) is not None or \
            self._founding_rx.search(self.sim, s + 1, e) is not None

    def _unsuffixed(self, text: str) -> str:
        """``text`` with the organisation suffixes inside it blanked: a title inside a suffix
        (委员 in 委员会) names no person."""
        rx = self.__dict__.get("_long_suffix_rx")
        if rx is None:  # (made once: the suffixes are many, the calls more)
            long = sorted((x for x in self.org_suffixes if len(x) > 2), key=len, reverse=True)
            rx = self.__dict__["_long_suffix_rx"] = re.compile(
                "|".join(map(re.escape, long)) or "(?!)")
        return rx.sub("|", text)

    def type_of(self, text: str, hint: str | None = None) -> str:
        term = self.lex.lookup(text)
        if term is not None and not term.weak:
            return term.type
        if hint:
            return hint
        de = text.rfind("的")
        described = self.lex.lookup(text[de + 1:]) if 0 < de < len(text) - 2 else None
        if described is not None and not described.weak and described.type == "Concept":
            return "Concept"  # 更具韧性的现代农业体系: a known concept, described
        if _QUOTED.search(text) and text.endswith((*self.init_heads, "”", "》")):
            return "Initiative"
        if text.endswith(self.init_heads) and not text.endswith(self.non_init):
            return "Initiative"
        if text.endswith(self.factor_heads):
            return "Factor"
        for k in range(1, len(text) - 1):  # a known term at the end: 农业高质量发展
            t = self.lex.lookup(text[k:])
            if t is not None and not t.weak and t.type in ("Concept", "Factor"):
                return "Concept" if len(text) - k < len(text) else t.type
        return "Concept"

    def aliases(self, text: str) -> tuple[str, ...]:
        out: list[str] = []
        for c in self.counts if text.startswith(self.counts) else ():
            if text.startswith(c) and len(text) - len(c) >= 2:
                out.append(text[len(c):])
                break
        m = self._arg_counted.match(text)
        if m and len(text) - m.end() >= 2:
            out.append(text[m.end():])
        m = self._amount.match(text)  # 2.5亿元消费券: how much of it, no part of its name
        if m and len(text) - m.end() >= 2 and "\u4e00" <= text[m.end()] <= "\u9fff":
            out.append(text[m.end():])
        if "的" in text:
            head, tail = text.rsplit("的", 1)
            if len(tail) >= 2 and not (word_tag(tail) or "n").startswith("v"):
                out.append(tail)  # (A的开通: an action alone names nothing)
            if len(head) >= 2 and 2 <= len(tail) <= 4 and "的" not in head and \
                    (word_tag(tail[-2:]) or "n").startswith("v") and \
                    (word_tag(tail[:2]) or "n")[:1] in ("v", "d", "a") and \
                    not self._actor_name(head):
                out.append(head)  # A的较快增长, A的迭代升级: the thing that changes (not
                # 甲集团的较快增长: a body, a place or a person is no such thing)
        k = text.rfind("等")
        if 0 < k < len(text) - 2 and (0 <= text.rfind("、") < k or (
                word_tag(text[k - 1:k + 1]) is None and text[k + 1] not in "级同于待")):
            out.append(text[k + 1:])  # A、B等下游行业, A等H: the kind the list closes with
            # (高等教育, 平等互利, 等级: 等 in a word, no list)
        q = _QUOTED.search(text)
        if q and q.group(0) != text:
            out.append(q.group(1))
            after = text[q.start():]
            if after != text and after != q.group(0):  # (发展“X”: X is the alias, not “X”)
                out.append(after)
        return tuple(dict.fromkeys(a for a in out if a != text))

    def _actor_name(self, text: str) -> bool:
        """``text`` names a body, a place or a person by its words alone (no offsets)."""
        return text in self.parties or text in self.self_refs or \
            (word_tag(text) or "")[:2] in ("nt", "ns", "nr") or self.is_person(text) or \
            text.endswith(self.org_suffixes) or self.minor_place(text) or \
            bool(self.place_re and self.place_re.match(text))

    def valid(self, text: str) -> bool:
        if len(text) < 2 or len(text) > 30 or text in self.weak:
            return False
        if text.isdigit() or not any(ch.isalnum() for ch in text):
            return False
        if text[0] in self._arg_bad_first_chars or text[-1] in self._arg_bad_last_chars:
            return False
        return balanced(text, NAME_MARKS)

    def entity(self, s: int, e: int, rule: str, hint: str | None = None,
               extra_aliases: tuple[str, ...] = ()) -> Ent | None:
        """An entity for sim[s:e]: the lexicon's or an organisation's when it names one, else
        a phrase typed by its head word."""
        text = self.sim[s:e].strip()
        if text.startswith(("“", "\"")) and text.endswith(("”", "\"")) and text.count("“") <= 1:
            text = text[1:-1]
        qty = self._arg_trailing_quantity.search(text)
        if qty and qty.start() >= 3:  # 中欧班列线路4条: the count is not part of the name
            extra_aliases = (*extra_aliases, text)
            e -= len(qty.group(0))
            text = text[: qty.start()]
        amount = self._arg_leading_amount.match(text)
        if amount and len(text) - amount.end() >= 3:  # 首期5亿元X资金池: the amount is no name
            extra_aliases = (*extra_aliases, text)
            s += len(self.sim[s:e]) - len(self.sim[s:e].lstrip()) + amount.end()
            text = text[amount.end():]
        gloss = _GLOSS.search(text)
        if gloss and gloss.start() >= 2:  # TSN（时间敏感网络）: the gloss is an alias
            extra_aliases = (*extra_aliases, text, gloss.group(1))
            e -= len(gloss.group(0))
            text = text[: gloss.start()]
        if not self.valid(text):
            return None
        for m in self.dm.between(s, e):
            if m.start == s and m.end == e and m.type and not m.weak and \
                    (hint is None or m.type == hint or (hint == "Initiative"
                     and m.type not in ("Organization", "Place", "Person"))):
                typ = hint if hint == "Initiative" and m.type == "Concept" and \
                    text.endswith(self.init_heads) else m.type
                return Ent(m.name, typ, s, e, m.rule, tuple(dict.fromkeys(
                    (*m.aliases, *extra_aliases))))
        term = self.lex.lookup(text)
        if term is not None and not term.weak and (hint is None or term.type == hint):
            return Ent(term.name, term.type, s, e, "lexicon", extra_aliases)
        text, extra_aliases = self._quoted_term(s, e, text, extra_aliases)
        typ = self.type_of(text, hint)
        return Ent(text, typ, s, e, "chunk", tuple(dict.fromkeys(
            (*self.aliases(text), *extra_aliases))))

    def _quoted_term(self, s: int, e: int, text: str, aliases: tuple[str, ...]
                     ) -> tuple[str, tuple[str, ...]]:
        """``text`` (the words of ``s``-``e``) named without the marks of a quoted term of the
        lexicon that opens it with a head after it (“甲乙行动”专项行动 → 甲乙行动专项行动, as a
        quote the lexicon does not know is named: :attr:`.DocMentions.quoted_terms`)."""
        at = s + len(self.sim[s:e]) - len(self.sim[s:e].lstrip())
        for m in self.dm.quoted_terms:
            if m.start == at and m.end <= e and text.startswith(self.sim[m.start:m.end]):
                return m.name + text[m.end - at:], (*m.aliases, *aliases)
        return text, aliases
