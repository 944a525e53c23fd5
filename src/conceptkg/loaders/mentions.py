"""Entity mentions in one document: lexicon terms, organisations, quoted names, numbered names
("六大平台") and amounts ("69.4亿元").

Everything runs on the simplified-Chinese copy of the text (same length as the original, so
offsets are shared). Each finder is one regular-expression pass over the whole document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import Lexicon, trie_regex
from .local_names import learn_places, list_companies, park_candidates, park_self, with_places
from .wordclass import word_classes

__all__ = ["COMPANY", "CJK_RUN", "PUNCT", "DocMentions", "Mention", "find_mentions",
           "is_proper_name"]

CJK_RUN = r"\u3400-\u4dbf\u4e00-\u9fff"
PUNCT = set("，。；：！？、,.;:!?（）()【】[]《》〈〉“”\"‘’'「」『』—…·\n\t ")
# characters that end an organisation name on its left
_LEFT_STOP = set("的了与和及同向由在对把被将为是等从给让以于并或也都就而且但这那每此其即"
                 "据称到该受经应")
_MEASURE = set("家个所名位批项座")
_NUM_CHARS = set("一二三四五六七八九十百千万两几多首")
#: longest organisation name before its suffix
MAX_ORG_CORE = 16
_GENERIC_START = ("各", "本", "该", "其", "多", "全", "一", "这", "那", "每", "某", "所属", "下属",
                  "有关", "相关", "省级", "市级", "国家级", "部分", "多家", "大型", "中小", "重点")
_COMPANY_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|集团公司|有限公司|"
                             r"分公司|子公司|公司|集团)$")
_LEGAL_FORM = re.compile(r"(?<=集团|股份|控股)(?:有限公司|有限责任公司|公司)$")
_PROVINCE = re.compile(r"(省|市|自治区|特别行政区)")
_PLACE_PREFIX = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市)")
#: organisations whose name carries into later paragraphs and that 集团公司/公司 refer to:
#: the company (bank, postal service …) a business text is about
COMPANY = re.compile(r"(公司|集团|银行|分行|支行|企业|股份|邮政|电信|移动|联通|电网|石化|石油|"
                     r"铁路|航空|证券|保险|基金)")
_NUM = "一二三四五六七八九十两百千0-9"
_QUOTE = re.compile(r"“([^“”\n]{1,24})”")
_NUMBERED = re.compile(r"(?<![" + _NUM + r"])([两三四五六七八九十]|[1-9]|10)大([" + CJK_RUN +
                       r"]{1,8})")
_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(%|‰|万亿元|亿元|万元|亿美元|万美元|元|万亿|"
                     r"亿人次|万人次|亿人|万人|万户|万吨|亿吨|万千瓦|亿千瓦时|万辆|万台|万公里)")
# words between a label and its amount (营业收入达到12.5亿元); 增长/下降 stay in the label
_AMOUNT_LABEL_TAIL = re.compile(r"(?:已经|已|累计|共|合计|分别|约|近|超过|超|突破|达到|达|为|是|"
                                r"实现|完成|至|到|了|占|高达|约为|逾|将|的)+$")
_AMOUNT_LABEL_HEAD = re.compile(r"^(?:[0-9一二三四五六七八九十]+(?:月份|月|年|季度)|今年|去年|明年|"
                                r"上半年|下半年|全年|当年|目前|截至|前|其中|一季度|二季度|三季度|"
                                r"四季度|近|以来|同期|比|较|的)+")


def is_proper_name(text: str) -> bool:
    """A brand or company name rather than a common noun (国轩高科 yes, 超市 no)."""
    return word_classes().is_proper_name(text)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical name
    type: str
    rule: str
    weak: bool = False
    aliases: tuple[str, ...] = ()


@dataclass
class DocMentions:
    """All mentions of a document, sorted by start, with the organisation analysis."""

    items: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    main_org: str | None = None
    quoted: list[Mention] = field(default_factory=list)  # quoted names without a type yet
    amounts: list[tuple[int, int, str, str, float, str]] = field(default_factory=list)
    #: the organisation whose report or speech the document is (named in its title lines)
    speaker: str | None = None

    def between(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def at(self, start: int, end: int) -> Mention | None:
        for m in self.between(start, end):
            if m.start == start and m.end == end:
                return m
        return None

    def quoted_at(self, start: int, end: int) -> Mention | None:
        for m in self.quoted:
            if m.start == start and m.end == end:
                return m
        return None


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _lexicon_mentions(sim: str, lex: Lexicon) -> list[Mention]:
    out = []
    suffixes = lex.list("alias_suffixes")
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
        out.append(Mention(s, e, term.name, term.type, "lexicon", term.weak))
    return out


class _OrgFinder:
    def __init__(self, sim: str, lex: Lexicon) -> None:
        self.sim = sim
        self.lex = lex
        self.places = lex.list("places")
        self.single = {s for s in lex.list("org_suffixes") if len(s) == 1}
        verbs: set[str] = set()
        for kinds in lex.relations.values():
            for words in kinds.values():
                verbs.update(w for w in words if len(w) >= 2)
        verbs.update(w for w in lex.list("phrase_stops") if len(w) >= 2)
        verbs.update(w for w in lex.list("strip_prefixes") if len(w) >= 2)
        verbs.update(lex.list("name_left_stops"))
        self.verbs = verbs
        self.not_org = set(lex.list("not_org_words"))
        self.lex_orgs = {k for k, t in lex.terms.items() if t.type == "Organization"}
        self.name_words = set(lex.list("org_name_verbs"))
        self.cores = set(lex.list("org_core_words"))
        self.generic = set(lex.list("stop_heads")) | set(lex.list("concept_heads"))

    def _left(self, s: int) -> int:
        """Start of the name that ends with the suffix at ``s``, reading characters leftwards
        up to punctuation, a function character or a known verb; -1 when the name would be
        longer than :data:`MAX_ORG_CORE` (cut somewhere in the middle)."""
        sim, j = self.sim, s
        words = word_classes().words
        while j > 0:
            if s - j >= MAX_ORG_CORE:
                return -1
            ch = sim[j - 1]
            if ch in PUNCT or ch.isspace() or ch.isdigit():
                break
            if ch in _LEFT_STOP and sim[j - 2:j] not in words and sim[j - 1:j + 1] not in words:
                break  # 据 or 应 alone, but not in 数据 or 应急
            if not (re.match(r"[" + CJK_RUN + r"A-Za-z]", ch)):
                break
            if (sim[max(0, j - 2):j] in self.verbs or sim[max(0, j - 3):j] in self.verbs) \
                    and j < s:
                break
            j -= 1
        if j < s and sim[j] in _MEASURE and j > 0 and (sim[j - 1].isdigit() or
                                                       sim[j - 1] in _NUM_CHARS):
            j += 1  # 1家跨国公司
        return j

    def _word_left(self, start: int, s: int, e: int, single: bool) -> int:
        """Move ``start`` right past the last verb, preposition, adverb, time word or person's
        full name before the suffix (习近平来到湖南第一师范学院 → 湖南第一师范学院).
        -1: not an organisation name (干部: the suffix belongs to another word; 航空公司,
        律师事务所: a kind of organisation made of ordinary words)."""
        sim, wc = self.sim, word_classes()
        if single and sim[s - 1:e] in wc.words:
            return -1
        j = s
        while j > start:
            # a stop word ending at j, also one that began left of start (作出|出售…)
            k = wc.stop_ending_at(sim, j, max(0, start - 3))
            if k and sim[j - k:j] not in self.name_words:
                start = j
                break
            j -= 1
        name = sim[start:e]
        if not self._has_place(name) and not any(c in name for c in self.cores) \
                and wc.is_ordinary(name, 4):
            return -1
        return start

    def _has_place(self, name: str) -> bool:
        return name.startswith(("中国", "国家", "中央", "中共", "全国")) or any(
            name.startswith(p) for p in self.places)

    def candidates(self) -> list[tuple[int, int, str]]:
        sim, out = self.sim, []
        suffix_re = trie_regex(self.lex.list("org_suffixes"))
        for m in suffix_re.finditer(sim):
            s, e = m.span()
            if sim[s - 1:s + 1] in self.not_org or sim[e - 1:e + 1] in self.not_org or \
                    sim[s:e + 1] in self.not_org:
                continue
            start = self._left(s)
            if start < 0:
                continue
            for k in range(start + 1, s - 1):  # 地中国人民银行 → 中国人民银行
                if sim[k:e] in self.lex_orgs:
                    start = k
                    break
            if start < s:
                start = self._word_left(start, s, e, m.group() in self.single)
                if start < 0:
                    continue
            core = sim[start:s]
            # a place may stand between the core and the suffix: 邮储银行安徽省分行
            if len(core) < 2 or core.startswith(_GENERIC_START):
                continue
            bare = core
            for p in self.places:
                if bare.startswith(p):
                    bare = _PROVINCE.sub("", bare[len(p):], count=1) if bare != p else ""
                    break
            if not bare and m.group() in self.single:
                continue
            if bare in self.generic or core in self.generic:
                continue
            term = self.lex.lookup(core)
            if term is not None and term.type in ("Concept", "Factor"):
                continue
            if (m.group() in self.single or m.group() == "政府") and not self._has_place(core):
                continue
            if m.group() in self.single and len(bare) < 2:
                continue
            if sim[start:e] in self.not_org:
                continue
            out.append((start, e, sim[start:e]))
        out.extend(self._departments())
        cores = self.lex.list("org_core_words")
        if cores:
            places = sorted(set(self.places) | {"中国", "国家"}, key=len, reverse=True)
            core_re = re.compile("(?:" + "|".join(map(re.escape, places)) + r")(?:省|市)?(?:"
                                 + "|".join(map(re.escape, cores)) + ")")
            for m in core_re.finditer(sim):
                out.append((m.start(), m.end(), m.group()))
        return out


    def _departments(self) -> list[tuple[int, int, str]]:
        """Government departments named by level and function: 省发展改革委, 市商务局,
        江苏省工业和信息化厅, 县农业农村局. A bare level (省, 市 …) must start a word: after
        punctuation, a function character or a verb (联合省经信厅), not inside 城市数据局."""
        words, sufs = self.lex.list("gov_dept_words"), self.lex.list("gov_dept_suffixes")
        if not words or not sufs:
            return []
        places = sorted(self.places, key=len, reverse=True)
        rx = re.compile("((?:" + "|".join(map(re.escape, places)) + r")(?:省|市|县|区|州|自治区)?"
                        r"|省|市|县|区|州|国家)(?:" + "|".join(map(re.escape, sorted(
                            words, key=len, reverse=True))) + ")(?:管理|服务管理|监督管理)?"
                        "(?:" + "|".join(map(re.escape, sorted(sufs, key=len, reverse=True)))
                        + ")")
        sim, out = self.sim, []
        for m in rx.finditer(sim):
            s = m.start()
            if m.group(1) in ("省", "市", "县", "区", "州", "国家") and s > 0:
                prev = sim[s - 1]
                if re.match(r"[" + CJK_RUN + r"A-Za-z]", prev) and prev not in _LEFT_STOP \
                        and sim[max(0, s - 2):s] not in self.verbs and prev not in "会":
                    continue
            if sim[m.end() - 1:m.end() + 1] in self.not_org:  # 市商务局长
                continue
            out.append((s, m.end(), m.group()))
        return out


def org_aliases(name: str, places: list[str]) -> set[str]:
    """Short forms of an organisation name: 安徽省邮政分公司 → 安徽邮政, X安徽省分行 → X安徽分行."""
    out = set()
    no_prov = name
    for p in places:
        i = name.find(p)
        if i >= 0 and name[i + len(p):i + len(p) + 1] in ("省", "市"):
            no_prov = name[:i + len(p)] + name[i + len(p) + 1:]
            break
    else:  # a place not in the list: 江南省邮政分公司 → 江南邮政分公司
        m = _PLACE_PREFIX.match(name)
        if m and len(name) - m.end() >= 2:
            no_prov = m.group(1) + name[m.end():]
    for n in {name, no_prov}:
        if n != name:
            out.add(n)
        stripped = _COMPANY_SUFFIX.sub("", n)
        if stripped != n and len(stripped) >= 3:
            out.add(stripped)
        # X集团有限公司 → X集团, X股份有限公司 → X股份: one company
        legal = _LEGAL_FORM.sub("", n)
        if legal != n and len(legal) >= 4 and legal != stripped:
            out.add(legal)
    return out


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


def _quoted(sim: str, lex: Lexicon, verbs: set[str], rel_verbs: frozenset[str] = frozenset()
            ) -> tuple[list[Mention], list[Mention]]:
    """Quoted names: “X”开发模式 (initiative), “X”企业 (organisation); bare quotes kept apart.
    A verb inside the words after the quote makes them a clause (以“链”聚势打造…), except a
    relation verb right after the quote (“数字城市”建设行动方案)."""
    ini = lex.list("initiative_heads") + lex.list("quoted_heads")
    orgh = lex.list("org_heads")
    heads = sorted(set(ini) | set(orgh), key=len, reverse=True)
    typed, bare = [], []
    for m in _QUOTE.finditer(sim):
        q = m.group(1).strip()
        if not q or lex.lookup(q) is not None or any(c in q for c in "，。；！？、"):
            continue
        s, e = m.span()
        run = re.match(r"(的)?((?:(?!等)[" + CJK_RUN + r"A-Za-z0-9+]){0,12})", sim[e:e + 14])
        name, end, type_ = "", e, ""
        if run:
            de, word = run.group(1), run.group(2)
            best = 0
            if de:
                for h in heads:
                    if word.startswith(h):
                        best = len(h)
                        break
            else:
                for k in range(len(word), 0, -1):
                    if any(word[:k].endswith(h) for h in heads) and (
                            k == len(word) or lex.lookup(word[:k]) is None):
                        best = k
                        break
            if best and any(word[k:k + 2] in verbs for k in range(best - 1)
                            if k or word[:2] not in rel_verbs):
                best = 0  # “12345”热线接到企业: a clause, not a name
            if best:
                np_ = word[:best]
                name = q + np_
                end = e + best + (1 if de else 0)
                type_ = "Organization" if any(np_.endswith(h) for h in orgh) else "Initiative"
        if name:
            typed.append(Mention(s, end, name, type_, "quoted_name", False, (q,)))
        elif any(q.endswith(h) for h in ini if len(h) >= 2) or _NUMBERED.fullmatch(q):
            typed.append(Mention(s, e, q, "Initiative", "quoted_name"))
        else:
            bare.append(Mention(s, e, q, "", "quoted_name"))
    return typed, bare


_BOOK = re.compile(r"《([^《》\n]{2,60})》")
_BOOK_TAIL = re.compile(r"[（(][^（）()]*[)）]$")


def _book_titles(sim: str, lex: Lexicon) -> list[Mention]:
    """《关于…的意见》, 《…三年行动计划（2023—2025）》: policy documents are initiatives."""
    heads = tuple(lex.list("policy_heads"))
    out = []
    for m in _BOOK.finditer(sim):
        name = _BOOK_TAIL.sub("", m.group(1)).strip()
        if name.endswith(heads) and lex.lookup(name) is None:
            out.append(Mention(m.start(), m.end(), name, "Initiative", "book_title"))
    return out


def _numbered(sim: str, lex: Lexicon) -> list[Mention]:
    heads = sorted(set(lex.list("initiative_heads")) | set(lex.list("concept_heads")),
                   key=len, reverse=True)
    out = []
    for m in _NUMBERED.finditer(sim):
        word = m.group(2)
        for k in range(len(word), 1, -1):
            if any(word[:k].endswith(h) for h in heads if len(h) >= 2 or k >= 3):
                e = m.start(2) + k
                out.append(Mention(m.start(), e, sim[m.start():e], "Initiative", "numbered_name"))
                break
    return out


def _amounts(sim: str, items: list[Mention]) -> list[tuple[int, int, str, str, float, str]]:
    """Amounts with the words before them as a label (营业收入 12.5亿元, 同比增长 8.3%)."""
    out = []
    ends = sorted(m.end for m in items if m.type in ("Organization", "Place"))
    for m in _AMOUNT.finditer(sim):
        s = m.start()
        left = s
        while left > 0 and s - left < 16 and sim[left - 1] not in PUNCT and \
                not sim[left - 1].isdigit() and sim[left - 1] not in "%‰":
            left -= 1
        i = bisect_left(ends, s + 1) - 1  # the text after the subject's name
        if i >= 0 and left < ends[i] <= s:
            left = ends[i]
        label = _AMOUNT_LABEL_TAIL.sub("", sim[left:s])
        label = _AMOUNT_LABEL_HEAD.sub("", label)
        for sep in ("的", "在", "中", "从"):
            if sep in label:
                label = label.rsplit(sep, 1)[-1]
        label = label[-12:]
        raw = m.group().replace(" ", "")
        out.append((s, m.end(), label, raw, float(m.group(1)), m.group(2)))
    return out


def find_mentions(sim: str, lex: Lexicon) -> DocMentions:
    """All mentions in the (simplified) document text."""
    lex = with_places(lex, learn_places(sim, lex))
    places = lex.list("places")
    finder = _OrgFinder(sim, lex)
    org_cands = finder.candidates()
    parks = sorted({n for _, _, n in park_candidates(sim, lex)})
    org_cands += [(-1, -1, n) for n in parks if n.endswith("会")]
    parks = [n for n in parks if not n.endswith("会")]
    org_cands += [(-1, -1, n) for n in parks]
    org_cands += [(-1, -1, n) for n in list_companies(
        sim, lex.list("strip_prefixes") + lex.list("name_left_stops"))
        if lex.lookup(n) is None]
    # organisation names and their short forms for this document (longest names first, so
    # 安徽省邮政 and 安徽邮政 both resolve to 安徽省邮政分公司)
    canon: dict[str, str] = {}
    conflict: set[str] = set()
    full = {n for _, _, n in org_cands}
    for n in sorted(full, key=lambda x: (-len(x), x)):
        target = canon.setdefault(n, n)
        for a in sorted(org_aliases(n, places)):
            if canon.setdefault(a, target) != target:
                conflict.add(a)
    for a in conflict:
        if a in full:
            canon[a] = a
        else:
            del canon[a]
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
    speaker = _speaker(sim, cands)
    main = _main_org(counts)
    if speaker and COMPANY.search(speaker):
        main = speaker  # 在华晟能源集团2024年工作会议上的讲话: 集团公司 is the speaker's
    if main and not COMPANY.search(main):
        main = None
    gov = re.match(r"(.{2,4}?)(省|市|县)(人民政府|政府)$", speaker or "")
    if gov:  # 我代表省人民政府: the government of a report's title
        for w in (gov.group(2) + "人民政府", gov.group(2) + "政府"):
            cands.extend(Mention(m.start(), m.end(), speaker, "Organization", "org_self")
                         for m in re.finditer(w, sim))
    if main:
        # bare 公司/集团 only in a text about one company (not in a news digest)
        companies = sum(c for n, c in counts.items() if COMPANY.search(n))
        dominant = counts[main] >= 0.5 * companies
        words = [w for w in lex.list("org_self_mentions") if len(w) > 2 or dominant]
        self_re = trie_regex(words)
        for m in self_re.finditer(sim):
            cands.append(Mention(m.start(), m.end(), main, "Organization", "org_self"))
    if len(parks) == 1:  # 园区搭建…: the park the text is about
        cands.extend(Mention(s, e, parks[0], "Organization", "org_self")
                     for s, e in park_self(sim, lex.list("park_self_mentions")))
    clause_words = {w for w in lex.list("name_left_stops") + lex.list("phrase_stops")
                    if len(w) >= 2}
    # a relation verb after a quote starts a clause: 以“链”聚势打造…集群 names nothing
    rel_verbs = frozenset(("打造", "推动", "推进", "实施", "带动", "促进", "构建"))
    typed, bare = _quoted(sim, lex, clause_words | rel_verbs, rel_verbs)
    cands.extend(typed)
    cands.extend(_book_titles(sim, lex))
    cands.extend(_numbered(sim, lex))
    cands.extend(lexi)
    items = _resolve_overlaps(cands)
    # organisations named by more than one surface keep their aliases on the mention
    dm = DocMentions(items=items, starts=[m.start for m in items], main_org=main,
                     quoted=bare, amounts=_amounts(sim, items), speaker=speaker)
    return dm


_SPEECH_TITLE = re.compile(r"报告|讲话|致辞|发言|工作会议|工作要点|工作计划|年会|总结")


def _speaker(sim: str, cands: list[Mention]) -> str | None:
    """The organisation named in the title lines of a report or speech (the first two lines,
    when they have no sentence end): 江州省人民政府工作报告, ——董事长在X工作会议上的讲话."""
    head_end, lines = 0, 0
    while lines < 2:
        nl = sim.find("\n", head_end)
        line_end = nl if nl >= 0 else len(sim)
        if line_end - head_end > 60 or "。" in sim[head_end:line_end]:
            break
        head_end, lines = line_end + 1, lines + 1
        if nl < 0:
            break
    if not lines or not _SPEECH_TITLE.search(sim, 0, head_end):
        return None
    orgs = sorted((m for m in cands if m.start < head_end and m.type == "Organization"),
                  key=lambda m: m.start)
    return orgs[0].name if orgs else None


_BRANCH = re.compile(r"(分公司|分行|支行|子公司|委员会|管委会|政府|部|局|厅|办)$")


def _main_org(counts: Counter[str]) -> str | None:
    ranked = [(c, n) for n, c in counts.items() if not _BRANCH.search(n)]
    if len(ranked) > 1:
        ranked = [x for x in ranked if x[0] >= 2]
    if not ranked:
        return None
    ranked.sort(key=lambda x: (-x[0], x[1]))
    return ranked[0][1]
