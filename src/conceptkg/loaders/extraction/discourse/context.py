"""What relation components read: one sentence with its clauses and words, and the per-document
state that carries across sentences (the organisation a paragraph is about, the topic, the
document's own organisation)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ...lexicon import Lexicon
from ..arguments.finder import ArgumentFinder
from ..arguments.phrases import Ent
from ..mentions.mention_types import DocMentions
from ..plans.blocks import TaskBlock
from ..words.tokens import Tok
from .speech_quotes import speech_marks

__all__ = ["DocState", "SentenceContext", "clause_spans", "split_at"]

_T = TypeVar("_T")

#: a dash (——) sets off an explanation or a new clause, like a comma
_DASH = "——"
_CLAUSE_END = re.compile(r"[，；：,;:。！？!?\s【】]|" + _DASH)
_OPENERS = "“《（(「"
_OPENER = re.compile("[" + re.escape(_OPENERS) + "]")
#: the characters :func:`clause_spans` acts on (an opener, a closer, a mark that cuts, the start of
#: a dash): the others are passed over
_ACTED_ON = re.compile(r"[“《（(「”》）)」，；：,;:。！？!?\s【】—]")


def split_at(marks: re.Pattern[str], sim: str, s: int, e: int) -> list[tuple[int, int]]:
    """The non-empty spans of sim[s:e] between matches of ``marks``."""
    out, a = [], s
    for m in marks.finditer(sim, s, e):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if e > a:
        out.append((a, e))
    return out


def clause_spans(sim: str, s: int, e: int) -> list[tuple[int, int]]:
    """Clauses of sim[s:e], cut at commas, semicolons, colons and spaces outside quotes and
    brackets."""
    if _OPENER.search(sim, s, e) is None:  # no quotes: every mark cuts
        return split_at(_CLAUSE_END, sim, s, e)
    out = []
    depth = 0
    a = s
    speech = speech_marks(sim, s, e)  # (“A，B。: a quoted speech is cut like any clauses)
    for m in _ACTED_ON.finditer(sim, s, e):
        k = m.start()
        ch = sim[k]
        if k in speech:
            continue
        if ch in _OPENERS:
            depth += 1
        elif ch in "”》）)」" and depth:
            depth -= 1
        elif depth == 0 and (_CLAUSE_END.match(ch) or sim.startswith(_DASH, k)):
            if k > a:
                out.append((a, k))
            a = k + (len(_DASH) if sim.startswith(_DASH, k) else 1)
    if e > a:
        out.append((a, e))
    return out


@dataclass
class DocState:
    """Cross-sentence state of one document, owned by the pipeline (never by a component)."""

    #: the organisation the document is by or about (found from the text itself)
    self_org: Ent | None = None
    #: the organisation acting in the current paragraph (carried into subjectless sentences)
    context: list[Ent] = field(default_factory=list)
    context_para: int = -1
    #: spans already used by an earlier component in this sentence, per relation type
    claimed: dict[str, list[tuple[int, int, int, int, str]]] = field(default_factory=dict)
    #: entities of edges refused by :meth:`SentenceContext.claim` (another reading of the
    #: same spans came first): their aliases still name the nodes of those spans
    refused: list[Ent] = field(default_factory=list)
    #: (start, end, name): a refused target that runs on past the end of a claimed one (the
    #: claimed thing and how it changes): the longer name is an alias of the claimed thing
    longer: list[tuple[int, int, str]] = field(default_factory=list)
    #: what an organisation launched or built in each clause of this sentence (the thing a
    #: following 促进X clause continues)
    objects: dict[tuple[int, int], list[Ent]] = field(default_factory=dict)
    #: the last organisations that acted together (甲部、乙局联合印发X), for 两部门 after
    joint: list[Ent] = field(default_factory=list)
    #: the actors of the last sentence that ended with a semicolon (its end offset and
    #: actors): the subjectless clauses of the sentence right after it share its subject
    semicolon_actors: tuple[int, list[Ent]] = (-1, [])
    #: the two parties of the agreement the document reports (甲与乙签署X), whom 双方 names
    parties: list[Ent] = field(default_factory=list)
    #: the plan's open numbered task block (``plans/blocks.py``): the project rules open and
    #: close it, the IMPLEMENTS component adds the programmes its subjectless clauses set up
    block: TaskBlock = field(default_factory=TaskBlock)
    #: the paragraph and span of what the last pronoun subject stood for (它): a later 它 of
    #: the same paragraph after a word of sequence (其次，它…) stands for it too
    pronoun_topic: tuple[int, tuple[int, int]] | None = None
    #: the document is a policy text its title line names a public body (not a company) as
    #: issuing (self_org): its subjectless launching clauses are that body's programmes
    issuer: bool = False
    #: whose those programmes are when not the document's own organisation: the place whose
    #: measures its government's office issues (甲省人民政府办公厅关于印发甲省X措施的通知)
    issuer_body: Ent | None = None


class _Once(Generic[_T]):
    """What ``functools.cached_property`` does (the value is made at the first read and kept in
    the instance), without the lock Python 3.11 takes at that read: a sentence's clauses are
    made once for each of its contexts (tens of thousands per build), in one thread."""

    def __init__(self, make: Callable[[Any], _T]) -> None:
        self.make = make
        self.name = make.__name__
        self.__doc__ = make.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        if obj is None:  # (read on the class: the descriptor itself)
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.make(obj)
        return value


@dataclass
class SentenceContext:
    """One sentence as components see it."""

    sim: str
    start: int
    end: int
    paragraph: int
    lex: Lexicon
    dm: DocMentions
    args: ArgumentFinder
    state: DocState

    @_Once
    def clauses(self) -> list[tuple[int, int]]:
        """The sentence's clauses (see :func:`clause_spans`), cut when a component asks."""
        return clause_spans(self.sim, self.start, self.end)

    @property
    def text(self) -> str:
        return self.sim[self.start:self.end]

    def tokens(self, clause: tuple[int, int]) -> list[Tok]:
        return self.args.tokens(*clause)

    def claim(self, rel: str, src: Ent, dst: Ent) -> bool:
        """Record an edge's spans; False when an earlier edge of the same type already has a
        source covering this one's and a target overlapping this one's."""
        have = self.state.claimed.setdefault(rel, [])
        for a, b, c, d, name in have:
            if a <= src.start and src.end <= b and c < dst.end and dst.start < d and not (
                    rel == "IMPLEMENTS" and (a, b) == (src.start, src.end) and name != src.name):
                self.state.refused.extend(x for x in (src, dst) if x.aliases)
                if c == dst.start and d < dst.end <= d + 6:  # (A带动B提升 read as B before)
                    self.state.longer.append((c, d, dst.name))
                return False  # (one phrase may stand for several bodies: 两部门)
        have.append((src.start, src.end, dst.start, dst.end, src.name))
        return True
