"""Entity mentions in one document: lexicon terms, organisations, quoted names, numbered names
("七大平台") and amounts ("69.4亿元").

Everything runs on the simplified-Chinese copy of the text (same length as the original, so
offsets are shared). Each finder is one regular-expression pass over the whole document.

The finders live in :mod:`.organisations`, :mod:`.names`, :mod:`.amounts` and
:mod:`.local_names`; this module runs them and resolves overlaps.
"""

from __future__ import annotations

import re
from collections import Counter

from ...lexicon import Lexicon, trie_regex
from .activity_names import activity_names
from .amounts import find_amounts
from .brand_units import brand_units
from .capacity_projects import capacity_projects
from .declared_units import declared_units, labelled_units
from .event_names import event_names
from .facility_names import facility_names
from .fund_names import fund_names
from .level_bodies import level_bodies
from .listed_quotes import listed_quotes
from .local_names import (
    appositive_companies,
    branch_self,
    learn_places,
    list_companies,
    park_candidates,
    park_self,
    with_places,
)
from .mention_types import CJK_RUN, PUNCT, DocMentions, Mention, is_proper_name
from .names import book_titles, launched_quotes, numbered_names, quoted_names
from .organisations import OrgFinder, org_aliases
from .partner_companies import numbered_units, partner_companies
from .self_described import self_described_companies
from .short_names import bare_brands, declared_short_names
from .system_names import system_names
from .term_heads import extend_terms

__all__ = ["CJK_RUN", "PUNCT", "DocMentions", "Mention", "find_mentions",
           "is_proper_name", "org_aliases"]


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _lexicon_mentions(sim: str, lex: Lexicon) -> list[Mention]:
    out = []
    suffixes = lex.list("alias_suffixes")
    heads = tuple(lex.list("factor_heads"))
    for m in lex.matcher.finditer(sim):
        s, e = m.span()
        surface = m.group()
        if _is_ascii_word(surface[0]) and s > 0 and _is_ascii_word(sim[s - 1]):
            continue
        if _is_ascii_word(surface[-1]) and e < len(sim) and _is_ascii_word(sim[e]):
            continue
        term = lex.terms[surface]
        if term.type == "Factor" and not term.weak:
            for suf in suffixes:
                if sim.startswith(suf, e) and not surface.endswith(suf):
                    e += len(suf)
                    break
        # a weak term is weak as its short everyday word only: a longer form that closes with
        # a factor head (甲要素 for 甲: factor_heads) names the factor itself (kept as an alias)
        longer = len(surface) > len(term.name) and surface.endswith(heads)
        out.append(Mention(s, e, term.name, term.type, "lexicon", term.weak and not longer,
                           (surface,) if longer else ()))
    return extend_terms(sim, out, lex)


def _places(sim: str, lex: Lexicon) -> list[Mention]:
    """Province and city names (weak mentions: they mark a subject, they are not nodes)."""
    places = [p for p in lex.list("places") if p not in ("中国", "全国", "国家")]
    if not places:
        return []
    rx = re.compile("(?:" + "|".join(map(re.escape, sorted(places, key=len, reverse=True)))
                    + r")(?:省|市|自治区|县|区)?")
    return [Mention(m.start(), m.end(), m.group(), "Place", "place", True)
            for m in rx.finditer(sim)]


def _resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    prio = {"book_title": 0, "quoted_name": 0, "org_name": 1, "org_alias": 1, "org_self": 1,
            "numbered_name": 2, "lexicon": 3, "place": 4}
    cands.sort(key=lambda m: (m.start, -(m.end - m.start), prio.get(m.rule, 9)))
    out: list[Mention] = []
    last_end = -1
    for m in cands:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


def find_mentions(sim: str, lex: Lexicon) -> DocMentions:
    """All mentions in the (simplified) document text."""
    lex = with_places(lex, learn_places(sim, lex))
    places = lex.list("places")
    finder = OrgFinder(sim, lex)
    org_cands = finder.candidates()
    parks = sorted({n for _, _, n in park_candidates(sim, lex)})
    org_cands += [(-1, -1, n) for n in parks if n.endswith("会")]
    parks = [n for n in parks if not n.endswith("会")]
    org_cands += [(-1, -1, n) for n in parks]
    org_cands += [(-1, -1, n) for n in declared_units(sim, lex) if lex.lookup(n) is None]
    org_cands += [(-1, -1, n) for n in labelled_units(sim, lex) if lex.lookup(n) is None]
    org_cands += [(-1, -1, n) for n in self_described_companies(sim, lex)]
    org_cands += [(-1, -1, n) for n in list_companies(
        sim, lex.list("strip_prefixes") + lex.list("name_left_stops"), lex)
        if lex.lookup(n) is None]
    org_cands += [(-1, -1, n) for n in appositive_companies(sim, lex)]
    org_cands += [(-1, -1, n) for n in level_bodies(sim, lex, finder.verbs)
                  if lex.lookup(n) is None]
    org_cands += [(-1, -1, n) for n in partner_companies(sim, lex)]
    org_cands += [(-1, -1, n) for n in numbered_units(sim, lex, [n for _, _, n in org_cands])]
    # organisation names and their short forms for this document (longest names first, so
    # 江南省邮政 and 江南邮政 both resolve to 江南省邮政分公司)
    canon: dict[str, str] = {}
    conflict: set[str] = set()
    full = {n for _, _, n in org_cands}
    for n in sorted(full, key=lambda x: (-len(x), x)):
        target = canon.setdefault(n, n)
        for a in sorted(org_aliases(n, places, lex)):
            if canon.setdefault(a, target) != target:
                conflict.add(a)
    for a in conflict:
        if a in full:
            canon[a] = a
        else:
            del canon[a]
    bare_brands(sim, canon, lex)
    declared_self = declared_short_names(sim, canon, lex)
    committee_words = lex.list("committee_self_mentions")
    bare_committees = park_self(sim, committee_words, lex)
    committee = _one_committee(canon, tuple(committee_words), sim, bare_committees)
    cands: list[Mention] = []
    org_re = trie_regex(canon.keys())
    counts: Counter[str] = Counter()
    for m in org_re.finditer(sim):
        name = canon[m.group()]
        counts[name] += 1
        rule = "org_name" if m.group() == name else "org_alias"
        cands.append(Mention(m.start(), m.end(), name, "Organization", rule))
    lexi = _lexicon_mentions(sim, lex) + _places(sim, lex)
    for m in lexi:
        if m.type == "Organization":
            counts[m.name] += 1
    speaker = _speaker(sim, cands, lex)
    main = declared_self or _main_org(counts, lex)
    if speaker and lex.regex("company_word").search(speaker):
        main = speaker  # 在华晟能源集团2024年工作会议上的讲话: 集团公司 is the speaker's
    if main and not lex.regex("company_word").search(main):
        main = None
    gov = lex.regex("government_name").match(speaker or "")
    if gov:  # 我代表省人民政府: the government of a report's title
        for w in (gov.group(2) + "人民政府", gov.group(2) + "政府"):
            cands.extend(Mention(m.start(), m.end(), speaker, "Organization", "org_self")
                         for m in re.finditer(w, sim))
    if main:
        # bare 公司/集团 only in a text about one company (not in a news digest), or in the
        # company's own report or speech (its title names it), however many others it names
        companies = sum(c for n, c in counts.items() if lex.regex("company_word").search(n))
        dominant = main in (speaker, declared_self) or counts[main] >= 0.5 * companies
        words = [w for w in lex.list("org_self_mentions") if len(w) > 2 or dominant]
        self_re = trie_regex(words)
        # 集团 stands for a group: the main organisation when it is one, else the group the
        # text names most often (an agreement between a group and a technology company)
        groups = [n for n in counts if "集团" in n and not lex.regex("branch_suffix").search(n)]
        group = main if "集团" in main or not groups else \
            max(groups, key=lambda n: (counts[n], n))
        bound = lex.charset("self_mention_bound_chars")
        for m in self_re.finditer(sim):
            if m.start() > 0 and sim[m.start() - 1] in bound and len(m.group()) == 2:
                continue  # 子公司, 该公司: another body
            who = group if m.group().endswith("集团") else main
            cands.append(Mention(m.start(), m.end(), who, "Organization", "org_self"))
    if len(parks) == 1:  # 园区搭建…: the park the text is about
        cands.extend(Mention(s, e, parks[0], "Organization", "org_self")
                     for s, e in park_self(sim, lex.list("park_self_mentions"), lex))
    if committee is not None:  # 管委会决定…: the one committee the text names
        cands.extend(Mention(s, e, committee, "Organization", "org_self")
                     for s, e in bare_committees)
    # 分行推出…: the one branch the text names
    cands.extend(Mention(s, e, body, "Organization", "org_self")
                 for s, e, body in branch_self(sim, set(canon.values()), lex))
    cands.extend(brand_units(sim, lex, speaker if speaker == main else None, cands))
    clause_words = {w for w in lex.list("name_left_stops") + lex.list("phrase_stops")
                    if len(w) >= 2}
    # a relation verb after a quote starts a clause: 以“链”聚势打造…集群 names nothing
    rel_verbs = frozenset(("打造", "推动", "推进", "实施", "带动", "促进", "构建"))
    quoted_terms: list[Mention] = []
    typed, bare = quoted_names(sim, lex, clause_words | rel_verbs, rel_verbs, quoted_terms)
    cands.extend(typed)
    cands.extend(book_titles(sim, lex))
    cands.extend(numbered_names(sim, lex))
    cands.extend(lexi)
    items = _resolve_overlaps(cands)
    # a name read as a body (甲乙市政务服务中心发布通知) is no facility too
    bodies = [(m.start, m.end) for m in items if m.type == "Organization"]
    facilities = [f for f in facility_names(sim, lex)
                  if not any(bs <= f.start and f.end <= be for bs, be in bodies)]
    # a project named by its yearly output (年产5万吨X项目) over a facility read inside it
    capacity = capacity_projects(sim, lex)
    if capacity:
        facilities = sorted(capacity + [f for f in facilities if not any(
            c.start < f.end and f.start < c.end for c in capacity)], key=lambda m: m.start)
    # events a text says are held (举办甲乙采摘节), quotes a verb launches (推出“甲乙贷”),
    # funds (设立丙丁资金池) and systems set up (建立戊己联席会议制度), campaigns carried out
    # (推进庚辛无障碍改造): nodes, where no facility name is
    held: list[Mention] = []
    openers = tuple(sorted(lex.list("held_name_openers"), key=len, reverse=True))
    for more in (event_names(sim, lex), launched_quotes(sim, lex, bare), fund_names(sim, lex),
                 system_names(sim, lex), activity_names(sim, lex),
                 listed_quotes(sim, lex, bare)):
        held += [_held_name(h, openers) for h in more if not any(
            f.start < h.end and h.start < f.end for f in facilities + held)]
    # organisations named by more than one surface keep their aliases on the mention
    dm = DocMentions(items=items, starts=[m.start for m in items], main_org=main,
                     quoted=bare, amounts=find_amounts(sim, items, lex), speaker=speaker,
                     facilities=facilities, held=sorted(held, key=lambda m: m.start),
                     quoted_terms=quoted_terms)
    return dm




def _held_name(m: Mention, openers: tuple[str, ...]) -> Mention:
    """A name held, launched or set up with its quote marks left out (“甲乙”工程 → 甲乙工程) and
    without an opener of ``held_name_openers`` (新一轮X行动 → X行动); the form as written is an
    alias."""
    name = m.name.replace("“", "").replace("”", "")
    start = m.start
    for w in openers:
        if name.startswith(w) and len(name) - len(w) >= 4:
            name, start = name[len(w):], start + len(w)
            break
    if name == m.name:
        return m
    return Mention(start, m.end, name, m.type, m.rule, m.weak, (*m.aliases, m.name))


def government_place(name: str, lex: Lexicon) -> str | None:
    """The place whose government ``name`` is (江临市人民政府 → 江临市), else None."""
    gov = lex.regex("government_name").match(name)
    return gov.group(1) + gov.group(2) if gov else None


def _innermost_place(places: str, lex: Lexicon) -> str:
    """The last of the nested places a title names (甲市乙区 → 乙区; 甲省 → 甲省): the
    higher levels (``outer_place``) only locate it."""
    outer = lex.regex("outer_place")
    while (m := outer.match(places)) is not None and len(places) - m.end() >= 3:
        places = places[m.end():]
    return places


def _speaker(sim: str, cands: list[Mention], lex: Lexicon) -> str | None:
    """The organisation named in the title lines of a report or speech (the first two lines,
    when they have no sentence end): 江州省人民政府工作报告, ——董事长在X工作会议上的讲话."""
    head_end, lines = 0, 0
    while lines < 2:
        nl = sim.find("\n", head_end)
        line_end = nl if nl >= 0 else len(sim)
        if line_end - head_end > 60 or "。" in sim[head_end:line_end]:
            break
        if sim[head_end:line_end].strip():  # blank lines between title lines do not count
            lines += 1
        head_end = line_end + 1
        if nl < 0:
            break
    header = lex.regex("disclosure_header").match(sim)
    if header:  # 证券代码：600000 证券简称：甲乙 / 甲乙股份有限公司 …公告: the listed company
        block_end = sim.find("\n", header.end())
        block_end = _title_block_end(sim, len(sim) if block_end < 0 else block_end + 1)
        named = sorted((m for m in cands if m.type == "Organization" and
                        header.end() <= m.start < block_end and
                        lex.regex("company_word").search(m.name)), key=lambda m: m.start)
        if named:
            return named[0].name
    if not lines or not lex.regex("speech_title").search(
            re.sub(r"[ \u3000]", "", sim[:head_end])):  # (政 府 工 作 报 告: spaced out)
        return None
    place = lex.regex("interviewee").search(sim, 0, head_end)
    if place:  # ——访江临市委书记: the interviewee speaks for the city
        return place.group(1)
    byline = lex.regex("official_byline").search(sim, 0, _title_block_end(sim, head_end))
    if byline:  # 政府工作报告 / 江临市人民政府市长 某某: the government speaks
        return (byline.group(1) or byline.group(2)) + "人民政府"
    gov = lex.regex("government_report_title").search(sim, 0, head_end)
    if gov:  # 甲市乙区2031年政府工作报告 (signed 区长 某某): the district's government speaks
        return _innermost_place(gov.group(1), lex) + "人民政府"
    body = lex.regex("body_byline").search(sim, 0, _title_block_end(sim, head_end))
    if body:  # …情况的报告 / 江临市甲乙局局长 某某: the body whose head signs it speaks
        named = next((m.name for m in cands if m.type == "Organization" and
                      m.start == body.start(1) and m.end == body.end(1)), None)
        if named is not None:
            return named
    orgs = sorted((m for m in cands if m.type == "Organization"), key=lambda m: m.start)
    titled = [m for m in orgs if m.start < head_end]
    if titled:
        return _without_post_committee(sim, titled[0], lex)
    # 致股东的信 over a letter that names its company in its first paragraph only
    para_end = sim.find("\n", head_end)
    para_end = len(sim) if para_end < 0 else para_end
    firsts = [m for m in orgs if m.start < para_end]
    if firsts and lex.regex("company_word").search(firsts[0].name):
        return _committee_body(firsts[0].name, lex)  # 我谨代表甲集团党委和董事会: 甲集团
    return None




def _one_committee(canon: dict[str, str], words: tuple[str, ...], sim: str = "",
                   bare: list[tuple[int, int]] | None = None) -> str | None:
    """The one governing committee a text names (its names end with ``words``: 甲园管委会 and
    甲园管理委员会 are one body, the longest name its name; the shorter ones become its aliases
    in ``canon``); None when it names none or several, also when a word of ``words`` in ``sim``
    closes no name of that body and stands in no ``bare`` mention (甲园管委会和乙区管委会: a
    second committee the names missed)."""
    if not words:
        return None
    found = {canon[n] for n in canon if n.endswith(words) and n not in words}
    stems = {n[:-len(w)] for n in found for w in words if n.endswith(w)}
    if len(stems) != 1:
        return None
    names = tuple(n for n in canon if canon[n] in found)
    starts = {s for s, _ in bare or ()}
    rx = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    if any(m.start() not in starts and not sim.endswith(names, 0, m.end())
           for m in rx.finditer(sim)):
        return None
    name = max(found, key=len)
    for n, target in canon.items():
        if target in found:
            canon[n] = name
    return name


def _title_block_end(sim: str, start: int, lines: int = 2) -> int:
    """The end of the title block after ``start``: up to ``lines`` more short lines (a date
    line, a byline) before the first that holds a sentence end or a salutation."""
    end = start
    while lines > 0 and end < len(sim):
        nl = sim.find("\n", end)
        line_end = nl if nl >= 0 else len(sim)
        line = sim[end:line_end]
        if len(line) > 60 or any(c in line for c in "。：:"):
            break
        if line.strip():
            lines -= 1
        end = line_end + 1
    return min(end, len(sim))


def _without_post_committee(sim: str, m: Mention, lex: Lexicon) -> str:
    """甲集团有限公司党委书记、董事长 某某: a committee named only in the speaker's post
    (right before one of ``speaker_committee_posts``) stands for its body, when four
    characters or more remain."""
    if not sim.startswith(tuple(lex.list("speaker_committee_posts")), m.end):
        return m.name
    return _committee_body(m.name, lex)


def _committee_body(name: str, lex: Lexicon) -> str:
    """The body a committee belongs to (甲集团党委 → 甲集团), when four characters or more
    remain; any other name as it is."""
    for w in lex.list("speaker_post_committees"):
        if name.endswith(w) and len(name) - len(w) >= 4:
            return name[:-len(w)]
    return name


def _main_org(counts: Counter[str], lex: Lexicon) -> str | None:
    ranked = [(c, n) for n, c in counts.items() if not lex.regex("branch_suffix").search(n)]
    if len(ranked) > 1:
        ranked = [x for x in ranked if x[0] >= 2]
    if not ranked:
        return None
    ranked.sort(key=lambda x: (-x[0], x[1]))
    return ranked[0][1]
