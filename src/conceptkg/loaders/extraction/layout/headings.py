"""What the layout of a document says: its title line and the programme names of box titles.

- **Title.** A first line without closing punctuation that opens with a place or an
  organisation and names an initiative (``江州省数据要素行动方案``) is the document's own
  programme: the place (its government) or organisation is the document's actor and implements
  it (a district named after its city, ``甲市乙区X工作方案``, is the place). The actor becomes
  the document's own organisation when the text names no other (the subject of its subjectless
  sentences). A title that issues a document
  (``江州市人民政府办公室关于印发《江州市X若干措施》的通知``) makes the body that opens it
  implement the document issued; so does the body that opens a title that is the measures
  themselves (``江州市人民政府办公室关于加快X的若干措施``, not a place: ``江州省关于…``). A
  body's name the mention finder recognised whole at the start of the line wins over a shorter
  place or name (甲省发展和改革委员会关于…的实施意见).
- **Box and section titles.** A heading line that, after its numbering (专栏2, 一、, （三）, 1.),
  ends with an initiative head word (工程, 行动, 计划 …) names a programme: a node.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import Lexicon
from ...reading.sentences import Sentence
from ..arguments.finder import ArgumentFinder
from ..arguments.phrases import Ent
from ..rules.common import Found
from ..words.tokens import word_tag

__all__ = ["document_title", "programme_headings"]

_DATES = re.compile(r"[（(][^（）()]*\d{4}[^（）()]*[)）]\s*$")


def _heading_name(sim: str, st: Sentence, lex: Lexicon, longest: int = 30
                  ) -> tuple[int, int] | None:
    s, e = st.start, st.end
    m = lex.regex("heading_numbering").match(sim[s:e])  # (the pattern is anchored with ^)
    if m:
        s += m.end()
    d = _DATES.search(sim, s, e)
    if d:
        e = d.start()  # 行动计划（2021-2023年）
    while e > s and sim[e - 1] in " \t。：:；;，,":
        e -= 1
    return (s, e) if 3 <= e - s <= longest else None


def programme_headings(sents: Sequence[Sentence], sim: str, args: ArgumentFinder
                       ) -> list[tuple[Ent, int]]:
    out = []
    for k, st in enumerate(sents):
        if not st.heading:
            continue
        span = _heading_name(sim, st, args.lex)
        if span is None:
            continue
        text = sim[span[0]:span[1]]
        if any(ch in text for ch in "，。；！？") or not text.endswith(args.init_heads2):
            continue
        ent = args.entity(span[0], span[1], "heading_programme", hint="Initiative")
        if ent is not None and ent.type == "Initiative" and \
                not (ent.start == span[0] and _act_headline(sim, span, args)):
            out.append((ent, k))
    return out


def _act_headline(sim: str, span: tuple[int, int], args: ArgumentFinder) -> bool:
    """A headline that tells what a body did (甲部针对乙省启动X应急响应: a body, then an
    implementing verb), not a programme's or document's name (甲市推进X行动方案 ends with a
    document's head: ``policy_heads``)."""
    s, e = span
    if sim[s:e].endswith(tuple(args.lex.list("policy_heads"))):
        return False
    verbs = args.lex.cues("IMPLEMENTS", "verbs")
    return any(sim.find(v, m.end, e) >= 0 for m in args.dm.between(s, e)
               if m.type == "Organization" for v in verbs)


def document_title(sents: Sequence[Sentence], sim: str, args: ArgumentFinder
                   ) -> tuple[Ent | None, Found | None, int]:
    """The actor named at the start of the title line, and its IMPLEMENTS edge to the title
    when the title names an initiative."""
    first = next((k for k, st in enumerate(sents) if st.text.strip()), None)
    if first is None or not sents[first].heading:
        return None, None, -1
    st = sents[first]
    span = _heading_name(sim, st, args.lex, 80)  # a title that issues a document is long
    measures = span is not None and _titled_measures(sim, span, args)
    if span is not None and span[1] - span[0] > 30 and not measures and \
            not args.lex.regex("issuing_title").search(sim, span[0], span[1]):
        span = None
    if span is None:
        return None, None, -1
    words = args.tokens(*span)
    actor = None
    for j in range(min(len(words), 6), 0, -1):
        name = args.organisation(words[0].start, words[j - 1].end)
        if name and len(name) >= 2:  # (澄|湾区: a single character is no place)
            actor = Ent(name, "Organization", words[0].start, words[j - 1].end, "document_title")
            break
    named = max((m for m in args.dm.between(span[0], span[1]) if m.start == span[0] and
                 m.type == "Organization" and m.rule in ("org_name", "lexicon")),
                key=lambda m: m.end, default=None)
    if named is not None and (actor is None or named.end > actor.end) and named.end < span[1]:
        # 甲省发展和改革委员会关于…: a body's full name of more words than the loop reads
        actor = Ent(named.name, "Organization", named.start, named.end, "document_title")
    unknown = actor is None
    if unknown:
        actor = _unknown_place(sim, span, args)
    elif args.is_place(actor.start, actor.end):
        inner = _unknown_place(sim, (actor.end, span[1]), args)
        if inner is not None:
            actor = inner  # 甲市乙区X工作方案: the district's own plan (the city only locates it)
    if actor is None or (measures and args.is_place(actor.start, actor.end) and
                         not actor.name.endswith(args.minor_places)):
        return None, None, -1  # (江州省关于X的若干措施: a province's or city's title names no
        # issuer; 甲市乙区关于X的若干措施: the district issues its own measures)
    lower = _unknown_place(sim, (actor.end, span[1]), args) \
        if args.is_place(actor.start, actor.end) else None
    if lower is not None:
        actor = lower  # 甲市乙区X工作方案: the district's plan (the city only places it)
    text = sim[span[0]:span[1]]
    if any(w in text for w in args.lex.list("report_title_words")):
        return actor, None, first  # 甲厅2024年工作总结和2025年工作计划: a report, no programme
    found = None
    if measures and actor.end < span[1]:
        # (a name longer than any phrase's: the whole title, and the title without its body)
        title = Ent(text, "Initiative", span[0], span[1], "document_title",
                    (sim[actor.end:span[1]],))
        return actor, Found(actor, "IMPLEMENTS", title, "document_title"), first
    if text.endswith(args.init_heads2) and actor.end < span[1]:
        title = args.entity(span[0], span[1], "document_title", hint="Initiative")
        if title is not None and title.start == span[0] and _act_headline(sim, span, args):
            title = None  # 甲部针对乙省启动X应急响应: a headline of an act, no programme's name
        if title is not None and title.type == "Initiative":
            whole = text.replace("“", "").replace("”", "")
            if title.name != whole and title.start > span[0] and \
                    (unknown or args.is_place(actor.start, actor.end)):
                # 甲区推进X工作方案: a place's plan is named by its whole title, not by the
                # words after its verb
                title = Ent(whole, "Initiative", span[0], span[1], "document_title",
                            (title.name,))
            found = Found(actor, "IMPLEMENTS", title, "document_title")
    issued = _issued(sim, actor.end, span[1], args)
    if found is None and issued is not None:
        found = Found(actor, "IMPLEMENTS", issued, "document_title")
    return actor, found, first


def _unknown_place(sim: str, span: tuple[int, int], args: ArgumentFinder) -> Ent | None:
    """A title line opening with a city, county or district no dictionary knows (两字 + 市/县/
    区: ``place_levels``, ``minor_place_suffixes``), the place's own plan
    (``甲乙区2030年X工作方案``, ``甲乙市推进X行动方案``): the place acts."""
    levels = args.minor_places + tuple(args.lex.list("place_levels"))
    for n in (3, 4):
        name = sim[span[0]:span[0] + n]
        if span[1] - span[0] > n + 3 and name.endswith(levels) and \
                re.fullmatch(r"[\u4e00-\u9fff]+", name) and \
                word_tag(name[:2]) not in ("v", "vn", "d", "p", "c", "r", "n") and \
                (n == 3 or word_tag(name[-2:]) is None or not name.endswith(args.minor_places)):
            # (老旧街区: two words, the second a lower level's suffix closing a word of its own,
            # 街区, name no district; 甲湾区 does)
            return Ent(name, "Organization", span[0], span[0] + n, "document_title")
    return None


def _issued(sim: str, s: int, e: int, args: ArgumentFinder) -> Ent | None:
    """X关于印发《Y》的通知: the document Y that the title issues (``issuing_title``), when Y
    ends with a policy head."""
    m = args.lex.regex("issuing_title").search(sim, s, e)
    if m is None or not m.group("name").endswith(tuple(args.lex.list("policy_heads"))):
        return None
    ent = args.entity(m.start("name"), m.end("name"), "document_title", hint="Initiative")
    return ent if ent is not None and ent.type == "Initiative" else None


def _titled_measures(sim: str, span: tuple[int, int], args: ArgumentFinder) -> bool:
    """X关于加快Y的若干措施: a title that is the measures themselves (``titled_measures``),
    ending with a policy head."""
    return bool(args.lex.regex("titled_measures").match(sim, span[0], span[1])) and \
        sim[span[0]:span[1]].endswith(tuple(args.lex.list("policy_heads")))
