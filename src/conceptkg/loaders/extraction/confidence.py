"""Edge confidence: how much one extracted edge can be trusted, in [0, 1].

One piece of evidence scores ``rule strength × span factor``:

- **rule strength** — a rule that names both ends with specific wording (``以A为抓手推动B``,
  a 责任单位 box, a lexicon-anchored pattern) is stronger than a bare cue between two phrases,
  which is stronger than a subject carried over from an earlier clause or sentence
  (:data:`RULE_STRENGTH`, by rule-name prefix; unknown rules get :data:`DEFAULT_STRENGTH`);
- **span factor** — both ends known to the lexicon (1.0), a recognised name (0.95: an
  organisation, a quoted or numbered name) or a phrase found only by the argument finder
  (0.85 per such end).

Sentences that state the same edge independently agree: the confidence of n pieces of evidence
with scores c₁…cₙ is ``1 − Π(1 − cᵢ)``, capped at 0.99. Within one sentence the rules give one
piece of evidence (their best score); an independent extractor (the optional LLM, rule
``llm:<model>``, :data:`INDEPENDENT_RULES`) gives another, so that a rule and the model finding
the same edge in the same sentence agree too. Across documents an edge keeps its
highest confidence. ``build --min-confidence`` drops weaker edges before they are stored, and the
named queries that list edges take ``min_confidence=``.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DEFAULT_STRENGTH", "INDEPENDENT_RULES", "RULE_STRENGTH", "SPAN_FACTOR",
           "edge_confidence", "evidence_score", "independent_of_rules"]

#: rule-name prefix → strength of one piece of evidence (longest prefix wins)
RULE_STRENGTH: dict[str, float] = {
    "responsible_units": 0.9,
    "cue_implements_organiser": 0.85,
    "cue_implements_carry": 0.65,
    "cue_implements_purpose": 0.6,
    "cue_implements_context": 0.6,
    "cue_implements_self": 0.55,
    "cue_implements_own": 0.55,
    "facility_progress": 0.6,
    "document_title": 0.85,
    "cue_implements": 0.8,
    "cue_includes_represented": 0.8,
    "includes_label": 0.7,
    "cue_includes_etc": 0.7,
    "cue_includes": 0.75,
    "cue_drives_instrument": 0.8,
    "cue_drives_engine": 0.75,
    "cue_includes_composed": 0.8,
    "cue_drives_role": 0.75,
    "cue_drives_provide": 0.6,
    "cue_drives_chain": 0.55,
    "cue_drives": 0.7,
    "drives_": 0.85,
    "includes_": 0.85,
    "implements_": 0.85,
    # the optional LLM extractor (rule llm:<model>): below every rule that names both ends,
    # so that an edge the model alone states stays under a rule's and agreement raises it
    "llm": 0.6,
}
DEFAULT_STRENGTH = 0.8
#: rule-name prefixes of extractors independent of the rules (one more piece of evidence)
INDEPENDENT_RULES = ("llm",)
#: span kind → factor per end
SPAN_FACTOR = {"lexicon": 1.0, "name": 0.95, "chunk": 0.85}


def _strength(rule: str) -> float:
    best, best_len = DEFAULT_STRENGTH, -1
    for prefix, value in RULE_STRENGTH.items():
        if rule.startswith(prefix) and len(prefix) > best_len:
            best, best_len = value, len(prefix)
    return best


def independent_of_rules(rule: str) -> str:
    """The prefix of :data:`INDEPENDENT_RULES` that ``rule`` has, or '' (a rule)."""
    return next((p for p in INDEPENDENT_RULES if rule.startswith(p)), "")


def span_kind(ent_rule: str) -> str:
    """The kind of span an entity was found as, from the rule that found it."""
    if ent_rule == "chunk":
        return "chunk"
    if ent_rule == "lexicon":
        return "lexicon"
    return "name"


def evidence_score(rule: str, source_kind: str, target_kind: str) -> float:
    return _strength(rule) * SPAN_FACTOR.get(source_kind, 0.95) * \
        SPAN_FACTOR.get(target_kind, 0.95)


def edge_confidence(scores: Iterable[float]) -> float:
    """Agreement of independent pieces of evidence (one score per sentence)."""
    miss = 1.0
    any_score = False
    for c in scores:
        miss *= 1.0 - min(max(c, 0.0), 1.0)
        any_score = True
    if not any_score:
        return DEFAULT_STRENGTH
    return round(min(0.99, 1.0 - miss), 3)
