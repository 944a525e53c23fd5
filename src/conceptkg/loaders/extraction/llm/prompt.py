"""Prompting: the prompt file of the language package (``loaders/zh/llm_prompt.yaml``, its
format documented in its comments) turned into chat messages for a batch of sentences, and the
schema that answers are checked against."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ....errors import LexiconError

__all__ = ["Prompt", "Schema", "load_prompt", "prompt_version", "render_sentences"]

Message = dict[str, str]


@dataclass(frozen=True)
class Schema:
    """The node types and, per relation, the types its source and target may have."""

    entity_types: tuple[str, ...]
    relations: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]

    def allows(self, source_type: str, relation: str, target_type: str) -> bool:
        ends = self.relations.get(relation)
        return ends is not None and source_type in ends[0] and target_type in ends[1]

    def lines(self) -> str:
        return "\n".join(f"- {rel}: {' | '.join(src)} -> {' | '.join(dst)}"
                         for rel, (src, dst) in self.relations.items())


@dataclass(frozen=True)
class Example:
    sentences: tuple[str, ...]
    answer: str  # the JSON the model should give


@dataclass(frozen=True)
class Prompt:
    """The system message, the schema and the few-shot examples of one prompt file."""

    version: str
    system: str
    schema: Schema
    examples: tuple[Example, ...]

    def messages(self, sentences: list[str]) -> list[Message]:
        """The chat messages asking for the relations of ``sentences`` (ids 1…n)."""
        out = [{"role": "system", "content": self.system.replace("{schema}",
                                                                 self.schema.lines())}]
        for ex in self.examples:
            out.append({"role": "user", "content": render_sentences(list(ex.sentences))})
            out.append({"role": "assistant", "content": ex.answer})
        out.append({"role": "user", "content": render_sentences(sentences)})
        return out


def render_sentences(sentences: list[str]) -> str:
    """``1. …`` one sentence a line (line breaks inside a sentence become spaces)."""
    return "\n".join(f"{i}. {' '.join(s.split())}" for i, s in enumerate(sentences, 1))


def _shipped() -> Path:
    return Path(str(resources.files("conceptkg.loaders.zh").joinpath("llm_prompt.yaml")))


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"llm prompt: {where} must be a list of strings")
    return tuple(value)


def _parse(raw: bytes, source: str) -> Prompt:
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{source}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict) or not isinstance(data.get("system"), str):
        raise LexiconError(f"{source}: expected a mapping with 'version', 'system', 'schema'")
    schema = data.get("schema") or {}
    rels = schema.get("relations") or {}
    relations = {str(rel): (_strings(ends.get("source"), f"{rel}.source"),
                            _strings(ends.get("target"), f"{rel}.target"))
                 for rel, ends in rels.items()}
    examples = tuple(Example(_strings(ex.get("sentences"), "examples.sentences"),
                             json.dumps({"sentences": ex.get("answer") or []},
                                        ensure_ascii=False))
                     for ex in data.get("examples") or [])
    digest = hashlib.sha256(raw).hexdigest()[:8]
    return Prompt(version=f"{data.get('version', 0)}-{digest}", system=data["system"],
                  schema=Schema(_strings(schema.get("entity_types"), "entity_types"),
                                relations),
                  examples=examples)


@lru_cache(maxsize=4)
def load_prompt(path: str | None = None) -> Prompt:
    """The prompt of ``path`` (default: the shipped one), read once per process."""
    p = Path(path) if path else _shipped()
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read the prompt file: {exc.strerror}") from None
    return _parse(raw, str(p))


def prompt_version(path: str | None = None) -> str:
    """The version of the prompt: its ``version`` and a digest of the file."""
    return load_prompt(path).version
