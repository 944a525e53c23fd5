"""INCLUDES from lists whose head is counted or follows quoted items, and one-line glossaries:

- ``A、B、C、D、E五篇大文章``: a list closed by a count and a head that the text names elsewhere
  (a quoted ``“五篇大文章”``) or that is a numbered programme (``七大平台``): head INCLUDES items;
- ``“A”“B”“C”等八大行动``: quoted items written one after another, then 等 and the head;
- ``A保险、B保险和C保险等科技保险产品``: items sharing the head word (保险) of the list head;
- ``具身智能：指…，如A、B等``: a term, its definition and its examples on one line;
- ``甲乙包括A、B和C三个基本要素``: a subject the lexicon does not know owns a list that the
  count and a summary unit close, when there are as many items as the count says.
"""

from __future__ import annotations

import re

from ..arguments.phrases import Ent, ent_of
from ..lists.list_items import count_of, qualified_item
from .common import Found, RuleBase

__all__ = ["CountedRules"]

_CJK = r"\u4e00-\u9fff"
_ONE_QUOTE = re.compile(r"“([^“”\n]{1,24})”")
_ITEM_CHARS = re.compile(r"[" + _CJK + r"（）()A-Za-z0-9]{3,16}")


class CountedRules(RuleBase):
    """Mixed into :class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`."""

    def counted_lists(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        out: list[Found] = []
        for cs, ce in cls:
            out += self._counted_head(cs, ce)
            out += self._quoted_run(cs, ce)
            out += self._shared_word_head(cs, ce)
        out += self._gloss_line(ss, se)
        return out

    def counted_topic(self, cs: int, vs: int, ve: int, ce: int) -> list[Found]:
        """甲乙包括A、B和C三个基本要素: when no known term is the subject of an including verb,
        the whole noun phrase before it (after lead words) owns the list, provided a count and a
        summary unit close the clause and the list has exactly that many items."""
        sim = self.sim
        tail = self.incl_tail.search(sim, ve, ce)
        if tail is None or tail.group("unit") not in self.summary_units or \
                sim[tail.end():ce].strip():
            return []
        lead = self.rx("lead").match(sim[cs:vs])
        s = cs + (lead.end() if lead else 0)
        s, e = self.ph.clean(s, vs)
        text = sim[s:e]
        m = self.dm.at(s, e)  # (a weak term of the lexicon that the count confirms may own it)
        if not 2 <= len(text) <= 8 or "的" in text or not self.ph.valid_name(text, "Concept") \
                or not self._noun_like(text, inner=False) or (m is not None and not m.weak):
            return []
        items = self._unknown_items(ve, tail.start(), "Concept", known=True)
        if len(items) != count_of(tail.group("n")):
            return []
        a = Ent(text, m.type if m is not None and m.type else "Concept", s, e, "noun_phrase")
        return [Found(a, "INCLUDES", b, "includes_counted_topic") for b in items
                if b.name != text]

    def _counted_head(self, cs: int, ce: int) -> list[Found]:
        """A、B、C五篇大文章: the count + head is a quoted name of the text or a programme."""
        sim, out = self.sim, []
        if sim.find("、", cs, ce) < 0:
            return out  # (every head below closes a list with a 、 before it)
        quoted = self.dm.quoted_names()
        for m in self.rx("counted_count").finditer(sim, cs, ce):
            i = m.start()
            if i == cs or sim[i - 1] in "、，等第" or "、" not in sim[cs:i]:
                continue
            head = None
            for q in quoted:
                if sim.startswith(q, i) and len(q) > m.end() - i:
                    head = Ent(q, "Initiative", i, i + len(q), "quoted_name")
                    break
            if head is None:
                mm = self.dm.at(i, self.ph.cut_at_stop(i, ce))
                if mm is None or mm.start != i or mm.rule != "numbered_name" or \
                        mm.type != "Initiative":
                    continue
                head = ent_of(mm)
            ls, le = self.ph.list_before(cs, i)
            bare = self.rx("counted_count").sub("", head.name, count=1)
            if "、" not in sim[ls:le] or all(sim.endswith(bare, a, b)
                                             for a, b in self.ph.split(ls, le)):
                continue  # 网络体系、平台体系三大体系: the count repeats the items' head
            for b in self.ph.items(ls, le, fill=True):
                if b.name != head.name and b.type in ("Concept", "Factor", "Initiative"):
                    out.append(Found(head, "INCLUDES", b, "includes_counted"))
        return out

    def _quoted_run(self, cs: int, ce: int) -> list[Found]:
        """“A”“B”“C”等八大行动: quoted items without 、 between them."""
        out = []
        for m in self.rx("quote_run").finditer(self.sim, cs, ce):
            hs = m.end()
            mm = self.dm.at(hs, self.ph.cut_at_stop(hs, ce))
            if mm is None or mm.start != hs or mm.weak or \
                    mm.type not in ("Concept", "Factor", "Initiative"):
                continue
            head = ent_of(mm)
            for q in _ONE_QUOTE.finditer(m.group(1)):
                name = q.group(1).strip()
                s = m.start(1) + q.start(1)
                known = self.lex.lookup(name)
                b = Ent(known.name, known.type, s, s + len(name), "lexicon") if known else \
                    Ent(name, head.type, s, s + len(name), "quoted_name")
                if b.name != head.name and not (known and known.weak):
                    out.append(Found(head, "INCLUDES", b, "includes_quoted_run"))
        return out

    def _shared_word_head(self, cs: int, ce: int) -> list[Found]:
        """A保险、B保险和C保险等科技保险产品: every item ends with the head's last word."""
        sim, out = self.sim, []
        i = cs - 1
        while (i := sim.find("等", i + 1, ce)) >= 0:
            if self.ph._covered(i):
                continue
            he = self.ph.cut_at_stop(i + 1, ce)
            text = sim[i + 1:he]
            made = next((w for w in self.lex.mapping("made_heads") if text.endswith(w)), None)
            if made is None or not 4 <= len(text) - 2 <= 8 or self.lex.lookup(text[:-2]):
                continue
            word = text[-4:-2]
            parts = []
            for a, b in reversed(self.ph.split(cs, i)):  # items that end with the word
                if not sim.endswith(word, a, b):
                    break
                parts.insert(0, self.ph.clean(a, b))
            if parts:  # the first item starts after the clause's last verb (开发A保险)
                a, b = parts[0]
                a = max([a] + [sim.rfind(p, a, b - len(word)) + len(p)
                               for p in self.words("offer_verbs")
                               if sim.rfind(p, a, b - len(word)) >= 0])
                parts[0] = (a, b)
            names = [sim[a:b] for a, b in parts]
            if len(names) < 2 or not all(n.endswith(word) and len(n) > len(word) + 1 and
                                         _ITEM_CHARS.fullmatch(n) and
                                         not n.startswith(self.words("list_task_verbs"))
                                         for n in names):
                continue
            head = Ent(text[:-2], "Concept", i + 1, he - 2, "noun_phrase", (text,))
            for (a, b), n in zip(parts, names, strict=True):
                known = self.lex.lookup(n)
                item = Ent(known.name, known.type, a, b, "lexicon") if known else \
                    Ent(n, self.lex.mapping("made_heads")[made], a, b, "list_item")
                out.append(Found(head, "INCLUDES", item, "includes_shared_word"))
        return out

    def _gloss_line(self, ss: int, se: int) -> list[Found]:
        """具身智能：指…的系统，如A、B等。 — the term INCLUDES its examples."""
        sim = self.sim
        m = self.rx("gloss").match(sim, ss, se)
        if m is None:
            return []
        ru = sim.find("，如", m.end(), se)
        if ru < 0:
            return []
        deng = sim.find("等", ru, se)
        le = deng if deng > 0 else self.ph.cut_at_stop(ru + 2, se)
        name = m.group(1)
        known = self.lex.lookup(name)
        if known is not None and (known.weak or known.type not in ("Concept", "Factor")):
            return []
        if known is None and (self.ph.head_type(name) not in (None, "Concept") or
                              not self.ph.valid_name(name, "Concept")):
            return []
        term = Ent(known.name if known else name, known.type if known else "Concept",
                   m.start(1), m.end(1), "lexicon" if known else "noun_phrase")
        items = []
        for a, b in self.ph.split(ru + 2, le):
            ent = self.ph.resolve(a, b)
            items.append(qualified_item(self.ph, a, b, ent) if ent is not None else None)
        known = {x.type for x in items if x is not None and x.type in ("Concept", "Factor")}
        if len(known) == 1:  # 人形机器人、智能无人机: an unknown name takes its neighbour's type
            type_ = known.pop()
            for k, (a, b) in enumerate(self.ph.split(ru + 2, le)):
                a, b = self.ph.clean(a, b)
                if items[k] is None and 3 <= len(sim[a:b]) <= 8 and \
                        self.ph.valid_name(sim[a:b], type_) and self._noun_like(sim[a:b]):
                    items[k] = Ent(sim[a:b], type_, a, b, "list_item")
        items = [x for x in items if x is not None]
        return [Found(term, "INCLUDES", b, "includes_glossary") for b in items
                if b.name != term.name and b.type in ("Concept", "Factor")]
