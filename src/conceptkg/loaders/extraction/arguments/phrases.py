"""Noun phrases in relation slots: list splitting (、 和 与 及 以及 等), cleaning (verbs and
modifiers around a name) and resolution into typed entities.

A slot is a span of the document (offsets into the simplified text). Mentions found by
:mod:`mentions` are never cut: separators and stripped words inside a mention are ignored.
"""

from __future__ import annotations

import re

from ..lists.list_items import qualified_item, same_kind
from ..lists.modifier_lists import modifier_list_text
from ..mentions.find import CJK_RUN, Mention
from ..mentions.mention_types import Ent, ent_of
from ..words.tokens import tokenize, word_tag
from ..words.wordclass import word_classes
from .spans import PhraseSpans, opens_word

__all__ = ["Ent", "Phrases", "counted_measures"]

_NAME_CHARS = re.compile(r"^[" + CJK_RUN + r"A-Za-z0-9+·\-]+$")
#: what may not stand inside a counted measure's name
_NAME_BREAKS = frozenset("，、；：。！？“”《》（）()")


def counted_measures(sim: str, s: int, e: int, heads: tuple[str, ...],
                     count: re.Pattern[str]) -> Ent | None:
    """出台12条支持小微企业的政策措施: a count at ``s`` and a measure head (``measure_names``)
    ending sim[s:e] name one thing, whatever the words between (a verb among them does not
    end the name); None for any other span."""
    while e > s and sim[e - 1] in " \u3000。；，":
        e -= 1
    m = count.match(sim, s, e)  # (the ``measure_count`` pattern)
    if m is None or e - m.end() > 30 or not sim.endswith(heads, s, e) or \
            any(ch in _NAME_BREAKS for ch in sim[m.end():e]):
        return None
    return Ent(sim[s:e], "Initiative", s, e, "counted_measures")


class Phrases(PhraseSpans):
    """Phrase helpers bound to one document."""

    # -- typing ---------------------------------------------------------------------------------
    def head_type(self, text: str) -> str | None:
        for t in ("Organization", "Initiative", "Factor", "Concept"):
            heads = self.head_tuples[t]
            if text.endswith(heads):  # one C-level test; the loop only for a hit
                for h in heads:
                    if text.endswith(h) and len(text) > len(h):
                        return t
        return None

    def valid_name(self, text: str, type_: str) -> bool:
        if not (2 <= len(text) <= 16) or not _NAME_CHARS.match(text):
            return False
        if text in self.stop_heads or (text.startswith(self._phrase_bad_start_chars)
                                       and not opens_word(text)) or \
                (text.endswith(self._phrase_bad_end_chars) and not text.endswith(self._land_nouns)):
            return False
        if type_ == "Initiative" and len(text) < 3:
            return False
        if re.fullmatch(r"[0-9.+\-]+", text):
            return False
        return True

    def resolve(self, s: int, e: int, hint: str | None = None, *, strict: bool = False,
                tail_ok: bool = True) -> Ent | None:
        """The entity a cleaned slot ``[s, e)`` names, or None.

        ``strict``: only known names (mentions); ``hint``: the type an unknown name gets (from
        the list head or the slot), otherwise its head word decides.
        """
        s, e = self.clean(s, e)
        if e <= s:
            return None
        m = self.dm.at(s, e)
        if m is not None:
            return ent_of(m) if m.type else self._typed(m, hint)
        q = self.dm.quoted_at(s, e)
        if q is not None and hint:
            return Ent(q.name, hint, s, e, "quoted_name")
        if tail_ok:
            tail = self._mention_ending(e)
            if tail is not None and tail.start > s and tail.type and not tail.weak and (
                    tail.start - s >= 2 or self.sim[tail.start - 1] == "的"):
                before = self._mention_ending(tail.start)
                text = self.sim[s:e]
                prefix = self.sim[s:tail.start]
                named = self._named_tail(s, e, tail, before, prefix)
                if named is not None:
                    return named
                if (prefix in self.modifiers or prefix in word_classes().modifiers) and \
                        tail.type in ("Concept", "Factor"):
                    # 高端智能设备: an adjective makes a narrower thing, not the general term
                    return Ent(text, tail.type, s, e, "noun_phrase")
                if before is not None and before.start == s and before.type in (
                        "Concept", "Factor") and not before.weak and len(text) <= 12 \
                        and tail.type == "Concept":
                    # 制造业转型升级: a concept of its own, not just 转型升级
                    return Ent(text, "Concept", s, e, "noun_phrase")
                ent = ent_of(tail)
                if len(text) <= 12 and "的" not in prefix and _NAME_CHARS.match(text):
                    # 深度保洁 → 保洁: the phrase as written stays an alias of the term
                    ent = Ent(ent.name, ent.type, ent.start, ent.end, ent.rule,
                              (*ent.aliases, text))
                return ent
        text = self.sim[s:e]
        for suf in ("建设", "工作"):
            inner = self.dm.at(s, e - len(suf))
            if text.endswith(suf) and inner is not None and inner.type in ("Concept", "Factor"):
                return ent_of(inner)
        if strict:
            return None
        if self.lex.lookup(text) is not None:
            t = self.lex.lookup(text)
            return Ent(t.name, t.type, s, e, "lexicon", weak=t.weak)
        type_ = hint or self.head_type(text)
        if type_ is None or not self.valid_name(text, type_):
            return None
        return Ent(text, type_, s, e, "noun_phrase")

    def _named_tail(self, s: int, e: int, tail: Mention, before: Mention | None,
                    prefix: str) -> Ent | None:
        """A name whose tail is a known word but which names a programme of its own:
        数字经济“一号工程” (a term before a quoted initiative), 天枢大模型 (a proper name before
        a known term, the whole ending with an initiative head)."""
        if "的" in prefix or not _NAME_CHARS.match(prefix.replace("“", "").replace("”", "")):
            return None
        if tail.rule == "quoted_name" and tail.type == "Initiative":
            if (before is not None and before.start == s and before.type in ("Concept", "Factor")
                    and not before.weak) or (2 <= len(prefix) <= 4 and
                                             word_classes().is_proper_name(prefix)):
                return Ent(prefix + tail.name, "Initiative", s, e, "noun_phrase",
                           (tail.name, *tail.aliases))
            return None
        text = self.sim[s:e]
        if tail.type == "Factor" and before is None and 2 <= len(prefix) <= 4 and \
                self.head_type(text) == "Initiative" and prefix not in self.modifiers and \
                prefix not in word_classes().modifiers and word_classes().is_proper_name(prefix) \
                and prefix not in word_classes().words:
            return Ent(text, "Initiative", s, e, "noun_phrase")
        return None

    def _typed(self, m: Mention, hint: str | None) -> Ent | None:
        if hint is None:
            return None
        return Ent(m.name, hint, m.start, m.end, m.rule, m.aliases)

    def items(self, s: int, e: int, hint: str | None = None, *, strict: bool = False,
              fill: bool = False) -> list[Ent]:
        """Entities of a list span (distributing a shared head: 检测和运维设备).
        ``fill``: an unknown short item among known ones takes their type (先进制造业、现代服务业
        和现代农业: 现代农业 is a concept like the others)."""
        parts = self.split(s, e)
        if len(parts) >= 2 and self.sim[parts[-1][0] - 1] == "、":
            # 集约化、标准化、品牌化经营: manner words sharing one head name one thing
            cleaned = [self.clean(*p) for p in parts]
            texts = [self.sim[a:b] for a, b in cleaned]
            whole = self.sim[cleaned[0][0]:cleaned[-1][1]]
            if modifier_list_text(texts, self.lex) and len(whole) <= 20:
                return [Ent(whole, hint or "Concept", cleaned[0][0], cleaned[-1][1],
                            "modifier_list")]
        out: list[Ent] = []
        missed: list[tuple[int, int]] = []
        for k, (a, b) in enumerate(parts):
            ent = None
            if k + 1 < len(parts) and not strict and self.sim[b:parts[k + 1][0]] in "和与及":
                ent = self._distribute(a, b, parts[k + 1], hint)
            if ent is None:
                ent = self.resolve(a, b, hint, strict=strict)
                if ent is not None and fill and len(parts) >= 3:
                    ent = qualified_item(self, a, b, ent)
            if ent is None:
                missed.append((a, b))
            elif all(x.name != ent.name for x in out):
                out.append(ent)
        if fill and not strict and not out and len(parts) >= 2:
            # 冷链物流、电商物流和国际物流: unknown names sharing their head word
            texts = [self.sim[a:b] for a, b in (self.clean(*p) for p in parts)]
            tail = texts[0][-2:]
            if all(3 <= len(t) <= 8 and t.endswith(tail) for t in texts) and \
                    all(self.valid_name(t, hint or "Concept") for t in texts):
                return [Ent(t, hint or "Concept", a, b, "list_item")
                        for t, (a, b) in zip(texts, (self.clean(*p) for p in parts), strict=True)]
        if fill and len(parts) >= 2:
            out = same_kind(out)
        if fill and not strict and missed and len(out) >= max(1, len(parts) // 2):
            types = {x.type for x in out if not x.weak}
            if len(types) == 1 and types <= {"Concept", "Factor"}:
                type_ = types.pop()
                for a, b in missed:
                    a, b = self.clean(a, b)
                    text = self.sim[a:b]
                    if 3 <= len(text) <= 8 and self.valid_name(text, type_) and \
                            not word_classes().stop_ending_at(text, len(text), 0) and \
                            all(x.name != text for x in out):
                        out.append(Ent(text, type_, a, b, "list_item"))
        return out

    def _distribute(self, a: int, b: int, nxt: tuple[int, int], hint: str | None) -> Ent | None:
        a, b = self.clean(a, b)
        left = self.sim[a:b]
        right = self.sim[nxt[0]:nxt[1]]
        if not (2 <= len(left) <= 5) or self.head_type(left) or not _NAME_CHARS.match(left) \
                or left in self.stop_heads or left[-1] not in "化型性式级态":
            return None
        known = self.lex.lookup(left)
        if known is not None and not known.weak:
            return None
        for h in self.dist_heads:
            if right.endswith(h) and len(right) > len(h):
                name = left + h
                type_ = hint or self.head_type(name)
                if type_ and self.valid_name(name, type_):
                    t = self.lex.lookup(name)
                    if t is not None:
                        return Ent(t.name, t.type, a, b, "lexicon")
                    return Ent(name, type_, a, b, "shared_head")
        return None

    def list_before(self, s: int, e: int) -> tuple[int, int]:
        """Start of a list that ends at ``e`` (before 等): after the last verb of the clause."""
        sim = self.sim
        best = s
        for p in self.prefixes if self.long_prefix_re.search(sim, s, e) else ():
            if len(p) < 2:
                continue
            i = sim.rfind(p, s, e)
            while i > s and self._covered(i):
                i = sim.rfind(p, s, i)
            if i >= 0 and not self._covered(i) and i + len(p) > best and i + len(p) < e:
                best = i + len(p)
        # a preposition or an earlier list (…等X向A、B等) also opens the list
        for i in range(e - 1, best - 1, -1):
            if sim[i] in self._list_open_chars and not self._covered(i):
                best = i + 1
                break
        q = e - 1 if e > best and sim[e - 1] in "“「" else e
        if sim.endswith(self._demonstratives, best, q):  # A、B、C这“三项H”: not C这
            e = q - next(len(w) for w in self._demonstratives if sim.endswith(w, best, q))
        return self._after_verb(best, e), e

    def _after_verb(self, s: int, e: int) -> int:
        """Where the first item of the list ``[s, e)`` starts when a verb that is a word of
        its own opens it (受A、B等H: A; 催生A、B等H: A; 受托管理、… is one word and stays)."""
        sep = self.sim.find("、", s, e)
        if sep < s + 3 or self._covered(s):
            return s
        n = 1 if word_tag(self.sim[s]) == "v" else 2
        if n == 2 and (sep < s + 4 or word_tag(self.sim[s:s + 2]) != "v"
                       or self.sim[s:s + 2] in self.lex.list("nominal_verbs")):
            return s  # (most lists: no verb opens them; 发展X is an item)
        words = tokenize(self.sim, s, sep)
        if len(words) >= 2 and len(words[0].text) == n and words[0].tag == "v" and \
                len(words[1].text) >= 2 and words[1].tag[:1] in ("n", "j"):
            return s + n
        return s
