"""The LLM relation component: asks a model for the relations of a document's cue sentences,
several sentences per request, before the sentences are read (:meth:`LLMRelations.prepare`),
then gives each sentence its checked relations as :class:`Found` edges (:meth:`__call__`), with
the rule ``llm:<model>`` and offsets like every other component's."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from pydantic import ValidationError

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent
from ..rules.common import Found
from .cache import AnswerCache, DiskCache, NoCache, cache_key
from .client import ChatClient, MalformedAnswer, OpenAIChatClient
from .config import LLMConfig
from .parse import LLMRelation, check_relation, locate, parse_answer
from .prompt import Prompt, load_prompt

__all__ = ["LLMRelations"]

log = logging.getLogger(__name__)

Span = tuple[int, int]


class LLMRelations:
    """A relation component backed by a chat model (see :mod:`conceptkg.loaders.extraction.llm`).

    ``client``, ``cache`` and ``prompt`` default to an :class:`OpenAIChatClient` of
    ``config``, a :class:`DiskCache` in ``config.cache_dir`` (none without one) and the
    shipped prompt; tests pass their own."""

    name = "llm"
    relation = "DRIVES INCLUDES IMPLEMENTS"
    needs_cue = True
    independent = True

    def __init__(self, lex: Lexicon, config: LLMConfig, *, client: ChatClient | None = None,
                 cache: AnswerCache | None = None, prompt: Prompt | None = None) -> None:
        self.config = config
        self.prompt = prompt or load_prompt()
        self.client = client if client is not None else OpenAIChatClient(config)
        if cache is None:
            cache = DiskCache(config.cache_dir) if config.cache_dir else NoCache()
        self.cache = cache
        self.rule = config.rule
        self._answers: dict[Span, list[LLMRelation]] = {}

    # -- asking -------------------------------------------------------------------------------
    def prepare(self, sim: str, spans: Sequence[Span]) -> None:
        """Find the relations of the sentences ``spans`` of ``sim`` (those holding a cue):
        from the cache, else from the model in batches. A batch whose answer cannot be read
        is skipped with a warning (and not cached); an endpoint failure raises LLMError."""
        self._answers = {}
        todo: list[tuple[Span, str, str]] = []
        for span in spans:
            text = sim[span[0]:span[1]]
            if len(text) > self.config.max_sentence_chars:
                log.debug("llm: sentence at %d too long (%d characters), not sent", span[0],
                          len(text))
                continue
            key = cache_key(self.config.model, self.prompt.version, text)
            hit = self._cached(key)
            if hit is not None:
                self._answers[span] = hit
            else:
                todo.append((span, text, key))
        size = max(1, self.config.batch_size)
        batches = [todo[k:k + size] for k in range(0, len(todo), size)]
        if spans:
            log.info("llm: %d sentences with a cue, %d from the cache, %d requests",
                     len(spans), len(self._answers), len(batches))
        for batch in batches:
            self._ask(batch)

    def _cached(self, key: str) -> list[LLMRelation] | None:
        raw = self.cache.get(key)
        if raw is None:
            return None
        try:
            return [LLMRelation.model_validate(r) for r in raw]
        except ValidationError:
            return None

    def _ask(self, batch: list[tuple[Span, str, str]]) -> None:
        messages = self.prompt.messages([text for _, text, _ in batch])
        try:
            parsed = parse_answer(self.client.complete(messages), len(batch))
        except MalformedAnswer as exc:
            log.warning("llm: the answer for %d sentences was skipped: %s", len(batch), exc)
            return
        for i, (span, text, key) in enumerate(batch, 1):
            rels = parsed.get(i, [])
            self._answers[span] = rels
            self.cache.put(key, [r.model_dump() for r in rels], text)

    # -- reading ------------------------------------------------------------------------------
    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        seen: set[tuple[str, str, str, str, str]] = set()
        for rel in self._answers.get((ctx.start, ctx.end), ()):
            found = self._found(ctx, rel)
            if found is None:
                continue
            key = (found.source.name, found.source.type, found.type, found.target.name,
                   found.target.type)
            if key not in seen:
                seen.add(key)
                out.append(found)
        return out

    def _found(self, ctx: SentenceContext, rel: LLMRelation) -> Found | None:
        schema = self.prompt.schema
        why = check_relation(rel, schema)
        sentence = ctx.sim[ctx.start:ctx.end]
        ends: list[Ent] = []
        for name, typ in ((rel.source, rel.source_type), (rel.target, rel.target_type)):
            if why:
                break
            span = locate(name, sentence)
            ent = None if span is None else ctx.args.entity(
                ctx.start + span[0], ctx.start + span[1], self.rule, typ)
            if span is None:
                why = f"{name!r} is not written in the sentence"
            elif ent is None:
                why = f"{name!r} names no entity"
            else:
                ends.append(ent)
        if not why:
            src, dst = ends
            if src.start < dst.end and dst.start < src.end:
                why = "source and target overlap"
            elif not schema.allows(src.type, rel.relation, dst.type):
                why = f"{rel.relation} from {src.type} to {dst.type} not in the schema"
        if why:
            log.debug("llm: dropped %s %s %s at %d: %s", rel.source, rel.relation, rel.target,
                      ctx.start, why)
            return None
        return Found(ends[0], rel.relation, ends[1], self.rule)
