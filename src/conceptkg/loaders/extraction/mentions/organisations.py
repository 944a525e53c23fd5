"""Organisation names found by their suffix (``…分公司``, ``…银行``, ``…部`` after a place), by
level and function (``省发展改革委``, ``市商务局``) or by place + core word (``中国联通``), and
the short forms a document uses for them (``江南省邮政分公司`` → ``江南邮政``)."""

from __future__ import annotations

import functools
import re

from ...lexicon import Lexicon, trie_regex
from ...zh import shipped
from ..words.wordclass import word_classes
from .abbreviated_bodies import abbreviated_bodies
from .anchored import anchored_finditer, occurrences, started_finditer
from .mention_types import CJK_RUN, PUNCT

__all__ = ["MAX_ORG_CORE", "OrgFinder", "org_aliases"]

#: longest organisation name before its suffix
MAX_ORG_CORE = 16
_NAME_CHAR = re.compile(r"[" + CJK_RUN + r"A-Za-z]")
#: a country or region in brackets inside a registered company's name (甲乙（新加坡）有限公司)
_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,5}[)）]")


def _alternation(words: frozenset[str]) -> str:
    """A regex that matches any of ``words``, the longest first (factored as a trie: a place
    list has thousands of names, and a plain alternation tries each at every position)."""
    return trie_regex(words).pattern


@functools.lru_cache(maxsize=64)
def _department_regexes(places: frozenset[str], words: frozenset[str], sufs: frozenset[str]
                        ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The department and national ministry patterns of :meth:`OrgFinder._departments` (made
    once per set of words: documents share them), and the characters a department's name
    starts with (a place's first, a level, 国家)."""
    # (a party committee's office is named by its level too: 市委金融办, 县委X办)
    # (a department of merged functions names each, with or without 和: 区广电和文化旅游局)
    field = "(?:" + _alternation(words) + ")"
    rx = re.compile("((?:" + _alternation(places) + r")(?:省|市|县|区|州|自治区)?委?"
                    r"|(?:省|市|县|区|州)委?|国家)" + field + "(?:和?" + field + "){0,3}"
                    "(?:管理|服务管理|监督管理)?(?:" + _alternation(sufs) + ")")
    # a national ministry is named without a level: 农业农村部, 生态环境部
    ministry = re.compile("(?:" + _alternation(words) + ")部(?![长门分署])")
    first = re.compile("[" + "".join(sorted({re.escape(p[0]) for p in places if p}
                                            | set("省市县区州国"))) + "]")
    return rx, ministry, first


@functools.lru_cache(maxsize=64)
def _core_regex(places: frozenset[str], cores: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + _alternation(places | {"中国", "国家"}) + r")(?:省|市)?(?:"
                      + "|".join(map(re.escape, cores)) + ")")


@functools.lru_cache(maxsize=64)
def _mission_regex(places: frozenset[str], sufs: frozenset[str]) -> re.Pattern[str]:
    """A country's mission abroad: (甲国|我)驻乙国(、丙国等国)大使馆, 驻乙组织使团, 甲国常驻乙组织
    代表团."""
    return re.compile("(?:" + _alternation(places | {"我国", "我"}) + "|[" + CJK_RUN + "]国)?常?驻["
                      + CJK_RUN
                      + "、]{1,30}?(?:" + _alternation(sufs) + ")")


def _verbs(lex: Lexicon) -> frozenset[str]:
    """Words that end the text before an organisation name: the relation cues, phrase stops
    and verbs that may open a name (two characters or more), and ``name_left_stops``."""
    verbs: set[str] = set()
    for kinds in lex.relations.values():
        for words in kinds.values():
            verbs.update(w for w in words if len(w) >= 2)
    verbs.update(w for w in lex.list("phrase_stops") if len(w) >= 2)
    verbs.update(w for w in lex.list("strip_prefixes") if len(w) >= 2)
    verbs.update(lex.list("name_left_stops"))
    # (甲乙城市发展集团: a noun among the cue words that goes on inside a name ends nothing)
    return frozenset(verbs.difference(lex.list("name_inner_nouns")))


class OrgFinder:
    def __init__(self, sim: str, lex: Lexicon) -> None:
        self._org_left_stop_chars = lex.charset("org_left_stop_chars")
        self._org_measure_chars = lex.charset("org_measure_chars")
        self._org_number_chars = lex.charset("org_number_chars")
        self._org_generic_starts = lex.words("org_generic_starts")
        self._descriptors = lex.list("org_descriptor_heads")
        self._province_level = lex.regex("province_level")
        self.sim = sim
        self.lex = lex
        self.places = lex.list("places")
        self._place_starts = tuple(self.places)
        # the first place of the list that opens a name, found by the name's first characters
        self._place_index: dict[str, int] = {}
        for i, place in enumerate(self.places):
            self._place_index.setdefault(place, i)
        self._place_lengths = sorted({len(place) for place in self.places})
        self.single = {s for s in lex.list("org_suffixes") if len(s) == 1}
        # (the same for every document of a lexicon: made once)
        self.verbs: frozenset[str] = lex._derive("org_finder", "verbs", lambda: _verbs(lex))
        self.not_org = set(lex.list("not_org_words"))
        self.lex_orgs: frozenset[str] = lex._derive("org_finder", "lex_orgs", lambda: frozenset(
            k for k, t in lex.terms.items() if t.type == "Organization"))
        self.name_words = set(lex.list("org_name_verbs"))
        self.cores = set(lex.list("org_core_words"))
        self.generic = set(lex.list("stop_heads")) | set(lex.list("concept_heads"))
        self._registered = frozenset(lex.list("registered_company_suffixes"))

    def _left(self, s: int) -> int:
        """Start of the name that ends with the suffix at ``s``, reading characters leftwards
        up to punctuation, a function character or a known verb; -1 when the name would be
        longer than :data:`MAX_ORG_CORE` (cut somewhere in the middle)."""
        sim, j = self.sim, s
        words = word_classes().words
        registered = sim.startswith(tuple(self._registered), s)
        bracket = -1  # where a bracketed place inside a registered name opens
        while j > 0:
            if s - j >= MAX_ORG_CORE:
                return -1
            ch = sim[j - 1]
            if ch in "）)" and j < s and (k := self._bracket_place(j - 1)) > 0:
                j = k  # 甲乙（丙丁）制药有限公司: a place in brackets inside the name
                continue
            if registered and ch in "）)":
                m = _BRACKETED_PLACE.search(sim, max(0, j - 8), j)
                if m is not None and m.end() == j and m.start() > 0 and \
                        _NAME_CHAR.match(sim[m.start() - 1]):
                    j = bracket = m.start()  # 甲乙（新加坡）有限公司: the country it holds
                    continue
            if ch in PUNCT or ch.isspace() or ch.isdigit():
                break
            if ch in self._org_left_stop_chars and sim[j - 2:j] not in words and \
                    sim[j - 1:j + 1] not in words:
                break  # 据 or 应 alone, but not in 数据 or 应急
            if not _NAME_CHAR.match(ch):
                break
            if (sim[max(0, j - 2):j] in self.verbs or sim[max(0, j - 3):j] in self.verbs) \
                    and j < s and j != bracket:
                break  # (甲乙装备（丙丁）有限公司: the trade word before the place stays)
            j -= 1
        if j < s and sim[j] in self._org_measure_chars and j > 0 and (sim[j - 1].isdigit() or
                                                       sim[j - 1] in self._org_number_chars):
            j += 1  # 1家跨国公司
        elif j + 2 < s and sim[j] in self._org_number_chars and \
                sim[j + 1] in self._org_measure_chars:
            j += 2  # 设立首家X支行: the count opens the run
        return j

    def _bracket_place(self, close: int) -> int:
        """The position of the bracket that opens a place of two to four characters closed
        at ``close`` (甲乙（丙丁）制药: the 甲乙 name goes on before it), when two name characters
        stand before it; -1 otherwise."""
        sim = self.sim
        k = max(sim.rfind("（", close - 5, close), sim.rfind("(", close - 5, close))
        inner = sim[k + 1:close]
        if k < 2 or not 2 <= len(inner) <= 4 or not all(
                "\u4e00" <= c <= "\u9fff" for c in inner) or \
                not all(_NAME_CHAR.match(c) for c in sim[k - 2:k]):
            return -1
        return k

    def _word_left(self, start: int, s: int, e: int, single: bool) -> int:
        """Move ``start`` right past the last verb, preposition, adverb, time word or person's
        full name before the suffix (习近平来到湖南第一师范学院 → 湖南第一师范学院).
        -1: not an organisation name (干部: the suffix belongs to another word; 航空公司,
        律师事务所: a kind of organisation made of ordinary words)."""
        sim, wc = self.sim, word_classes()
        if single and sim[s - 1:e] in wc.words:
            return -1
        registered = sim[s:e] in self._registered
        j = s
        while j > start:
            # a stop word ending at j, also one that began left of start (作出|出售…); a
            # registered company's trade word right before its legal form stays (甲乙超市有限
            # 公司: 超市 is the trade, not a verb before the name)
            k = wc.stop_ending_at(sim, j, max(0, start - 3))
            if k and sim[j - k:j] not in self.name_words and not (
                    registered and j == s and j - k - start >= 2):
                start = j
                break
            j -= 1
        start = self._after_descriptor(start, s)
        name = sim[start:e]
        if not self._has_place(name) and not any(c in name for c in self.cores) and (
                self._kind_of_company(sim[start:s]) if registered
                else wc.is_ordinary(name, 4)):
            return -1  # (a registered name of two words or more is a name: 青松物流有限公司)
        return start

    def _kind_of_company(self, core: str) -> bool:
        """The words before a registered company's legal form name only a kind of company: one
        dictionary word once a trade word is cut off (物流有限公司, 网络科技有限公司)."""
        bare = self.lex.regex("company_trade_suffix").sub("", core)
        return len(bare) < 2 or word_classes().is_ordinary(bare, 1)

    def _after_descriptor(self, start: int, s: int) -> int:
        """The start of the name after a kind-of-body noun inside it (制造企业甲乙集团 → 甲乙集团):
        the first word of ``org_descriptor_heads``, in list order (not the last in the text),
        whose last occurrence in ``sim[start:s]`` is followed by two characters or more that do
        not open with an ``org_name_verbs`` word; ``start`` when none is."""
        core = self.sim[start:s]
        for w in self._descriptors:
            k = core.rfind(w)
            rest = core[k + len(w):]
            if k >= 0 and len(rest) >= 2 and not rest.startswith(tuple(self.name_words)):
                return start + k + len(w)
        return start

    def _first_place(self, name: str) -> str | None:
        """The first place of ``places`` (in list order) that ``name`` starts with."""
        index, first = self._place_index, None
        for n in self._place_lengths:
            if n > len(name):
                break
            i = index.get(name[:n])
            if i is not None and (first is None or i < first):
                first = i
        return None if first is None else self.places[first]

    def _has_place(self, name: str) -> bool:
        return name.startswith(("中国", "国家", "中央", "中共", "全国")) or \
            name.startswith(self._place_starts)

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
            # a place may stand between the core and the suffix: 恒拓银行江南省分行
            if len(core) < 2 or core.startswith(self._org_generic_starts):
                continue
            bare = core
            p = self._first_place(bare)
            if p is not None:
                bare = self._province_level.sub("", bare[len(p):], count=1) if bare != p else ""
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
        out.extend(self._with_legal_forms(out))
        out.extend(self._departments())
        out.extend(self._missions())
        out.extend(abbreviated_bodies(sim, self.lex, self.verbs))
        cores = self.lex.list("org_core_words")
        if cores:
            core_re = _core_regex(self.lex.wordset("places"), tuple(cores))
            for m in core_re.finditer(sim):
                out.append((m.start(), m.end(), m.group()))
        return out

    def _with_legal_forms(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The full names of groups whose legal form follows them (甲乙营造集团有限公司, read as
        甲乙营造集团 where a verb inside the name cut the run before the legal form; the names
closing with ``group_legal_heads``)."""
        forms = sorted(self._registered, key=len, reverse=True)
        heads = self.lex.words("group_legal_heads")
        out = []
        for s, e, name in found:
            form = next((f for f in forms if self.sim.startswith(f, e)), None)
            if form is not None and name.endswith(heads):
                out.append((s, e + len(form), name + form))
        return out

    def _missions(self) -> list[tuple[int, int, str]]:
        """A country's missions abroad (甲国驻乙国大使馆, 驻乙国、丙国等国使馆): a body that
        acts (holds receptions, launches events) whatever the places it names."""
        sufs = self.lex.list("mission_suffixes")
        if not sufs or "驻" not in self.sim:
            return []
        places = self.lex.wordset("places")
        rx = _mission_regex(places, self.lex.wordset("mission_suffixes"))
        # (the pattern opens with a place, 我国 or X国 before 驻: tried before each 驻 only)
        before = max(2, *map(len, places)) if places else 2
        return [(m.start(), m.end(), m.group()) for m in
                anchored_finditer(rx, self.sim, occurrences(self.sim, "驻"), before)]

    def _departments(self) -> list[tuple[int, int, str]]:
        """Government departments named by level and function: 省发展改革委, 市商务局,
        江苏省工业和信息化厅, 县农业农村局. A bare level (省, 市 …) must start a word: after
        punctuation, a function character or a verb (联合省经信厅), not inside 城市数据局."""
        words, sufs = self.lex.list("gov_dept_words"), self.lex.list("gov_dept_suffixes")
        if not words or not sufs:
            return []
        rx, ministry, first = _department_regexes(self.lex.wordset("places"),
                                           self.lex.wordset("gov_dept_words"),
                                           self.lex.wordset("gov_dept_suffixes"))
        sim, out = self.sim, []
        for m in ministry.finditer(sim):
            s = m.start()
            if (s == 0 or not _NAME_CHAR.match(sim[s - 1])
                    or sim[s - 1] in self._org_left_stop_chars) and len(m.group()) >= 4:
                out.append((s, m.end(), m.group()))
        for m in started_finditer(rx, sim, first):  # (the same matches as rx.finditer)
            s = m.start()
            if m.group(1).rstrip("委") in ("省", "市", "县", "区", "州", "国家") and s > 0:
                prev = sim[s - 1]
                if _NAME_CHAR.match(prev) and \
                        prev not in self._org_left_stop_chars \
                        and sim[max(0, s - 2):s] not in self.verbs and prev not in "会":
                    continue
            if sim[m.end() - 1:m.end() + 1] in self.not_org:  # 市商务局长
                continue
            out.append((s, m.end(), m.group()))
        return out


def org_aliases(name: str, places: list[str], lex: Lexicon | None = None) -> set[str]:
    """Short forms of an organisation name: 江南省邮政分公司 → 江南邮政, X江南省分行 → X江南分行
    (name shapes from ``lex``, by default the shipped data)."""
    lex = lex or shipped()
    out = set()
    no_prov = name
    for p in places:
        i = name.find(p)
        if i >= 0 and name[i + len(p):i + len(p) + 1] in ("省", "市"):
            no_prov = name[:i + len(p)] + name[i + len(p) + 1:]
            break
    else:  # a place not in the list: 江南省邮政分公司 → 江南邮政分公司
        m = lex.regex("place_prefix").match(name)
        if m and len(name) - m.end() >= 2:
            no_prov = m.group(1) + name[m.end():]
    for n in {name, no_prov}:
        if n != name:
            out.add(n)
        stripped = lex.regex("company_suffix").sub("", n)
        if stripped != n and len(stripped) >= 3:
            out.add(stripped)
        base = stripped if stripped != n and len(stripped) >= 3 else n
        trade = lex.regex("company_trade_suffix").sub("", base)
        if trade != base and len(trade) >= 4:
            out.add(trade)  # X智能科技有限公司, X医疗科技 → X智能, X医疗
        # X集团有限公司 → X集团, X股份有限公司 → X股份: one company
        legal = lex.regex("legal_form").sub("", n)
        if legal != n and len(legal) >= 4 and legal != stripped:
            out.add(legal)
    return out
