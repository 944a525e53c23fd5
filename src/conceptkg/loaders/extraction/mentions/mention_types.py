"""The mention records of one document: :class:`Mention` and :class:`DocMentions` (sorted,
searchable by span), with the character classes every finder shares."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..words.wordclass import word_classes

__all__ = ["Amount", "CJK_RUN", "DocMentions", "Ent", "Mention", "PUNCT", "ent_of",
           "is_proper_name", "name_chars"]

CJK_RUN = r"\u3400-\u4dbf\u4e00-\u9fff"
PUNCT = set("，。；：！？、,.;:!?（）()【】[]《》〈〉“”\"‘’'「」『』—…·\n\t ")


def is_proper_name(text: str) -> bool:
    """A brand or company name rather than a common noun (恒拓高科 yes, 超市 no)."""
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


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure in the text (69.4亿元, 37.5%) with the words before it as its label."""

    start: int
    end: int
    label: str  # 营业收入
    raw: str  # 69.4亿元, as written
    value: float  # 69.4
    unit: str  # 亿元


@dataclass
class DocMentions:
    """All mentions of a document, sorted by start, with the organisation analysis."""

    items: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    main_org: str | None = None
    quoted: list[Mention] = field(default_factory=list)  # quoted names without a type yet
    amounts: list[Amount] = field(default_factory=list)
    #: the organisation whose report or speech the document is (named in its title lines)
    speaker: str | None = None
    #: facility and project names (:mod:`.facility_names`): nodes, kept apart from ``items``
    facilities: list[Mention] = field(default_factory=list)
    #: names of events held, quotes launched and funds set up (:mod:`.event_names`,
    #: :func:`.names.launched_quotes`, :mod:`.fund_names`): nodes only, read by no rule
    held: list[Mention] = field(default_factory=list)
    #: a quoted term of the lexicon with a head after it (“甲乙行动”专项行动), named as any
    #: other quote with its head (甲乙行动专项行动): the name of a phrase read there, no mention
    quoted_terms: list[Mention] = field(default_factory=list)
    _by_end: dict[int, list[Mention]] | None = field(default=None, init=False, repr=False,
                                                     compare=False)
    _between: dict[tuple[int, int], list[Mention]] = field(default_factory=dict, init=False,
                                                           repr=False, compare=False)
    _quoted_starts: list[int] | None = field(default=None, init=False, repr=False,
                                             compare=False)
    _quoted_names: set[str] | None = field(default=None, init=False, repr=False,
                                           compare=False)

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions within ``start``–``end``, by start (the rules ask for the same spans
        again and again: each is made once; not to be changed)."""
        found = self._between.get((start, end))
        if found is None:
            i = bisect_left(self.starts, start)
            found = self._between[(start, end)] = [
                m for m in self.items[i:bisect_left(self.starts, end, i)] if m.end <= end]
        return found

    def covers(self, pos: int, reach: int, strict: bool = False) -> bool:
        """Whether one of the mentions of ``between(pos - reach, pos + reach)`` holds the
        character at ``pos`` (starts after it, with ``strict``): read from the mentions that
        start by ``pos``, without making that list."""
        hi = pos + reach
        items = self.items
        last = bisect_left(self.starts, pos) if strict else bisect_right(self.starts, pos)
        for k in range(bisect_left(self.starts, max(0, pos - reach)), last):
            m = items[k]
            if pos < m.end <= hi:
                return True
        return False

    def facilities_between(self, start: int, end: int) -> list[Mention]:
        """The facility names (:attr:`facilities`) within ``start``–``end``."""
        i = bisect_left(self.facilities, start, key=lambda m: m.start)
        out = []
        for m in self.facilities[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def held_between(self, start: int, end: int) -> list[Mention]:
        """The names of :attr:`held` within ``start``–``end``."""
        return [m for m in self.held if start <= m.start and m.end <= end]

    def at(self, start: int, end: int) -> Mention | None:
        return self.starting(start, end, exact=True)

    def starting(self, start: int, limit: int, exact: bool = False) -> Mention | None:
        """The first mention that starts at ``start`` and ends by ``limit`` (at it, when
        ``exact``)."""
        items, i = self.items, bisect_left(self.starts, start)
        while i < len(items) and items[i].start == start:
            if items[i].end == limit if exact else items[i].end <= limit:
                return items[i]
            i += 1
        return None

    def at_of_type(self, start: int, end: int, types: tuple[str, ...]) -> Mention | None:
        """The first mention of one of ``types`` at exactly ``[start, end)``."""
        items, i = self.items, bisect_left(self.starts, start)
        while i < len(items) and items[i].start == start:
            if items[i].end == end and items[i].type in types:
                return items[i]
            i += 1
        return None

    def ending(self, end: int, first_start: int) -> Mention | None:
        """The first mention (in start order) that ends at ``end`` and starts at
        ``first_start`` or later."""
        if self._by_end is None:
            self._by_end = {}
            for m in self.items:
                self._by_end.setdefault(m.end, []).append(m)
        for m in self._by_end.get(end, ()):
            if m.start >= first_start:
                return m
        return None

    def quoted_from(self, start: int, end: int) -> list[Mention]:
        """The quoted names (:attr:`quoted`, in text order) that start within
        ``start``–``end`` (a clause asks for its own: not a scan of the document's)."""
        if self._quoted_starts is None:
            self._quoted_starts = [m.start for m in self.quoted]
        i = bisect_left(self._quoted_starts, start)
        return self.quoted[i:bisect_left(self._quoted_starts, end, i)]

    def quoted_names(self) -> set[str]:
        """The names of :attr:`quoted` (made once; not to be changed)."""
        if self._quoted_names is None:
            self._quoted_names = {m.name for m in self.quoted}
        return self._quoted_names

    def quoted_at(self, start: int, end: int) -> Mention | None:
        for m in self.quoted:
            if m.start == start and m.end == end:
                return m
        return None


@dataclass(frozen=True)
class Ent:
    """A resolved entity reference in a sentence: what relation components pass around (a
    :class:`Mention` placed in a relation, or a phrase the lexicon does not know)."""

    name: str
    type: str
    start: int
    end: int
    rule: str
    aliases: tuple[str, ...] = ()
    weak: bool = False


def ent_of(m: Mention) -> Ent:
    return Ent(m.name, m.type, m.start, m.end, m.rule, m.aliases, m.weak)


def name_chars(extra: str = "") -> str:
    """A regular-expression character class of the characters of a name: CJK ideographs but 的
    (U+7684, which opens a qualifier, never a name), Latin letters, digits and the ``extra``
    marks a kind of name may hold (quotes, brackets, +)."""
    return r"[\u4e00-\u7683\u7685-\u9fffA-Za-z0-9" + extra + "]"
