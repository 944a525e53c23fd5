"""Document-level enumeration rules: side-bars and glossary boxes of PDF pages.

- Side-bar summaries: a short line such as "X的特点 / 具体涵盖三个层面" whose items stand
  elsewhere on the page as "一是具有…。二是具有…。三是具有…。" (often out of order, the summary
  printed after them) → X INCLUDES item.
- Glossary boxes: a title line naming an entity followed by a text with a list
  ("常用的检测仪器如A、B、C等") → title INCLUDES A, B, C.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...reading.sentences import Sentence
from ...zh import shipped
from ..arguments.phrases import Ent, Phrases, ent_of
from ..mentions.find import DocMentions
from ..rules.common import Found

_ZH = shipped()

__all__ = ["document_rules"]

_CN = _ZH.pattern("cn_digits")


def _number(ch: str) -> int:
    if ch == "两":
        return 2
    return _CN.index(ch) + 1 if ch in _CN else int(ch) if ch.isdigit() else 0


def document_rules(sents: list[Sentence], sim: str, lex: Lexicon, dm: DocMentions,
                   ph: Phrases) -> tuple[list[tuple[Found, int]], set[int]]:
    """Relations found across sentences, each with the index of its evidence sentence, and the
    positions of 等 already used (so the sentence rules do not read those lists again)."""
    verbs = "|".join(lex.cues("INCLUDES", "summary_verbs"))
    units = "|".join(lex.cues("INCLUDES", "summary_units"))
    summary = re.compile(r"(?:主要|具体|集中)?(?:" + verbs + r")(?:以下)?(["
                         + lex.pattern("cn_count_digits") + r"\d])个(?:" + units + r")")
    found: list[tuple[Found, int]] = []
    consumed: set[int] = set()
    ordinal = _ordinal_items(sents, sim, ph)
    for k, st in enumerate(sents):
        if len(st.text) > 24:
            continue
        m = summary.search(sim, st.start, st.end)
        if not m:
            continue
        n = _number(m.group(1))
        topic_sent = st if m.start() > st.start else (sents[k - 1] if k > 0 else None)
        if topic_sent is None or len(topic_sent.text) > 24:
            continue
        topic = None
        for mm in dm.between(topic_sent.start, m.start() if topic_sent is st else topic_sent.end):
            if mm.type in ("Concept", "Factor", "Initiative") and not mm.weak:
                topic = ent_of(mm)
                break
        if topic is None:
            continue
        items = _choose(ordinal, n, k)
        if not items or len(items) > n:
            continue
        for ent, idx in items:
            f = Found(topic, "INCLUDES", ent, "includes_sidebar",
                      extra_evidence=[(sents[idx].start, sents[idx].end)])
            found.append((f, k))
    g_found, g_consumed = _glossary(sents, sim, lex, dm, ph)
    found.extend(g_found)
    consumed |= g_consumed
    return found, consumed


def _ordinal_items(sents: list[Sentence], sim: str, ph: Phrases
                   ) -> dict[int, list[tuple[Ent, int]]]:
    """一是具有广泛的区域带动力。 standing as a sentence of its own → {1: [(ent, index)]}."""
    out: dict[int, list[tuple[Ent, int]]] = {}
    for k, st in enumerate(sents):
        if not st.text.startswith(tuple(c + "是" for c in _CN)) or len(st.text) > 30:
            continue
        m = ph.lex.regex("ordinal_item").match(sim[st.start:st.end])
        if not m:
            continue
        s = st.start + m.start(3)
        e = st.start + m.end(3)
        if m.group(2):
            ent = ph.resolve(s, e, "Concept")
        else:
            mm = ph.dm.at(s, e)
            ent = ent_of(mm) if mm is not None and mm.type else None
        if ent is not None and ent.type in ("Concept", "Factor"):
            out.setdefault(_number(m.group(1)), []).append((ent, k))
    return out


def _choose(ordinal: dict[int, list[tuple[Ent, int]]], n: int, k: int) -> list[tuple[Ent, int]]:
    if n < 2 or any(i not in ordinal for i in range(1, n + 1)):
        return []
    return [min(ordinal[i], key=lambda x: abs(x[1] - k)) for i in range(1, n + 1)]


def _glossary(sents: list[Sentence], sim: str, lex: Lexicon, dm: DocMentions, ph: Phrases
              ) -> tuple[list[tuple[Found, int]], set[int]]:
    found: list[tuple[Found, int]] = []
    consumed: set[int] = set()
    for k, st in enumerate(sents[:-1]):
        if not st.heading or len(st.text) > 10:
            continue
        mm = dm.at(st.start, st.end)
        if mm is None or not mm.type or mm.weak or mm.type not in ("Concept", "Factor"):
            continue
        body = sents[k + 1]
        if body.heading:
            continue
        title = ent_of(mm)
        s, e = body.start, body.end
        first_clause_end = min([i for i in (sim.find("，", s, e), sim.find("。", s, e)) if i >= 0]
                               or [e])
        ru = sim.find("如", s, first_clause_end)
        deng = sim.find("等", s, first_clause_end)
        if ru >= 0 and not ph._covered(ru):
            ls = ru + 1
            le = deng if deng > ls else first_clause_end
        elif deng >= 0 and not ph._covered(deng):
            ls, le = ph.list_before(s, deng)
        else:
            continue
        if deng >= 0:
            consumed.add(deng)
        hint = "Factor" if title.type == "Factor" else None
        for b in ph.items(ls, le, hint):
            if b.name != title.name and b.type in ("Concept", "Factor"):
                found.append((Found(title, "INCLUDES", b, "includes_glossary",
                                    extra_evidence=[(st.start, st.end)]), k + 1))
    return found, consumed
