"""The miss report behind ``conceptkg explain FILE``: for users who extend the lexicon.

It lists the sentences of a document that hold a relation cue (a cue verb of DRIVES, INCLUDES or
IMPLEMENTS in the effective lexicon) but gave no edge, with the cues found, and every edge with
the rule, confidence and sentence that produced it. Adding a term, a cue word or a head word to a
``--lexicon`` file and running the report again shows what the change does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..graph.models import Document
from .explain_terms import UserTerm, term_report
from .lexicon import check_lexicon, get_lexicon, trie_regex
from .pipeline import load_document, process_text
from .reading.sentences import split_sentences

if TYPE_CHECKING:
    from .extraction.llm.config import LLMConfig

__all__ = ["CUE_KINDS", "EdgeExplanation", "Explanation", "MissedSentence", "UserTerm",
           "explain_document", "explain_file"]

_CORE = ("DRIVES", "INCLUDES", "IMPLEMENTS")


@dataclass(frozen=True)
class EdgeExplanation:
    source: str
    type: str
    target: str
    rule: str
    confidence: float
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class MissedSentence:
    sentence: str
    start: int
    end: int
    cues: tuple[str, ...]  # "DRIVES:带动", …
    #: with ``min_confidence``: the strongest edge of the sentence left out below it, else None
    below: float | None = None


@dataclass
class Explanation:
    document: str
    edges: list[EdgeExplanation] = field(default_factory=list)
    misses: list[MissedSentence] = field(default_factory=list)
    cue_sentences: int = 0
    #: edges below this confidence are left out, as ``build --min-confidence`` leaves them out
    min_confidence: float = 0.0
    #: how many edge evidence were left out below ``min_confidence``
    below: int = 0
    #: each term of the user's ``--lexicon`` files: a node of the document, only in its text,
    #: or absent from it
    terms: list[UserTerm] = field(default_factory=list)


#: the kinds of cue words (``relations.<REL>.<kind>``) that make a sentence a cue sentence: the
#: relation verbs and nouns, among them every kind the README tells users to extend (frames,
#: engine_nouns, reliance); words of one character only under ``etc`` (等)
CUE_KINDS = ("verbs", "strong", "event_verbs", "provide_verbs", "engine_nouns", "frames",
             "reliance", "etc", "responsibility_markers", "relative_verbs", "summary_verbs",
             "compose", "division_verbs")


def _cue_words(lexicon: tuple[str, ...]) -> dict[str, str]:
    lex = get_lexicon(lexicon)
    words: dict[str, str] = {}
    for rel in _CORE:
        for kind, values in lex.relations.get(rel, {}).items():
            if kind in CUE_KINDS:
                for w in values:
                    if len(w) >= 2 or kind == "etc":
                        words.setdefault(w, rel)
    return words


def explain_document(doc: Document, lexicon: tuple[str, ...] = (),
                     llm: LLMConfig | None = None,
                     min_confidence: float = 0.0) -> Explanation:
    """The edges of ``doc`` and its sentences with a cue but no edge. Edges below
    ``min_confidence`` are left out as ``build --min-confidence`` leaves them out of the store:
    a sentence whose edges are all below it is a miss (``below``: the strongest of them)."""
    kg = process_text(doc, lexicon, llm)
    out = Explanation(document=doc.path or doc.id, min_confidence=min_confidence,
                      terms=term_report(kg, doc.text, lexicon))
    covered: set[tuple[int, int]] = set()
    weak: dict[tuple[int, int], float] = {}
    for e in kg.edges():
        if e.type not in _CORE:
            continue
        src, dst = kg.node(e.source).name, kg.node(e.target).name
        for ev in e.evidence:
            if e.confidence < min_confidence:
                out.below += 1
                weak[ev.start, ev.end] = max(e.confidence, weak.get((ev.start, ev.end), 0.0))
                continue
            covered.add((ev.start, ev.end))
            out.edges.append(EdgeExplanation(src, e.type, dst, ev.rule or "", e.confidence,
                                             ev.sentence, ev.start, ev.end))
    out.edges.sort(key=lambda x: (x.start, x.type, x.source, x.target))
    words = _cue_words(lexicon)
    rx = trie_regex(words)
    for st in split_sentences(doc.text):
        text = doc.text[st.start:st.end]
        cues = tuple(dict.fromkeys(f"{words[m.group()]}:{m.group()}" for m in rx.finditer(text)))
        if not cues:
            continue
        out.cue_sentences += 1
        if not any(a < st.end and st.start < b for a, b in covered):
            below = [c for (a, b), c in weak.items() if a < st.end and st.start < b]
            out.misses.append(MissedSentence(text, st.start, st.end, cues,
                                             max(below) if below else None))
    return out


def explain_file(path: str | Path, lexicon: tuple[str, ...] = (),
                 llm: LLMConfig | None = None, min_confidence: float = 0.0) -> Explanation:
    check_lexicon(lexicon)  # one line for a bad lexicon file, a warning for an unread pattern
    return explain_document(load_document(path), lexicon, llm, min_confidence)
