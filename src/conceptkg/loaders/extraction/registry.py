"""The registry of relation components: a name → a factory taking the lexicon.

A new relation family (or another extractor: statistical, or a model behind an endpoint) is one
module with a class that has ``name``, ``relation`` and ``__call__(ctx) -> list[Found]``, and
one :func:`register` call. :func:`relation_components` builds the enabled ones in order.

The optional LLM extractor (:mod:`.llm`) needs a configuration, not only the lexicon: it is
built after the registered components when :func:`relation_components` is given an
``LLMConfig``, and imported only then (the default build does not load it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from ..lexicon import Lexicon
from .discourse.context import SentenceContext
from .drives.cue_drives import CueDrives
from .implements.charged_works import ChargedWorks
from .implements.commitments import Commitments
from .implements.cue_implements import CueImplements
from .implements.enrolments import Enrolments
from .implements.facility_progress import FacilityProgress
from .includes.cue_includes import CueIncludes
from .includes.period_events import PeriodEvents
from .rules.common import Found

if TYPE_CHECKING:
    from .llm.config import LLMConfig

__all__ = ["RelationComponent", "register", "relation_components", "registered"]


class RelationComponent(Protocol):
    """``name`` (also the rule name its edges carry, or a prefix of it), ``relation`` (the
    edge type it finds) and a call that reads one sentence. A component may set
    ``needs_cue = True`` to run only on sentences that hold a shipped cue word, and
    ``independent = True`` when it is an extractor of its own (its edges add to the rules'
    and supersede none of them; where both find an edge in a sentence, they agree). A
    component with a ``prepare(sim, spans)`` method is given, once per document before its
    sentences are read, the spans of the sentences that hold a cue (to ask for them in
    batches)."""

    name: str
    relation: str

    def __call__(self, ctx: SentenceContext) -> list[Found]: ...


_REGISTRY: dict[str, Callable[[Lexicon], RelationComponent]] = {}
_ORDER: list[str] = []


def register(name: str, factory: Callable[[Lexicon], RelationComponent]) -> None:
    """Add (or replace) a component; new names run after the existing ones."""
    if name not in _REGISTRY:
        _ORDER.append(name)
    _REGISTRY[name] = factory


def registered() -> list[str]:
    return list(_ORDER)


#: the shipped components: making one reads the lexicon alone, and reading a document changes
#: nothing it made (what a document's sentences leave on a component lives in its own copy), so
#: each document gets a copy of the one made once per lexicon instead of making it again
_COPIED: frozenset[type] = frozenset({CueImplements, CueIncludes, CueDrives, Commitments,
                                      Enrolments, FacilityProgress, ChargedWorks, PeriodEvents})


def _component(lex: Lexicon, name: str) -> RelationComponent:
    factory = _REGISTRY[name]
    if factory not in _COPIED:
        return factory(lex)
    made: dict[str, tuple[object, RelationComponent]] = lex.compiled("components", dict)
    known = made.get(name)
    if known is None or known[0] is not factory:
        known = made[name] = (factory, factory(lex))
    comp = object.__new__(factory)  # type: ignore[call-overload]
    comp.__dict__.update(known[1].__dict__)
    return comp  # type: ignore[no-any-return]


def relation_components(lex: Lexicon, llm: LLMConfig | None = None
                        ) -> list[RelationComponent]:
    """The registered components, then the LLM extractor when ``llm`` configures one."""
    comps = [_component(lex, name) for name in _ORDER]
    if llm is not None:
        from .llm.component import LLMRelations

        comps.append(LLMRelations(lex, llm))
    return comps


register("cue_implements", CueImplements)
register("cue_includes", CueIncludes)
register("cue_drives", CueDrives)
register("commitment", Commitments)
register("enrolment", Enrolments)
register("facility_progress", FacilityProgress)
register("charged_work", ChargedWorks)
register("period_events", PeriodEvents)
