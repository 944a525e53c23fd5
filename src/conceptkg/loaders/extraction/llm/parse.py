"""Parsing: the JSON a model must return (pydantic models), read leniently around it (a code
fence, words before the object), and each relation checked: its types and relation in the
schema, its names spans of its sentence. What fails a check is dropped with a debug line."""

from __future__ import annotations

import json
import logging
import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .client import MalformedAnswer
from .prompt import Schema

__all__ = ["Answer", "LLMRelation", "SentenceAnswer", "check_relation", "locate",
           "parse_answer"]

log = logging.getLogger(__name__)

_QUOTES = "“”‘’\"《》「」"
_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"))


class LLMRelation(BaseModel):
    """One relation as the model states it."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    source: str = Field(min_length=1)
    source_type: str
    relation: str
    target: str = Field(min_length=1)
    target_type: str


class SentenceAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: int
    #: kept raw here: one bad relation is dropped alone, not with its whole batch
    relations: list[object] = Field(default_factory=list)


class Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    sentences: list[SentenceAnswer]


def _json_object(text: str) -> object:
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise MalformedAnswer("no JSON object in the answer")
    try:
        return json.loads(text[start:end + 1])
    except ValueError as exc:
        raise MalformedAnswer(f"invalid JSON: {exc}") from None


def parse_answer(text: str, count: int) -> dict[int, list[LLMRelation]]:
    """Sentence id (1…``count``) → its relations. Raises :class:`MalformedAnswer` when the
    answer is no such JSON object; relations that are not well formed are dropped."""
    try:
        answer = Answer.model_validate(_json_object(text))
    except ValidationError as exc:
        raise MalformedAnswer(f"unexpected JSON: {exc.errors()[0]['msg']}") from None
    out: dict[int, list[LLMRelation]] = {}
    for sent in answer.sentences:
        if not 1 <= sent.id <= count:
            log.debug("llm: answer for sentence %d of %d dropped", sent.id, count)
            continue
        rels = out.setdefault(sent.id, [])
        for raw in sent.relations:
            try:
                rels.append(LLMRelation.model_validate(raw))
            except ValidationError:
                log.debug("llm: malformed relation dropped: %r", raw)
    return out


def locate(name: str, sentence: str) -> tuple[int, int] | None:
    """Offsets of ``name`` in ``sentence`` (its first occurrence), or None when it is not
    written there. Quotes the name leaves out are allowed (甲乙平台 is “甲乙”平台, then with
    its opening quote)."""
    if not name:
        return None
    k = sentence.find(name)
    if k >= 0:
        return k, k + len(name)
    bare = [ch for ch in name if ch not in _QUOTES]
    if not bare:
        return None
    m = re.compile(f"[{_QUOTES}]?".join(map(re.escape, bare))).search(sentence)
    if m is None:
        return None
    s, e = m.start(), m.end()
    for a, b in _PAIRS:  # a closing quote inside: take the opening one before the name too
        if sentence.count(b, s, e) > sentence.count(a, s, e) and s > 0 and sentence[s - 1] == a:
            s -= 1
    return s, e


def check_relation(rel: LLMRelation, schema: Schema) -> str | None:
    """Why ``rel`` is refused by the schema, or None."""
    for t in (rel.source_type, rel.target_type):
        if t not in schema.entity_types:
            return f"unknown type {t!r}"
    if rel.relation not in schema.relations:
        return f"unknown relation {rel.relation!r}"
    if not schema.allows(rel.source_type, rel.relation, rel.target_type):
        return f"{rel.relation} from {rel.source_type} to {rel.target_type} not in the schema"
    if rel.source == rel.target:
        return "source and target are the same"
    return None
