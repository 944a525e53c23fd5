"""INCLUDES from a policy document that sets out a list of tasks: ``方案提出开展A活动、推动B、
深化C等`` → the 方案 includes each task. A document (its title in 《》, or a phrase ending with a
``policy_heads`` word: 方案, 意见, 规划 …) opens the clause, a ``document_task_verbs`` word (提出,
明确, 部署) follows it, and then a list of two or more tasks joined by 、, each opening with a
``list_task_verbs`` word, closed by 等 or by the clause's end. Each task keeps its verb in its
name; the task without it is an alias.

Not a document (``国务院提出A、B``: a body proposes, it includes nothing), not a clause after the
verb (``方案提出，到2027年…``), not a list of things (``方案提出A和B两个目标``).
"""

from __future__ import annotations

from ...lexicon import trie_regex
from ..arguments.phrases import Ent, ent_of
from .common import Found, RuleBase

__all__ = ["DocumentTasks"]

_ITEM_MIN, _ITEM_MAX = 4, 16
_TITLE_MAX = 30


class DocumentTasks(RuleBase):
    """Mixed into :class:`~conceptkg.loaders.extraction.rules.includes.IncludesRules`."""

    def document_tasks(self, cs: int, ce: int) -> list[Found]:
        sim = self.sim
        verbs = self.lex.derived("trie", "document_task_verbs",
                                 lambda: trie_regex(self.words("document_task_verbs")))
        if verbs.search(sim, cs, ce) is None:
            return []  # (most clauses: none of the verbs at all)
        verb = next(((sim.find(v, cs, ce), v) for v in self.words("document_task_verbs")
                     if sim.find(v, cs, ce) > cs), None)
        if verb is None:
            return []
        vs, ve = verb[0], verb[0] + len(verb[1])
        doc = self._document(cs, vs)
        if doc is None:
            return []
        end = ce
        while end > ve and sim[end - 1] == "等":
            end -= 1
        parts = sim[ve:end].split("、")
        if len(parts) < 2 or any(not _ITEM_MIN <= len(p) <= _ITEM_MAX for p in parts):
            return []
        verbs = self.words("list_task_verbs")
        if not all(p.startswith(verbs) for p in parts):
            return []
        out, s = [], ve
        for p in parts:
            bare = p[len(next(v for v in verbs if p.startswith(v))):]
            item = Ent(p, "Concept", s, s + len(p), "noun_phrase", (bare,) if len(bare) >= 2
                       else ())
            out.append(Found(doc, "INCLUDES", item, "includes_document_tasks"))
            s += len(p) + 1
        return out

    def _document(self, cs: int, vs: int) -> Ent | None:
        """The document that opens the clause before its verb (after lead words), else None."""
        lead = self.rx("lead").match(self.sim[cs:vs])
        s = cs + (lead.end() if lead else 0)
        text = self.sim[s:vs]
        if not 2 <= len(text) <= _TITLE_MAX or "，" in text:
            return None
        m = self.dm.at(s, vs)
        if text.startswith("《") and text.endswith("》"):
            return ent_of(m) if m is not None else \
                Ent(text[1:-1], "Initiative", s + 1, vs - 1, "policy_title")
        if not text.endswith(tuple(self.lex.list("policy_heads"))) or \
                self.dm.at_of_type(s, vs, ("Organization", "Place")) is not None:
            return None
        if m is not None:
            return ent_of(m)
        return Ent(text, "Initiative", s, vs, "noun_phrase")
